import { describe, expect, it } from "vitest";
import { percentFormat } from "../../src/runtime/format/index.js";
import { PF, PTuple, decode, fixture, mismatches, percentHooks, pyRepr, run, sameOutcome } from "./helpers.js";
import type { Enc, Outcome } from "./helpers.js";

const fmt = (f: string, args: unknown) => percentFormat(f, args, percentHooks);

describe("percentFormat", () => {
  it("matches the documented examples", () => {
    expect(fmt("%s and %r", new PTuple(["a", "b"]))).toBe("a and 'b'");
    expect(fmt("%5.2f|%-4d|%x", new PTuple([new PF(3.14159), 7, 255]))).toBe(" 3.14|7   |ff");
    expect(fmt("%(a)s-%(b)03d", new Map<string, unknown>([["a", "x"], ["b", 5]]) as never)).toBe("x-005");
    expect(fmt("%.2s", "abc")).toBe("ab");
    expect(fmt("%d", new PF(3.9))).toBe("3");
    expect(fmt("100%%", new PTuple([]))).toBe("100%");
    expect(() => fmt("%s %s", new PTuple([1]))).toThrow("not enough arguments for format string");
    expect(() => fmt("%s", new PTuple([1, 2]))).toThrow("not all arguments converted during string formatting");
    expect(() => fmt("%d", "x")).toThrow("%d format: a real number is required, not str");
    expect(() => fmt("ab %q", 1)).toThrow("unsupported format character 'q' (0x71) at index 4");
    expect(() => fmt("%", new PTuple([]))).toThrow("incomplete format");
    expect(() => fmt("%(a)s", 1)).toThrow("format requires a mapping");
  });

  const cases = fixture<[string, Enc, Outcome][]>("percent.json");
  it(`matches CPython on ${cases.length} format % args cases`, () => {
    const bad = mismatches(cases, ([f, enc, want]) => {
      const args = decode(enc);
      const got = run(() => fmt(f, args));
      if (sameOutcome(got, want)) return null;
      return `${JSON.stringify(f)} % ${pyRepr(args).slice(0, 60)}: got ${JSON.stringify(got).slice(0, 200)}, want ${JSON.stringify(want).slice(0, 200)}`;
    });
    expect(bad).toEqual([]);
  });
});
