import { describe, expect, it } from "vitest";
import { AutoNumber, parseFormatString, renderFormat } from "../../src/runtime/format/index.js";
import type { FormatPart } from "../../src/runtime/format/index.js";
import { PF, PList, fieldHooks, fixture, mismatches, run, sameOutcome } from "./helpers.js";
import type { Outcome, PV } from "./helpers.js";

function mergeLiterals(parts: FormatPart[]): FormatPart[] {
  const out: FormatPart[] = [];
  for (const p of parts) {
    if (typeof p === "string" && typeof out[out.length - 1] === "string") out[out.length - 1] += p;
    else out.push(p);
  }
  return out;
}

describe("parseFormatString", () => {
  it("splits literals and fields", () => {
    expect(parseFormatString("a{{b}}{0.x[1]!r:>{w}}c{}")).toEqual([
      "a{b}",
      { fieldName: "0.x[1]", first: 0, rest: [{ attr: "x" }, { index: 1 }], conversion: "r", spec: ">{w}", specHasFields: true },
      "c",
      { fieldName: "", first: "", rest: [], conversion: null, spec: "", specHasFields: false },
    ]);
    expect(() => parseFormatString("a}")).toThrow("Single '}' encountered in format string");
    expect(() => parseFormatString("a{")).toThrow("Single '{' encountered in format string");
    expect(() => parseFormatString("{0")).toThrow("expected '}' before end of string");
  });

  it("numbers fields automatically", () => {
    const auto = new AutoNumber();
    expect(auto.resolve("")).toBe(0);
    expect(auto.resolve("name")).toBe("name");
    expect(auto.resolve("")).toBe(1);
    expect(() => auto.resolve(0)).toThrow("cannot switch from automatic field numbering to manual field specification");
    const manual = new AutoNumber();
    expect(manual.resolve(1)).toBe(1);
    expect(() => manual.resolve("")).toThrow("cannot switch from manual field specification to automatic field numbering");
  });

  const cases = fixture<[string, Outcome<FormatPart[]>][]>("format-string-parse.json");
  it(`matches CPython's parser on ${cases.length} format strings`, () => {
    const bad = mismatches(cases, ([f, want]) => {
      const got = run(() => parseFormatString(f));
      if ("ok" in want) want = { ok: mergeLiterals(want.ok) };
      return sameOutcome(got, want) ? null : `${JSON.stringify(f)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`;
    });
    expect(bad).toEqual([]);
  });
});

describe("renderFormat", () => {
  const args: PV[] = [1, "ab", new PF(2.5), new PList([10, 20]), new Map([["k", "v"]]), 8];
  const kwargs = new Map<string, PV>([
    ["x", 42],
    ["name", "py"],
    ["lst", new PList([1, 2, 3])],
    ["d", new Map([["a", new Map([["b", 7]])]])],
    ["w", 10],
    ["p", 3],
    ["f", new PF(-1.25)],
  ]);
  const hooks = fieldHooks(args, kwargs);
  const cases = fixture<[string, Outcome][]>("format-string-render.json");
  it(`matches CPython's str.format on ${cases.length} format strings`, () => {
    const bad = mismatches(cases, ([f, want]) => {
      const got = run(() => renderFormat(f, hooks));
      return sameOutcome(got, want) ? null : `${JSON.stringify(f)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`;
    });
    expect(bad).toEqual([]);
  });
});
