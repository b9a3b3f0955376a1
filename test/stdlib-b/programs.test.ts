// Golden runs of the group-b standard-library modules: each program under
// programs/ runs in-process and must print what CPython 3.11 printed
// (programs/NAME.out, generated once with /usr/bin/python3).
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
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
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
  });
  const status = interp.runMain(source, "t.py");
  return { out: out.join(""), err: err.join(""), status };
}

describe("stdlib-b programs", () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".py")).sort()) {
    it(file, () => {
      const source = readFileSync(join(dir, file), "utf8");
      const expected = readFileSync(join(dir, file.replace(/\.py$/, ".out")), "utf8");
      const r = run(source);
      expect(r.err).toBe("");
      expect(r.out).toBe(expected);
      expect(r.status).toBe(0);
    });
  }
});
