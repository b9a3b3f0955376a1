// Golden runs of the group-a standard-library modules (collections, itertools,
// functools, operator, copy, bisect): each programs/NAME.py is run in-process
// and its stdout compared with NAME.out, produced once by CPython 3.11.
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Interpreter } from "../../src/runtime/interpreter.js";
import { VirtualClock } from "../../src/runtime/clock.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "programs");

function run(source: string): { out: string; err: string; status: number } {
  const out: string[] = [];
  const err: string[] = [];
  const interp = new Interpreter({
    clock: new VirtualClock(),
    seed: 0n,
    argv: ["t.py"],
    stdout: { write: (s: string) => void out.push(s) },
    stderr: { write: (s: string) => void err.push(s) },
  });
  const status = interp.runMain(source, "t.py");
  return { out: out.join(""), err: err.join(""), status };
}

describe("stdlib group a", () => {
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".py")).sort()) {
    it(f, () => {
      const source = readFileSync(join(dir, f), "utf8");
      const expected = readFileSync(join(dir, f.replace(/\.py$/, ".out")), "utf8");
      const r = run(source);
      expect(r.err).toBe("");
      expect(r.out).toBe(expected);
      expect(r.status).toBe(0);
    });
  }
});
