// Unit tests of the pure rich renderer (rich-console.ts): expected strings were
// produced once by CPython 3.11 with rich 13.3.1 (Console(file=StringIO(), width=W)).
import { describe, expect, it } from "vitest";
import { Panel, RichConsole, Rule, Table, makeNode, renderNode, type PNode } from "../src/runtime/modules/rich-console.js";

const plain = (width: number) => new RichConsole({ width, colorSystem: null });

describe("rich-console", () => {
  it("renders a centred rule", () => {
    expect(plain(30).print([new Rule("T")])).toBe("─".repeat(13) + " T " + "─".repeat(14) + "\n");
  });

  it("pretty-prints nested containers like pretty_repr", () => {
    const ints = Array.from({ length: 12 }, (_, i) => makeNode({ valueRepr: String(i), last: i === 11 }));
    const a: PNode = makeNode({ keyRepr: "'a'", openBrace: "[", closeBrace: "]", children: ints });
    const one = makeNode({ valueRepr: "1", last: true });
    const b: PNode = makeNode({ keyRepr: "'b'", openBrace: "(", closeBrace: ")", children: [one], isTuple: true, last: true });
    const root = makeNode({ openBrace: "{", closeBrace: "}", children: [a, b], last: true });
    const expected = "{\n    'a': [\n" + ints.map((n, i) => `        ${i}${i < 11 ? "," : ""}\n`).join("") + "    ],\n    'b': (1,)\n}";
    expect(renderNode(root, 20)).toBe(expected);
  });

  it("renders a table in truecolor", () => {
    const c = new RichConsole({ width: 30, colorSystem: "truecolor" });
    const t = new Table(["x", "y"]);
    t.addRow(["1", "two"]);
    expect(c.print([t])).toBe(
      "┏━━━┳━━━━━┓\n┃\x1b[1m \x1b[0m\x1b[1mx\x1b[0m\x1b[1m \x1b[0m┃\x1b[1m \x1b[0m\x1b[1my  \x1b[0m\x1b[1m \x1b[0m┃\n┡━━━╇━━━━━┩\n│ 1 │ two │\n└───┴─────┘\n",
    );
  });

  it("renders a titled panel", () => {
    expect(plain(30).print([new Panel("hi", { title: "t" })])).toBe(
      "╭" + "─".repeat(12) + " t " + "─".repeat(13) + "╮\n│ hi" + " ".repeat(25) + "│\n╰" + "─".repeat(28) + "╯\n",
    );
  });

  it("fully justifies text", () => {
    expect(plain(20).print(["one two three four five six"], { justify: "full" })).toBe("one two  three  four\nfive six\n");
  });
});
