#!/usr/bin/env node
// Profile one benchmark on pyasync: `node bench/profile.mjs NAME [--top N] [--pyasync FILE]`.
//
// Runs `node --cpu-prof bin/pyasync.js run bench/programs/NAME.py --clock
// virtual` (bin/pyasync.js loads the esbuild bundle dist/cli.cjs), then prints
// the functions with the most self time, each with the source file it was
// bundled from (esbuild's `// src/...` markers in dist/cli.cjs). The profile
// itself is kept in bench/.results/ (git-ignored) for Chrome DevTools.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, "..");
const args = process.argv.slice(2);
const optionValue = (flag) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const name = args.find((a, i) => !a.startsWith("--") && !["--top", "--pyasync"].includes(args[i - 1]));
const top = Number(optionValue("--top") ?? 15);
// --pyasync FILE: profile another build (DIR/run.cjs or DIR/run.mjs from `build --outdir DIR`).
const entry = optionValue("--pyasync") ? resolve(optionValue("--pyasync")) : join(ROOT, "bin", "pyasync.js");
const bundle = optionValue("--pyasync") ? join(dirname(entry), "cli.cjs") : join(ROOT, "dist", "cli.cjs");
if (!name || !existsSync(join(BENCH, "programs", `${name}.py`))) {
  console.error("usage: node bench/profile.mjs NAME [--top N] [--pyasync FILE]   (NAME: a file in bench/programs without .py)");
  process.exit(2);
}

const outDir = join(BENCH, ".results", "profiles");
mkdirSync(outDir, { recursive: true });
const profName = `${name}-${Date.now()}.cpuprofile`;
const r = spawnSync(
  process.execPath,
  ["--cpu-prof", "--cpu-prof-dir", outDir, "--cpu-prof-name", profName, entry, "run", join("bench", "programs", `${name}.py`), "--clock", "virtual"],
  { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
);
process.stdout.write(r.stdout.split("\n").filter((l) => l.startsWith("checksum: ")).join("\n") + "\n");
if (r.status !== 0) console.error(`pyasync exited with ${r.status}:\n${r.stderr.trimEnd().split("\n").slice(-6).join("\n")}`);
const path = join(outDir, profName);
if (!existsSync(path)) {
  console.error("no profile written");
  process.exit(1);
}

// Which source file each line of the bundle came from.
const markers = [];
readFileSync(bundle, "utf8")
  .split("\n")
  .forEach((line, i) => {
    const m = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(line);
    if (m) markers.push([i, m[1]]);
  });
function sourceOf(url, line) {
  if (!url) return "(native)";
  // The bundle is compiled through node:vm under its path (src/cli/load.ts).
  if (url.replace(/^file:\/\//, "") !== bundle) return url.replace(/^file:\/\//, "").replace(`${ROOT}/`, "");
  let lo = 0;
  let hi = markers.length - 1;
  let found = "dist/cli.cjs";
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid][0] <= line) {
      found = markers[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+)\/.*/, "node_modules/$1");
}

const prof = JSON.parse(readFileSync(path, "utf8"));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
let total = 0;
prof.samples.forEach((id, i) => {
  const dt = prof.timeDeltas[i] ?? 0;
  total += dt;
  const cf = byId.get(id).callFrame;
  const key = `${cf.functionName || "(anonymous)"}\t${sourceOf(cf.url, cf.lineNumber)}:${cf.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + dt);
});
const bySource = new Map();
for (const [key, us] of self) {
  const src = key.split("\t")[1].replace(/:\d+$/, "");
  bySource.set(src, (bySource.get(src) ?? 0) + us);
}
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
console.log(`\n${name}: ${(total / 1000).toFixed(0)} ms sampled; top ${top} functions by self time`);
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  const [fn, where] = key.split("\t");
  console.log(`${pct(us)}  ${fn.padEnd(32)} ${where}`);
}
console.log(`\nself time by source file`);
for (const [src, us] of [...bySource].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${pct(us)}  ${src}`);
console.log(`\nprofile: ${path} (${(statSync(path).size / 1e6).toFixed(1)} MB)`);
