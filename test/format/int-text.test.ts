import { afterEach, describe, expect, it } from "vitest";
import {
  intToString, parseFloatLiteral, parseIntLiteral, setIntMaxStrDigits,
} from "../../src/runtime/format/index.js";
import { fixture, mismatches, pyInt, run, sameOutcome, toBits } from "./helpers.js";
import type { Outcome } from "./helpers.js";

describe("intToString", () => {
  afterEach(() => setIntMaxStrDigits(4300));

  it("writes ints in bases 2, 8, 10 and 16", () => {
    expect(intToString(255, 16)).toBe("ff");
    expect(intToString(-5, 2)).toBe("-101");
    expect(intToString(2n ** 64n, 8)).toBe("2000000000000000000000");
    expect(intToString(-(10n ** 30n))).toBe("-1" + "0".repeat(30));
  });

  it("honours the 4300-digit limit in base 10 only", () => {
    expect(intToString(10n ** 4299n).length).toBe(4300);
    expect(intToString(-(10n ** 4299n)).length).toBe(4301);
    expect(() => intToString(10n ** 4300n)).toThrow(
      "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
    );
    expect(intToString(10n ** 5000n, 16).length).toBeGreaterThan(4000);
    setIntMaxStrDigits(0);
    expect(intToString(10n ** 5000n).length).toBe(5001);
    setIntMaxStrDigits(640);
    expect(() => intToString(10n ** 640n)).toThrow("Exceeds the limit (640 digits)");
    expect(() => setIntMaxStrDigits(5)).toThrow("maxdigits must be 0 or larger than 640");
  });
});

describe("parseIntLiteral", () => {
  it("parses the documented examples", () => {
    expect(parseIntLiteral(" -1_000 ", 10)).toBe(-1000);
    expect(parseIntLiteral("0x_ff", 0)).toBe(255);
    expect(parseIntLiteral("0b101", 2)).toBe(5);
    expect(parseIntLiteral("x", 10)).toBe(null);
    expect(parseIntLiteral("9".repeat(20), 10)).toBe(99999999999999999999n);
    expect(() => parseIntLiteral("1".repeat(5000), 10)).toThrow(
      "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit",
    );
  });

  const cases = fixture<[string, number, Outcome][]>("int-parse.json");
  it(`matches CPython's int(s, base) on ${cases.length} cases`, () => {
    const bad = mismatches(cases, ([s, base, want]) => {
      let got: Outcome<unknown> = run(() => parseIntLiteral(s, base));
      if ("ok" in got) {
        got = got.ok === null
          ? { error: `ValueError: invalid literal for int() with base ${base}: ` }
          : { ok: String(got.ok) };
      }
      let w: Outcome<unknown> = want;
      if ("ok" in want) w = { ok: String(pyInt(want.ok)) };
      else if (want.error.startsWith("ValueError: invalid literal")) w = { error: want.error.slice(0, want.error.indexOf(": ", 12) + 2) };
      return sameOutcome(got, w) ? null : `int(${JSON.stringify(s).slice(0, 40)}, ${base}): got ${JSON.stringify(got).slice(0, 120)}, want ${JSON.stringify(w).slice(0, 120)}`;
    });
    expect(bad).toEqual([]);
  });
});

describe("parseFloatLiteral", () => {
  it("parses the documented examples", () => {
    expect(parseFloatLiteral("inf")).toBe(Infinity);
    expect(parseFloatLiteral("-Infinity")).toBe(-Infinity);
    expect(parseFloatLiteral("nan")).toBeNaN();
    expect(parseFloatLiteral(" 1_000.5\n")).toBe(1000.5);
    expect(parseFloatLiteral("1e")).toBe(null);
    expect(parseFloatLiteral("0x10")).toBe(null);
  });

  const cases = fixture<[string, string | null][]>("float-parse.json");
  it(`matches CPython's float(s) on ${cases.length} cases`, () => {
    const bad = mismatches(cases, ([s, want]) => {
      const v = parseFloatLiteral(s);
      const got = v === null ? null : toBits(v);
      return got === want ? null : `float(${JSON.stringify(s).slice(0, 40)}): got ${got}, want ${want}`;
    });
    expect(bad).toEqual([]);
  });
});
