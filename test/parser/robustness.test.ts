// The parser never throws at its caller, whatever the input, and its grammar
// passes Chevrotain's own validations.

import { describe, expect, it } from "vitest";
import { parse } from "../../src/parser/index.js";

const SAMPLE = `import asyncio

async def worker(name: str, q: asyncio.Queue, *, delay: float = 0.1) -> None:
    """Consume items."""
    while True:
        item = await q.get()
        try:
            print(f"{name}: {item!r:>8} {[x ** 2 for x in range(3)]}", end="")
        except (ValueError, KeyError) as e:
            raise RuntimeError("bad") from e
        finally:
            q.task_done()

class P:
    def __init__(self, x=0, y=0): self.x, self.y = x, y

match P(1, 2):
    case P(x=0, y=0) | None: pass
    case [a, *rest] if a > 0: pass
    case {"k": v, **kw}: pass
    case _: pass

asyncio.run(worker("w", asyncio.Queue()))
`;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("robustness", () => {
  it("returns a SyntaxError (never throws) for every prefix of a program", () => {
    for (let i = 0; i <= SAMPLE.length; i += 3) {
      const r = parse(SAMPLE.slice(0, i), "x.py");
      if (!r.ok) expect(r.error.line).toBeGreaterThanOrEqual(1);
    }
  });

  it("survives random garbage and random mutations", () => {
    const rand = rng(42);
    const alphabet = "abc_ 019.,:;()[]{}'\"\\\n\t#=+-*/%@!<>&|^~$?`fFrRbBé€\r";
    for (let n = 0; n < 400; n++) {
      let s = "";
      const len = Math.floor(rand() * 60);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
      expect(() => parse(s, "x.py")).not.toThrow();
      const at = Math.floor(rand() * SAMPLE.length);
      const mutated = SAMPLE.slice(0, at) + s.slice(0, 3) + SAMPLE.slice(at + Math.floor(rand() * 4));
      expect(() => parse(mutated, "x.py")).not.toThrow();
    }
  });

  it("handles deep nesting without a JavaScript error", () => {
    expect(parse("x = " + "(".repeat(500) + ")".repeat(500) + "\n", "x.py").ok).toBe(false);
    expect(() => parse("x = " + "-".repeat(5000) + "1\n", "x.py")).not.toThrow();
    expect(() => parse("x = " + "[".repeat(150) + "]".repeat(150) + "\n", "x.py")).not.toThrow();
  });

  it("passes Chevrotain's grammar validations", async () => {
    const proc = globalThis.process;
    proc.env.PYASYNC_VALIDATE_GRAMMAR = "1";
    try {
      const { PyParser } = await import("../../src/parser/parser-stmt.js");
      expect(() => new PyParser()).not.toThrow();
    } finally {
      delete proc.env.PYASYNC_VALIDATE_GRAMMAR;
    }
  });

  it("reuses its tables: parse results do not leak between calls", () => {
    const a = parse("x = f'{y}'\n", "a.py");
    const b = parse("z = 1\n", "b.py");
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(a.module.filename).toBe("a.py");
      expect(b.module.body).toHaveLength(1);
    }
  });
});
