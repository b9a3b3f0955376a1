// How bin/pyasync.js loads the command line (src/cli/load.ts): the bundle
// dist/cli.cjs with the V8 code cache that the build wrote, and without it
// when V8 rejects the cache or it is missing; library modules written in
// Python come from dist/python-lib.json (src/cli/python-lib.ts).
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dist = join(import.meta.dirname, "..", "dist");

function node(args: string[], input?: string) {
  return spawnSync(process.execPath, args, { encoding: "utf8", input, timeout: 60_000 });
}

/** A copy of the built command in a temporary directory, with `cache` as its code cache (none if null). */
function copyOfBuild(cache: Buffer | null): string {
  const dir = mkdtempSync(join(tmpdir(), "pyasync-load-"));
  for (const f of ["cli.cjs", "load.cjs", "run.cjs", "python-lib.json"]) copyFileSync(join(dist, f), join(dir, f));
  if (cache) writeFileSync(join(dir, "cli.code-cache"), cache);
  return dir;
}

describe("loading the command line", () => {
  it("uses the code cache written by the build", () => {
    const load = join(dist, "load.cjs");
    const r = node(["-e", `console.log(require(${JSON.stringify(load)}).compileCli().cacheUsed);`]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("true\n");
  });

  it("imports library modules written in Python", () => {
    const r = node([join(import.meta.dirname, "..", "bin", "pyasync.js"), "run", "-"], [
      "import collections, functools, heapq",
      "print(collections.Counter('abca').most_common(1), functools.reduce(lambda a, b: a + b, [1, 2, 3]), heapq.nsmallest(2, [3, 1, 2]))",
      "",
    ].join("\n"));
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("[('a', 2)] 6 [1, 2]\n");
  });

  for (const [what, cache] of [
    ["a cache V8 rejects", Buffer.from("not a V8 code cache".repeat(64))],
    ["no cache", null],
  ] as const) {
    it(`runs programs with ${what}`, () => {
      const dir = copyOfBuild(cache);
      try {
        const ok = node([join(dir, "run.cjs"), "run", "-"], "import sys\nprint('hi', sys.argv)\n");
        expect(ok.stderr).toBe("");
        expect(ok.stdout).toBe("hi ['-']\n");
        expect(ok.status).toBe(0);
        const bad = node([join(dir, "run.cjs"), "run", "-"], "print(1 +)\n");
        expect(bad.status).toBe(1);
        expect(bad.stdout).toBe("");
        expect(bad.stderr).toMatch(/^ {2}File "<stdin>", line 1\n.*\n +\^\nSyntaxError: invalid syntax\n$/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
