// Every Python file of the shared corpus and notes samples parses.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatSyntaxError, parse } from "../../src/parser/index.js";

const dirs = ["../shared/notes-samples", "../shared/corpus"].map((d) => new URL(`../../${d}/`, import.meta.url));
const present = dirs.filter((d) => existsSync(d));

describe.skipIf(present.length === 0)("shared corpus", () => {
  const files = present.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".py")).map((f) => new URL(f, d)));
  it.each(files.map((f) => [f.pathname.split("/").slice(-2).join("/"), f] as const))("%s", (_name, file) => {
    const r = parse(readFileSync(file, "utf8"), "x.py");
    if (!r.ok) expect.fail(formatSyntaxError(r.error));
  });
});
