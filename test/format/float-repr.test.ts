import { describe, expect, it } from "vitest";
import { floatRepr } from "../../src/runtime/format/index.js";
import { fixture, fromBits, mismatches } from "./helpers.js";

describe("floatRepr", () => {
  it("matches the documented examples", () => {
    expect(floatRepr(1e16)).toBe("1e+16");
    expect(floatRepr(1.5e-5)).toBe("1.5e-05");
    expect(floatRepr(1e-5)).toBe("1e-05");
    expect(floatRepr(1)).toBe("1.0");
    expect(floatRepr(100)).toBe("100.0");
    expect(floatRepr(Infinity)).toBe("inf");
    expect(floatRepr(-Infinity)).toBe("-inf");
    expect(floatRepr(NaN)).toBe("nan");
    expect(floatRepr(-0)).toBe("-0.0");
    expect(floatRepr(0.1)).toBe("0.1");
    expect(floatRepr(1e-4)).toBe("0.0001");
    expect(floatRepr(9999999999999998)).toBe("9999999999999998.0");
    expect(floatRepr(2 ** 60)).toBe("1.152921504606847e+18");
    expect(floatRepr(5e-324)).toBe("5e-324");
    expect(floatRepr(1.7976931348623157e308)).toBe("1.7976931348623157e+308");
  });

  const cases = fixture<[string, string, string][]>("float-repr.json");
  it(`matches CPython repr() and str() on ${cases.length} doubles`, () => {
    const bad = mismatches(cases, ([bits, repr, str]) => {
      const got = floatRepr(fromBits(bits));
      return got === repr && got === str ? null : `${bits}: got ${got}, want ${repr}`;
    });
    expect(bad).toEqual([]);
  });
});
