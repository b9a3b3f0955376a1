// The front end's public API: parse(source, filename) → Module or a
// CPython-style SyntaxError, and formatSyntaxError for its stderr rendering.
// The lexer and parser tables are built once, on first use; all parse state
// is reset on every call.

import type { IRecognitionException } from "chevrotain";
import type { Expr, Module, Stmt } from "./ast.js";
import { formatSyntaxError, PyParseError, syntaxError, toPySyntaxError, type PySyntaxError } from "./errors.js";
import { lineStarts, tokenize, type PendingError } from "./tokenizer.js";
import { mapRecognitionError } from "./parse-errors.js";
import { PyParser } from "./parser-stmt.js";
import type { PendingField } from "./parser-base.js";
import { validateModule } from "./validate.js";

export type { PySyntaxError } from "./errors.js";
export { formatSyntaxError };

export type ParseResult = { ok: true; module: Module } | { ok: false; error: PySyntaxError };

let parser: PyParser | null = null;

function getParser(): PyParser {
  if (parser === null) {
    parser = new PyParser();
  }
  return parser;
}

function firstError(p: PyParser, tokens: Parameters<typeof mapRecognitionError>[1], pending: PendingError | null): PyParseError | null {
  const errs: IRecognitionException[] = p.errors;
  if (errs.length === 0) return null;
  return mapRecognitionError(errs[0], tokens, pending);
}

/** CPython 3.11 reports errors inside a replacement field against the text `(expr)`. */
function fieldError(e: PyParseError, f: PendingField, starts: number[]): PyParseError {
  if (e.text !== undefined) return e;
  const base = f.offset - 1;
  const rel = (line: number, col: number) => starts[line - 1] + col - base;
  const line = lineAt(starts, f.offset);
  const loc = {
    line,
    col: rel(e.loc.line, e.loc.col),
    ...(e.loc.endCol !== undefined ? { endLine: line, endCol: rel(e.loc.endLine ?? e.loc.line, e.loc.endCol) } : {}),
  };
  const message = e.pyMessage.startsWith("f-string") ? e.pyMessage : `f-string: ${e.pyMessage}`;
  return new PyParseError(e.errorType, message, loc, `(${f.text})`);
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Parses the replacement fields of f-strings, in order, including nested ones. */
function parseFields(p: PyParser, fields: PendingField[], starts: number[], source: string, limit: number): void {
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f.offset >= limit) return;
    const stream = tokenize(`(${f.text})`, starts, f.offset - 1, true);
    if (stream.pending !== null) throw stream.pending.error;
    const before = p.pendingFields;
    p.pendingFields = [];
    p.input = stream.tokens;
    let value: Expr;
    try {
      value = p.fstringField();
      const err = firstError(p, stream.tokens, null);
      if (err !== null) throw err;
    } catch (e) {
      if (!(e instanceof PyParseError)) throw e;
      throw fieldError(e, f, starts);
    }
    Object.assign(f.placeholder as object, value);
    const nested = p.pendingFields;
    p.pendingFields = before;
    fields.push(...nested);
  }
  void source;
}

export function parse(source: string, filename: string): ParseResult {
  const src = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = src.split("\n");
  try {
    const starts = lineStarts(src);
    const stream = tokenize(src, starts);
    const p = getParser();
    p.resetState();
    p.input = stream.tokens;
    let body: Stmt[] | null = null;
    let failure: PyParseError | null = null;
    try {
      body = p.file();
      failure = firstError(p, stream.tokens, stream.pending);
    } catch (e) {
      if (!(e instanceof PyParseError)) throw e;
      failure = e;
      const pending = stream.pending;
      if (pending !== null && (p.atEnd() || (pending.kind === "eof" && e.loc.line > pending.parenLine))) {
        failure = pending.error;
      }
    }
    if (failure === null && stream.pending !== null) failure = stream.pending.error;
    const fields = p.pendingFields;
    if (failure !== null) {
      // an f-string before the failure point may hold an earlier error
      const limit = starts[failure.loc.line - 1] + Math.max(failure.loc.col, 0);
      parseFields(p, fields, starts, src, limit);
      throw failure;
    }
    parseFields(p, fields, starts, src, Infinity);
    const invalid = validateModule(body!);
    if (invalid !== null) throw invalid;
    return { ok: true, module: { kind: "Module", body: body!, filename } };
  } catch (e) {
    if (e instanceof PyParseError) return { ok: false, error: toPySyntaxError(e, filename, lines) };
    const message = e instanceof RangeError ? "too many nested parentheses" : "invalid syntax";
    return { ok: false, error: toPySyntaxError(syntaxError(message, { line: 1, col: 0 }), filename, lines) };
  } finally {
    parser?.resetState();
  }
}
