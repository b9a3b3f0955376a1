#!/usr/bin/env node
// The benchmark runner: `npm run bench` or `node bench/run.mjs [options]`.
//
// Runs every program in bench/programs on pyasync (`--clock virtual`), on
// CPython 3.11 when one is installed, and its plain-JavaScript twin in
// bench/floor; one warm-up run, then N timed runs each, interleaved. Prints a
// table of median wall times, peak memory (GNU time's maximum RSS) and the
// ratios pyasync/CPython and pyasync/floor, and checks that every
// implementation printed the same `checksum:` line.
//
// Exit status: 0 when every run succeeded and all checksums agree, 1 on a
// MISMATCH or a FAIL, 2 on bad options. A failing implementation never stops
// the run: it is reported (`FAIL (exit 1)` and the tail of its stderr) and
// the next benchmark goes on.
//
// Only Node's standard library is used, so this works from a fresh clone
// after `npm ci`.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve, relative } from "node:path";
import { fileURLToPath } from "node:url";
import os from "node:os";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, "..");
const PROGRAMS = join(BENCH, "programs");
const FLOOR = join(BENCH, "floor");
const PYREF = resolve(ROOT, "../shared/tools/pyref.py");
const GNU_TIME = "/usr/bin/time";
const RSS_MARK = "__bench_peak_rss_kb__=";
const ORDER = ["tasks_spawn", "sleep0_switch", "queue_pipe", "lock_contention", "await_chain", "timers", "fib", "wordcount", "startup"];
// Programs whose CPython run needs the virtual clock of pyref.py.
const NEEDS_PYREF = new Set(["timers"]);

const USAGE = `usage: node bench/run.mjs [--runs N] [--only NAME[,NAME...]] [--json FILE] [--timeout SECONDS] [--build] [--pyasync FILE]

  --runs N        timed runs per implementation after one warm-up (default 5)
  --only NAME     run only these benchmarks (comma-separated)
  --json FILE     also write every measurement to FILE as JSON
  --timeout S     give up on a single run after S seconds (default 300)
  --build         rebuild dist/ (npm run build) before running; dist/ is
                  built anyway when dist/cli.cjs is missing
  --pyasync FILE  run pyasync as \`node FILE run ...\` instead of bin/pyasync.js,
                  e.g. DIR/run.cjs (starts like bin/pyasync.js) or DIR/run.mjs
                  from \`npm run build -- --outdir DIR\`: a
                  build that others' rebuilds of dist/ cannot change mid-run,
                  or an older build to compare against`;

