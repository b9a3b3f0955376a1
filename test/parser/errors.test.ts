// Syntax errors: message, location and stderr rendering compared with what
// CPython 3.11 prints (fixtures/errors-expected.json, from gen-fixtures.py).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatSyntaxError, parse } from "../../src/parser/index.js";

interface Expected {
  src: string;
  error: { type: string; msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number } | null;
  stderr: string;
}

const cases: Expected[] = JSON.parse(readFileSync(new URL("./fixtures/errors-expected.json", import.meta.url), "utf8"));

describe("syntax errors match CPython 3.11", () => {
  it.each(cases.map((c, i) => [i, c.src.split("\n")[0], c] as const))("#%i %s", (_i, _first, c) => {
    const r = parse(c.src, "x.py");
    if (c.error === null) {
      expect(r.ok).toBe(true);
      return;
    }
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect({ type: r.error.type, msg: r.error.message, line: r.error.line }).toEqual({
      type: c.error.type,
      msg: c.error.msg,
      line: c.error.lineno,
    });
    // CPython's stderr for a script is exactly this rendering
    expect(formatSyntaxError(r.error)).toBe(c.stderr);
  });
});
