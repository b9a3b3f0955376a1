// Group-c standard-library modules (datetime, re, logging, os, warnings,
// atexit, signal, threading, platform, locale, pprint, uuid, secrets, shlex):
// each progs/NAME.py runs in-process on the virtual clock and must print
// NAME.out (recorded with CPython 3.11 under shared/tools/pyref.py), and
// NAME.err on stderr when that file exists.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Interpreter } from "../../src/runtime/interpreter.js";
import { VirtualClock } from "../../src/runtime/clock.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "progs");

function run(name: string): { out: string; err: string; status: number } {
  const source = readFileSync(join(dir, `${name}.py`), "utf8");
  const out: string[] = [];
  const err: string[] = [];
  const interp = new Interpreter({
    clock: new VirtualClock(),
    seed: 0n,
    argv: [`${name}.py`],
    stdout: { write: (s) => out.push(s) },
    stderr: { write: (s) => err.push(s) },
  });
  const status = interp.runMain(source, `${name}.py`);
  return { out: out.join(""), err: err.join(""), status };
}

const names = readdirSync(dir).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();

describe("stdlib-c programs", () => {
  for (const name of names) {
    it(name, () => {
      const r = run(name);
      expect(r.out).toBe(readFileSync(join(dir, `${name}.out`), "utf8"));
      const errFile = join(dir, `${name}.err`);
      if (existsSync(errFile)) expect(r.err).toBe(readFileSync(errFile, "utf8"));
      expect(r.status).toBe(0);
    });
  }
});
