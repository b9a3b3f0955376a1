// f-strings: splitting into literal parts and replacement fields, and the
// positions of the expressions inside them.

import { describe, expect, it } from "vitest";
import { parse } from "../../src/parser/index.js";
import type { Expr, JoinedStr } from "../../src/parser/ast.js";
import { expr } from "./helpers/dump.js";

function value(src: string): Expr {
  const r = parse(src + "\n", "x.py");
  if (!r.ok) throw new Error(r.error.message);
  const s = r.module.body[0];
  if (s.kind !== "Expr") throw new Error("not an expression statement");
  return s.value;
}

describe("f-strings", () => {
  it("handles nested quotes of the other kind", () => {
    expect(expr(value(`f"{d['k']}"`))).toBe(
      "JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1)])",
    );
  });

  it("reads conversions and tells !r from !=", () => {
    const j = value(`f"{a!r}{b!=c}"`) as JoinedStr;
    expect(j.values.map((v) => (v.kind === "FormattedValue" ? v.conversion : null))).toEqual([114, -1]);
  });

  it("parses format specs, including nested fields", () => {
    expect(expr(value(`f"{proc:<16}"`))).toContain("format_spec=JoinedStr(values=[Constant(value='<16')])");
    expect(expr(value(`f"{now - print_ts:>5.2f}"`))).toContain("op=Sub()");
    expect(expr(value(`f"{x:{width}.{prec}f}"`))).toBe(
      "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[" +
        "FormattedValue(value=Name(id='width', ctx=Load()), conversion=-1), Constant(value='.'), " +
        "FormattedValue(value=Name(id='prec', ctx=Load()), conversion=-1), Constant(value='f')]))])",
    );
  });

  it("tells a slice or dict colon inside brackets from a format spec", () => {
    expect(expr(value(`f"{a[1:2]}"`))).toContain("Slice(");
    expect(expr(value(`f"{ {'a': 1}['a'] }"`))).toContain("Dict(");
  });

  it("expands {x=} into its source text and a repr", () => {
    expect(expr(value(`f"{x = }"`))).toBe(
      "JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])",
    );
    expect(expr(value(`f"{x=:>4}"`))).toContain("conversion=-1, format_spec=");
  });

  it("unescapes doubled braces", () => {
    expect(expr(value(`f"{{a}}{b}"`))).toBe(
      "JoinedStr(values=[Constant(value='{a}'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)])",
    );
  });

  it("joins adjacent plain and f-strings into one JoinedStr", () => {
    expect(expr(value(`"a" f"{b}" 'c'`))).toBe(
      "JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c')])",
    );
  });

  it("maps expression positions to the real place in the file", () => {
    const r = parse(`x = 1\ny = f"ab{  foo.bar }"\n`, "x.py");
    if (!r.ok) throw new Error(r.error.message);
    const s = r.module.body[1];
    if (s.kind !== "Assign" || s.value.kind !== "JoinedStr") throw new Error("shape");
    const fv = s.value.values[1];
    if (fv.kind !== "FormattedValue") throw new Error("shape");
    expect([fv.value.line, fv.value.col, fv.value.endCol]).toEqual([2, 11, 18]);
  });

  it("reports errors in fields against the field text, as CPython 3.11", () => {
    const r = parse(`x = f"{a b}"\n`, "x.py");
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.message, r.error.text, r.error.col]).toEqual(["f-string: invalid syntax. Perhaps you forgot a comma?", "(a b)", 2]);
  });
});
