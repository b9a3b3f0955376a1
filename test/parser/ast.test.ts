// The parser's AST, compared with CPython 3.11's ast.dump() for the snippets
// in fixtures/ast-snippets.txt (fixtures/gen-fixtures.py regenerates them).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatSyntaxError, parse } from "../../src/parser/index.js";
import { dumpModule } from "./helpers/dump.js";

const cases: { src: string; dump: string }[] = JSON.parse(
  readFileSync(new URL("./fixtures/ast-expected.json", import.meta.url), "utf8"),
);

describe("AST matches CPython's ast.dump", () => {
  it.each(cases.map((c, i) => [i, c.src.split("\n")[0], c] as const))("#%i %s", (_i, _first, c) => {
    const r = parse(c.src, "x.py");
    if (!r.ok) throw new Error(formatSyntaxError(r.error));
    expect(dumpModule(r.module)).toBe(c.dump);
  });
});