function parseOptions(argv) {
  const opts = { runs: 5, only: null, json: null, timeout: 300, build: false, pyasync: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--runs") opts.runs = Number(value());
    else if (a === "--only") opts.only = value().split(",").filter(Boolean);
    else if (a === "--json") opts.json = resolve(value());
    else if (a === "--timeout") opts.timeout = Number(value());
    else if (a === "--build") opts.build = true;
    else if (a === "--pyasync") opts.pyasync = resolve(value());
    else if (a === "-h" || a === "--help") {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option ${a}`);
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) fail("--runs needs a positive integer");
  if (!(opts.timeout > 0)) fail("--timeout needs a positive number of seconds");
  if (opts.pyasync && !existsSync(opts.pyasync)) fail(`--pyasync: ${opts.pyasync} not found`);
  return opts;
}

function fail(message) {
  console.error(`bench: ${message}\n\n${USAGE}`);
  process.exit(2);
}

// ---------------------------------------------------------------- machine --

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return r.error || r.status !== 0 ? null : (r.stdout + r.stderr).trim();
}

function pythonVersion(cmd) {
  const out = run(cmd, ["--version"]);
  const m = out && /Python (3\.11\.\d+)/.exec(out);
  return m ? m[1] : null;
}

// Prefer Debian's optimised /usr/bin/python3; the pyenv shim on PATH adds
// tens of milliseconds to every start.
function findCPython() {
  for (const cmd of ["/usr/bin/python3", "python3"]) {
    if (cmd.startsWith("/") && !existsSync(cmd)) continue;
    const version = pythonVersion(cmd);
    if (version) return { cmd, version };
  }
  return null;
}

function hasGnuTime() {
  if (!existsSync(GNU_TIME)) return false;
  const r = spawnSync(GNU_TIME, ["-f", `${RSS_MARK}%M`, "true"], { encoding: "utf8" });
  return !r.error && r.status === 0 && r.stderr.includes(RSS_MARK);
}

function machineInfo(cpython, opts) {
  let cpu = "unknown";
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (m) cpu = m[1].trim();
  } catch {
    cpu = os.cpus()[0]?.model ?? "unknown";
  }
  return {
    date: new Date().toISOString(),
    nproc: Number(run("nproc", [])) || os.availableParallelism?.() || os.cpus().length,
    cpu,
    node: process.version,
    cpython: cpython ? `${cpython.version} (${cpython.cmd})` : "not found",
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadavg: os.loadavg().map((x) => x.toFixed(2)).join(" "),
    pyasync: opts.pyasync ? (opts.pyasync.startsWith(`${ROOT}/`) ? relative(ROOT, opts.pyasync) : opts.pyasync) : "bin/pyasync.js",
    commit: run("git", ["-C", ROOT, "describe", "--always", "--dirty"]) ?? "unknown",
  };
}

// ------------------------------------------------------------------ runs --

function ensureBuilt(force) {
  if (!force && existsSync(join(ROOT, "dist", "cli.cjs"))) return;
  console.error(force ? "bench: building dist/ ..." : "bench: dist/cli.cjs is missing; building it ...");
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) {
    console.error("bench: the build failed; pyasync runs will fail");
  }
}

// One run of `cmd args`: wall time (ms), peak RSS (KB or null), exit status,
// the checksum line's value, and stderr for failure reports.
function measure(cmd, args, { gnuTime, timeout }) {
  const [file, argv] = gnuTime ? [GNU_TIME, ["-f", `${RSS_MARK}%M`, cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(file, argv, { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: timeout * 1000 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let stderr = r.stderr ?? "";
  let rssKb = null;
  if (gnuTime) {
    const at = stderr.lastIndexOf(RSS_MARK);
    if (at >= 0) {
      rssKb = Number(stderr.slice(at + RSS_MARK.length).trim().split(/\s/)[0]) || null;
      stderr = stderr.slice(0, at);
    }
    stderr = stderr.replace(/^Command (exited with non-zero status \d+|terminated by signal \d+)\n?/m, "");
  }
  const stdout = r.stdout ?? "";
  const lines = stdout.split("\n").filter((l) => l.startsWith("checksum: "));
  let error = null;
  if (r.error?.code === "ETIMEDOUT") error = `TIMEOUT (>${timeout} s)`;
  else if (r.error) error = `FAIL (${r.error.code ?? r.error.message})`;
  else if (r.signal) error = `FAIL (signal ${r.signal})`;
  else if (r.status !== 0) error = `FAIL (exit ${r.status})`;
  else if (lines.length !== 1) error = `FAIL (${lines.length} checksum lines)`;
  return { ms, rssKb, error, checksum: lines.length === 1 ? lines[0].slice("checksum: ".length).trim() : null, stderr, stdout };
}

function tail(text, n = 6) {
  const lines = text.trimEnd().split("\n");
  return lines.slice(-n).join("\n");
}

function median(xs) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function implementations(name, cpython, opts) {
  const py = join(PROGRAMS, `${name}.py`);
  const rel = (p) => relative(ROOT, p);
  const impls = [{ key: "pyasync", cmd: process.execPath, args: [opts.pyasync ?? join(ROOT, "bin", "pyasync.js"), "run", rel(py), "--clock", "virtual"] }];
  if (!cpython) impls.push({ key: "cpython", skip: "no CPython 3.11 found" });
  else if (NEEDS_PYREF.has(name)) {
    if (existsSync(PYREF)) impls.push({ key: "cpython", cmd: cpython.cmd, args: [PYREF, rel(py)] });
    else impls.push({ key: "cpython", skip: `needs ${PYREF} for a virtual clock; not found` });
  } else impls.push({ key: "cpython", cmd: cpython.cmd, args: [rel(py)] });
  const floor = join(FLOOR, `${name}.mjs`);
  if (existsSync(floor)) impls.push({ key: "floor", cmd: process.execPath, args: [rel(floor)] });
  else impls.push({ key: "floor", skip: `${rel(floor)} missing` });
  return impls;
}

function runBenchmark(name, cpython, opts) {
  const impls = implementations(name, cpython, opts);
  const results = {};
  for (const impl of impls) {
    results[impl.key] = impl.skip
      ? { skipped: impl.skip }
      : { command: [impl.cmd === process.execPath ? "node" : impl.cmd, ...impl.args].join(" "), times: [], rss: [], checksums: new Set(), error: null };
  }
  const live = impls.filter((i) => !i.skip);
  // Warm-up, then the timed runs interleaved so that drift in the machine's
  // load falls on every implementation alike. A failed implementation is
  // not run again for this benchmark.
  for (let round = 0; round <= opts.runs; round++) {
    for (const impl of live) {
      const res = results[impl.key];
      if (res.error) continue;
      const m = measure(impl.cmd, impl.args, opts);
      if (m.error) {
        res.error = m.error;
        res.stderrTail = tail(m.stderr || m.stdout);
        process.stderr.write(`  ${name} / ${impl.key}: ${m.error}\n${indent(res.stderrTail)}\n`);
        continue;
      }
      res.checksums.add(m.checksum);
      if (round > 0) {
        res.times.push(m.ms);
        if (m.rssKb != null) res.rss.push(m.rssKb);
      }
    }
    process.stderr.write(round === 0 ? `  ${name}: warm-up done\n` : "");
  }
  // Checksums: each implementation must agree with itself and with the others.
  const all = new Set();
  for (const impl of live) {
    const res = results[impl.key];
    res.medianMs = res.error ? null : median(res.times);
    res.peakRssKb = res.rss.length ? Math.max(...res.rss) : null;
    for (const c of res.checksums) all.add(c);
    res.checksums = [...res.checksums];
  }
  const mismatch = all.size > 1;
  const failed = live.some((i) => results[i.key].error);
  return { name, results, checksum: all.size === 1 ? [...all][0] : null, mismatch, failed };
}

function indent(text) {
  return text
    .split("\n")
    .map((l) => `    | ${l}`)
    .join("\n");
}

// ----------------------------------------------------------------- table --

function fmtMs(res) {
  if (!res || res.skipped) return "—";
  if (res.error) return res.error;
  return res.medianMs >= 100 ? `${Math.round(res.medianMs)}` : res.medianMs.toFixed(1);
}

function fmtMb(res) {
  if (!res || res.skipped || res.peakRssKb == null) return res && !res.skipped && !res.error ? "n/a" : "—";
  return (res.peakRssKb / 1024).toFixed(0);
}

function ratio(a, b) {
  if (!a || !b || a.medianMs == null || b.medianMs == null) return "—";
  return `${(a.medianMs / b.medianMs).toFixed(2)}×`;
}

function table(benches) {
  const head = ["benchmark", "pyasync ms", "CPython ms", "floor ms", "pyasync/CPython", "pyasync/floor", "peak MB py/Cpy/floor", "checksum"];
  const rows = benches.map((b) => {
    const { pyasync, cpython, floor } = b.results;
    const sum = b.mismatch ? "MISMATCH" : b.checksum == null ? "—" : b.failed ? `${b.checksum} (partial)` : `ok ${b.checksum}`;
    return [b.name, fmtMs(pyasync), fmtMs(cpython), fmtMs(floor), ratio(pyasync, cpython), ratio(pyasync, floor), [pyasync, cpython, floor].map(fmtMb).join(" / "), sum];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

// ------------------------------------------------------------------ main --

const opts = parseOptions(process.argv.slice(2));
const available = readdirSync(PROGRAMS)
  .filter((f) => f.endsWith(".py"))
  .map((f) => f.slice(0, -3));
const names = [...ORDER.filter((n) => available.includes(n)), ...available.filter((n) => !ORDER.includes(n)).sort()];
const selected = opts.only ?? names;
for (const n of selected) if (!available.includes(n)) fail(`no benchmark named ${n} (have: ${names.join(", ")})`);

if (!opts.pyasync) ensureBuilt(opts.build);
const cpython = findCPython();
opts.gnuTime = hasGnuTime();
const machine = machineInfo(cpython, opts);

console.log(`pyasync benchmarks — ${machine.date}`);
console.log(`nproc ${machine.nproc} · ${machine.cpu} · node ${machine.node} · CPython ${machine.cpython}`);
console.log(`pyasync: ${machine.pyasync} · repo ${machine.commit} · load average at start ${machine.loadavg}`);
console.log(`${opts.runs} runs after 1 warm-up; wall-time medians in ms; peak RSS in MB${opts.gnuTime ? "" : " (n/a: GNU time not found at /usr/bin/time)"}`);
if (!cpython) console.log("CPython 3.11 not found: the CPython column is skipped");
else if (!existsSync(PYREF)) console.log(`${PYREF} not found: CPython is skipped for timers`);
console.log("");

const benches = [];
for (const name of selected) {
  process.stderr.write(`running ${name} ...\n`);
  benches.push(runBenchmark(name, cpython, opts));
}

console.log(table(benches));
machine.loadavgEnd = os.loadavg().map((x) => x.toFixed(2)).join(" ");
console.log(`load average at end ${machine.loadavgEnd}`);
const failures = benches.filter((b) => b.failed || b.mismatch);
for (const b of failures) {
  console.log("");
  if (b.mismatch) {
    console.log(`MISMATCH in ${b.name}:`);
    for (const [k, r] of Object.entries(b.results)) if (!r.skipped && r.checksums.length) console.log(`  ${k.padEnd(8)} checksum: ${r.checksums.join(" | ")}`);
  }
  for (const [k, r] of Object.entries(b.results)) {
    if (r.error) console.log(`${b.name} / ${k}: ${r.error}\n  $ ${r.command}\n${indent(r.stderrTail)}`);
  }
}

if (opts.json) {
  mkdirSync(dirname(opts.json), { recursive: true });
  writeFileSync(opts.json, JSON.stringify({ machine, runs: opts.runs, benchmarks: benches }, null, 2) + "\n");
  console.log(`\nwrote ${opts.json}`);
}
process.exitCode = failures.length ? 1 : 0;
