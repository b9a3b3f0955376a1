import { describe, expect, it } from "vitest";
import { formatFloat, formatInt, formatStr, parseFormatSpec } from "../../src/runtime/format/index.js";
import { fixture, fromBits, mismatches, pyInt, run, sameOutcome } from "./helpers.js";
import type { Outcome } from "./helpers.js";

describe("format() of floats", () => {
  it("matches the documented examples", () => {
    expect(formatFloat(1.0, "")).toBe("1.0");
    expect(formatFloat(1e16, "")).toBe("1e+16");
    expect(formatFloat(0.1, ".3")).toBe("0.1");
    expect(formatFloat(123.456, ".2")).toBe("1.2e+02");
    expect(formatFloat(0.125, ".2f")).toBe("0.12");
    expect(formatFloat(0.375, ".2f")).toBe("0.38");
    expect(formatFloat(2.675, ".2f")).toBe("2.67");
    expect(formatFloat(1e22, ".0f")).toBe("10000000000000000000000");
    expect(formatFloat(0.1, ".30f")).toBe("0.100000000000000005551115123126");
    expect(formatFloat(-0.0, "z.1f")).toBe("0.0");
    expect(formatFloat(Infinity, "F")).toBe("INF");
    expect(formatFloat(1234567.891, ",.2f")).toBe("1,234,567.89");
    expect(formatFloat(0.5, "%")).toBe("50.000000%");
    expect(() => formatFloat(1.0, "x")).toThrow("Unknown format code 'x' for object of type 'float'");
  });

  const cases = fixture<[string, string, Outcome][]>("format-float.json");
  it(`matches CPython on ${cases.length} value x spec pairs`, () => {
    const bad = mismatches(cases, ([bits, spec, want]) => {
      const got = run(() => formatFloat(fromBits(bits), spec));
      return sameOutcome(got, want) ? null : `format(${fromBits(bits)}, ${JSON.stringify(spec)}): got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`;
    });
    expect(bad).toEqual([]);
  });
});

type IntOutcome = Outcome | { len: number; head: string };

describe("format() of ints", () => {
  it("matches the documented examples", () => {
    expect(formatInt(1234, "")).toBe("1234");
    expect(formatInt(1234, "010,")).toBe("00,001,234");
    expect(formatInt(255, "#x")).toBe("0xff");
    expect(formatInt(65, "c")).toBe("A");
    expect(formatInt(10, ".2f")).toBe("10.00");
    expect(() => formatInt(1, ".2")).toThrow("Precision not allowed in integer format specifier");
    expect(formatInt(true ? 1 : 0, "x", "bool")).toBe("1");
    expect(() => formatInt(1, "s", "bool")).toThrow("Unknown format code 's' for object of type 'bool'");
  });

  const cases = fixture<[string, string, IntOutcome][]>("format-int.json");
  it(`matches CPython on ${cases.length} value x spec pairs`, () => {
    const bad = mismatches(cases, ([v, spec, want]) => {
      let got: IntOutcome = run(() => formatInt(pyInt(v), spec));
      if ("len" in want && "ok" in got) got = { len: [...got.ok].length, head: got.ok.slice(0, 20) };
      return sameOutcome(got, want) ? null : `format(${v.slice(0, 30)}, ${JSON.stringify(spec)}): got ${JSON.stringify(got).slice(0, 200)}, want ${JSON.stringify(want).slice(0, 200)}`;
    });
    expect(bad).toEqual([]);
  });
});

describe("format() of strs", () => {
  it("matches the documented examples", () => {
    expect(formatStr("abc", "")).toBe("abc");
    expect(formatStr("abc", ">5")).toBe("  abc");
    expect(formatStr("abcdef", ".2")).toBe("ab");
    expect(formatStr("😀", "*^5")).toBe("**😀**");
    expect(() => formatStr("a", "+")).toThrow("Sign not allowed in string format specifier");
    expect(() => formatStr("a", "=5")).toThrow("'=' alignment not allowed in string format specifier");
    expect(() => formatStr("a", "d")).toThrow("Unknown format code 'd' for object of type 'str'");
    expect(() => formatStr("a", ",")).toThrow("Cannot specify ',' with 's'.");
  });

  const cases = fixture<[string, string, Outcome][]>("format-str.json");
  it(`matches CPython on ${cases.length} value x spec pairs`, () => {
    const bad = mismatches(cases, ([s, spec, want]) => {
      const got = run(() => formatStr(s, spec));
      return sameOutcome(got, want) ? null : `format(${JSON.stringify(s)}, ${JSON.stringify(spec)}): got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`;
    });
    expect(bad).toEqual([]);
  });
});

describe("parseFormatSpec", () => {
  it("splits a full spec", () => {
    expect(parseFormatSpec("*^+z#012_.3e", "float")).toEqual({
      fill: "*", align: "^", sign: "+", noNeg0: true, alternate: true, width: 12,
      thousands: "_", groupSize: 3, precision: 3, type: "e",
    });
    expect(parseFormatSpec("08x", "int", "d")).toMatchObject({ fill: "0", align: "=", width: 8, type: "x" });
    expect(parseFormatSpec("_b", "int", "d")).toMatchObject({ thousands: "_", groupSize: 4 });
    expect(parseFormatSpec("", "str", "s", "<")).toMatchObject({ align: "<", type: "s", width: -1, precision: -1 });
  });
  it("reports errors", () => {
    expect(() => parseFormatSpec(".", "float")).toThrow("Format specifier missing precision");
    expect(() => parseFormatSpec("abc", "float")).toThrow("Invalid format specifier 'abc' for object of type 'float'");
    expect(() => parseFormatSpec("99999999999999999999", "int")).toThrow("Too many decimal digits in format string");
    expect(() => parseFormatSpec(",_", "int")).toThrow("Cannot specify both ',' and '_'.");
  });
});
