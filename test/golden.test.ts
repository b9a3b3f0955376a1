// Golden tests: every test/golden/NAME.py runs under the virtual clock with
// seed 0 and must print NAME.out byte for byte (made by CPython 3.11 through
// ../shared/tools/pyref.py; see test/golden/README.md). NAME.code holds a
// non-zero exit status, NAME.err CPython's stderr (its last line is compared).
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runPython, lastLine } from "./helpers/run.js";

const dir = join(import.meta.dirname, "golden");
const names = readdirSync(dir).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();

describe("golden programs (CPython's output under the virtual clock)", () => {
  for (const name of names) {
    it(name, () => {
      const source = readFileSync(join(dir, `${name}.py`), "utf8");
      const r = runPython(source, `${name}.py`);
      expect(r.stdout).toBe(readFileSync(join(dir, `${name}.out`), "utf8"));
      const codeFile = join(dir, `${name}.code`);
      expect(r.status).toBe(existsSync(codeFile) ? Number(readFileSync(codeFile, "utf8").trim()) : 0);
      const errFile = join(dir, `${name}.err`);
      if (existsSync(errFile)) expect(lastLine(r.stderr)).toBe(lastLine(readFileSync(errFile, "utf8")));
    });
  }
});
