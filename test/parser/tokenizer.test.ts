// The tokenizer's indentation pass: NEWLINE/INDENT/DEDENT placement,
// brackets, continuations, comments, blank lines and tabs.

import { describe, expect, it } from "vitest";
import { lineStarts, tokenize } from "../../src/parser/tokenizer.js";
import { PyParseError } from "../../src/parser/errors.js";

function kinds(src: string): string[] {
  const s = tokenize(src, lineStarts(src));
  return s.tokens.map((t) => (t.image === "" ? t.tokenType.name : t.image));
}

describe("tokenizer", () => {
  it("emits NEWLINE, INDENT and DEDENT around blocks", () => {
    expect(kinds("if x:\n    y\nz\n")).toEqual(["if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "DEDENT", "z", "NEWLINE"]);
  });

  it("closes every pending block at end of input, after a final NEWLINE", () => {
    expect(kinds("if a:\n  if b:\n    c")).toEqual([
      "if", "a", ":", "NEWLINE", "INDENT", "if", "b", ":", "NEWLINE", "INDENT", "c", "NEWLINE", "DEDENT", "DEDENT",
    ]);
  });

  it("emits several DEDENTs for a multi-level unindent", () => {
    expect(kinds("a:\n b:\n  c\nd\n").filter((k) => k === "DEDENT")).toHaveLength(2);
  });

  it("ignores line breaks inside brackets", () => {
    expect(kinds("x = (1,\n  2,\n)\n")).toEqual(["x", "=", "(", "1", ",", "2", ",", ")", "NEWLINE"]);
    expect(kinds("f([\n{\n}\n])\n")).toEqual(["f", "(", "[", "{", "}", "]", ")", "NEWLINE"]);
  });

  it("joins lines ending with a backslash", () => {
    expect(kinds("x = 1 + \\\n    2\n")).toEqual(["x", "=", "1", "+", "2", "NEWLINE"]);
  });

  it("skips comments, blank lines and comment-only lines at any indentation", () => {
    expect(kinds("# a\n\nx = 1  # b\n      # c\n\n   \ny\n")).toEqual(["x", "=", "1", "NEWLINE", "y", "NEWLINE"]);
    expect(kinds("if x:\n    a\n# c\n    b\n")).toEqual(["if", "x", ":", "NEWLINE", "INDENT", "a", "NEWLINE", "b", "NEWLINE", "DEDENT"]);
  });

  it("expands tabs to 8-column stops", () => {
    expect(kinds("if x:\n\ta\n\tb\n")).toEqual(["if", "x", ":", "NEWLINE", "INDENT", "a", "NEWLINE", "b", "NEWLINE", "DEDENT"]);
    expect(kinds("if x:\n\tif y:\n\t\tz\n")).toContain("INDENT");
  });

  it("reports inconsistent tabs and spaces as a TabError", () => {
    const src = "if x:\n\ta\n        b\n";
    expect(tokenize(src, lineStarts(src)).pending?.error.errorType).toBe("TabError");
  });

  it("re-types keywords but leaves soft keywords as names", () => {
    const s = tokenize("match case _ if async await\n", lineStarts("x"));
    expect(s.tokens.slice(0, 6).map((t) => t.tokenType.name)).toEqual(["NAME", "NAME", "NAME", "if", "async", "await"]);
  });

  it("gives tokens 1-based lines and 0-based columns", () => {
    const src = "a = 1\nif b:\n    c\n";
    const c = tokenize(src, lineStarts(src)).tokens.find((t) => t.image === "c")!;
    expect([c.startLine, c.startColumn, c.endColumn]).toEqual([3, 4, 5]);
  });

  it("reports an unindent that matches no outer level only when reached", () => {
    const src = "if x:\n    a\n  b\n";
    const s = tokenize(src, lineStarts(src));
    expect(s.pending?.error.pyMessage).toBe("unindent does not match any outer indentation level");
  });

  it("throws on unterminated strings and unmatched brackets", () => {
    expect(() => tokenize("x = 'a\n", lineStarts("x = 'a\n"))).toThrow(PyParseError);
    expect(() => tokenize("x = )\n", lineStarts("x = )\n"))).toThrow(/unmatched '\)'/);
  });

  it("lexes numbers, strings and operators", () => {
    expect(kinds("1_000 0x1f 1e-3 .5 5. 1j rb'x' f\"{a}\" a**=b//c->d:=e\n")).toEqual([
      "1_000", "0x1f", "1e-3", ".5", "5.", "1j", "rb'x'", 'f"{a}"', "a", "**=", "b", "//", "c", "->", "d", ":=", "e", "NEWLINE",
    ]);
  });
});
