import { describe, expect, it } from "vitest";
import { floatToInt, formatFloat, roundFloat, roundInt } from "../../src/runtime/format/index.js";
import { fixture, fromBits, mismatches, pyInt, run, sameOutcome, toBits } from "./helpers.js";
import type { Outcome } from "./helpers.js";

describe("roundFloat", () => {
  it("matches the documented examples", () => {
    expect(roundFloat(2.675, 2)).toBe(2.67);
    expect(roundFloat(0.5, null)).toBe(0);
    expect(roundFloat(1.5, null)).toBe(2);
    expect(roundFloat(2.5, null)).toBe(2);
    expect(Object.is(roundFloat(-0.5, null), -0)).toBe(true);
    expect(roundFloat(1234.5678, -2)).toBe(1200);
    expect(roundFloat(0.1, 400)).toBe(0.1);
    expect(Object.is(roundFloat(-3.5, -400), -0)).toBe(true);
    expect(() => roundFloat(Infinity, null)).toThrow("cannot convert float infinity to integer");
    expect(() => roundFloat(NaN, null)).toThrow("cannot convert float NaN to integer");
    expect(() => roundFloat(1.7976931348623157e308, -308)).toThrow("rounded value too large to represent");
    expect(floatToInt(1e20)).toBe(100000000000000000000n);
  });

  const cases = fixture<[string, number | null, Outcome][]>("round-float.json");
  it(`matches CPython on ${cases.length} round() calls`, () => {
    const bad = mismatches(cases, ([bits, nd, want]) => {
      const x = fromBits(bits);
      const got = run(() => {
        const r = roundFloat(x, nd);
        return nd === null ? String(floatToInt(r)) : toBits(r);
      });
      return sameOutcome(got, want) ? null : `round(${x}, ${nd}): got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`;
    });
    expect(bad).toEqual([]);
  });
});

describe("roundInt", () => {
  it("matches the documented examples", () => {
    expect(roundInt(1234, -2)).toBe(1200);
    expect(roundInt(1250, -2)).toBe(1200);
    expect(roundInt(1350, -2)).toBe(1400);
    expect(roundInt(-25, -1)).toBe(-20);
    expect(roundInt(7, 3)).toBe(7);
  });

  const cases = fixture<[string, number, string][]>("round-int.json");
  it(`matches CPython on ${cases.length} round() calls`, () => {
    const bad = mismatches(cases, ([v, nd, want]) => {
      const got = roundInt(pyInt(v), nd);
      return got === pyInt(want) ? null : `round(${v}, ${nd}): got ${got}, want ${want}`;
    });
    expect(bad).toEqual([]);
  });
});

describe("values next to decimal midpoints", () => {
  const cases = fixture<[string, string, number, string, string][]>("midpoints.json");
  it(`format() and round() match CPython on ${cases.length} values`, () => {
    const bad = mismatches(cases, ([bits, spec, nd, fmt, rounded]) => {
      const x = fromBits(bits);
      const f = formatFloat(x, spec);
      const r = toBits(roundFloat(x, nd));
      return f === fmt && r === rounded ? null : `${x} ${spec}: ${f} vs ${fmt}; round(x, ${nd}): ${r} vs ${rounded}`;
    });
    expect(bad).toEqual([]);
  });
});
