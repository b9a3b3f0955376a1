// Programs using rich (Console.print options, rule, pretty, Text, Panel, Table, log,
// print_json, pprint) in plain and ANSI modes: pyasync must print what CPython 3.11
// with rich 13.3.1 printed (test/rich/NAME.out, generated once; see test/rich/README.md).
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runPython } from "./helpers/run.js";

const dir = join(import.meta.dirname, "rich");
const names = readdirSync(dir).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();

/** Link ids are random in rich; log times come from the clock; link paths from the cwd. */
const normalize = (s: string): string =>
  s
    .replace(/id=[0-9]+;/g, "id=N;")
    .replace(/\[[0-9]{2}:[0-9]{2}:[0-9]{2}\]/g, "[TT:TT:TT]")
    .replace(/file:\/\/[^#\x1b]*?\/?(p08_log\.py)/g, "file:///X/$1");

describe("rich programs match rich 13.3.1", () => {
  for (const name of names) {
    it(name, () => {
      const source = readFileSync(join(dir, `${name}.py`), "utf8");
      const r = runPython(source, `${name}.py`);
      expect(r.stderr).toBe("");
      expect(normalize(r.stdout)).toBe(normalize(readFileSync(join(dir, `${name}.out`), "utf8")));
      expect(r.status).toBe(0);
    });
  }
});
