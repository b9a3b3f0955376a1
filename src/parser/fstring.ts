// f-string bodies, as CPython 3.11's Parser/string_parser.c
// (fstring_find_literal / fstring_find_expr): literal text with `{{`/`}}`
// unescaped, and replacement fields `{expr!conv:spec}` where a bracket-depth
// count tells a format-spec `:` from one inside brackets and `!r` from `!=`.
// The expression text of a field is handed to `parseExpr` together with its
// offset in the file, so its nodes get their real positions.

import type * as A from "./ast.js";
import { syntaxError, type ErrorLocation } from "./errors.js";
import { decodeStr, StringDecodeError } from "./strings.js";

/** One piece of an implicitly concatenated string group. */
export type StrPart = { readonly text: string } | { readonly field: A.FormattedValue };

export type ExprParser = (text: string, offset: number) => A.Expr;

interface Ctx {
  readonly body: string;
  /** File offset of body[0]. */
  readonly base: number;
  readonly raw: boolean;
  readonly where: A.Span;
  readonly parseExpr: ExprParser;
  readonly errLoc: ErrorLocation;
}

function fail(ctx: Ctx, message: string): never {
  const text = message.startsWith("expression part") ? `f-string ${message}` : `f-string: ${message}`;
  throw syntaxError(text, ctx.errLoc);
}

/** Splits an f-string body into literal text and fields. */
export function parseFStringBody(
  body: string,
  base: number,
  raw: boolean,
  where: A.Span,
  parseExpr: ExprParser,
): StrPart[] {
  const ctx: Ctx = { body, base, raw, where, parseExpr, errLoc: { line: where.endLine, col: where.endCol } };
  const parts: StrPart[] = [];
  const end = scanParts(ctx, 0, 0, parts);
  if (end < body.length) fail(ctx, "single '}' is not allowed");
  return parts;
}

/**
 * Scans literal text and fields from `i` until the end of the body, or (in a
 * format spec, `level` > 0) until the `}` that closes the enclosing field.
 * Returns the index where it stopped.
 */
function scanParts(ctx: Ctx, i: number, level: number, parts: StrPart[]): number {
  const { body } = ctx;
  let lit = "";
  const flush = () => {
    if (lit.length > 0) {
      let text = lit;
      if (!ctx.raw) {
        try {
          text = decodeStr(lit);
        } catch (e) {
          if (e instanceof StringDecodeError) throw syntaxError(e.message, ctx.errLoc);
          throw e;
        }
      }
      parts.push({ text });
      lit = "";
    }
  };
  while (i < body.length) {
    const c = body[i];
    if (c === "{") {
      if (level === 0 && body[i + 1] === "{") {
        lit += "{";
        i += 2;
        continue;
      }
      flush();
      i = scanField(ctx, i, level, parts);
    } else if (c === "}") {
      if (level > 0) break;
      if (body[i + 1] === "}") {
        lit += "}";
        i += 2;
        continue;
      }
      fail(ctx, "single '}' is not allowed");
    } else if (c === "\\" && !ctx.raw && i + 1 < body.length) {
      if (body[i + 1] === "N" && body[i + 2] === "{") {
        const close = body.indexOf("}", i);
        const stop = close < 0 ? body.length : close + 1;
        lit += body.slice(i, stop);
        i = stop;
      } else {
        lit += body.slice(i, i + 2);
        i += 2;
      }
    } else {
      lit += c;
      i++;
    }
  }
  flush();
  return i;
}

const CLOSE_OF: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** Scans the field starting at body[i] === "{"; returns the index after its "}". */
function scanField(ctx: Ctx, i: number, level: number, parts: StrPart[]): number {
  const { body } = ctx;
  if (level >= 2) fail(ctx, "expressions nested too deeply");
  const start = i + 1;
  let j = start;
  const stack: string[] = [];
  let quote: string | null = null;
  let debug = false;
  let debugText = "";
  let exprEnd = -1;
  while (j < body.length) {
    const c = body[j];
    if (quote !== null) {
      if (body.startsWith(quote, j)) {
        j += quote.length;
        quote = null;
      } else j++;
      continue;
    }
    if (c === "\\") fail(ctx, "expression part cannot include a backslash");
    if (c === "'" || c === '"') {
      quote = body.startsWith(c.repeat(3), j) ? c.repeat(3) : c;
      j += quote.length;
      continue;
    }
    if (c === "(" || c === "[" || c === "{") {
      stack.push(c);
    } else if (c === ")" || c === "]" || c === "}") {
      if (stack.length === 0) {
        if (c === "}") break;
        fail(ctx, `unmatched '${c}'`);
      }
      const open = stack.pop()!;
      if (CLOSE_OF[open] !== c) fail(ctx, `closing parenthesis '${c}' does not match opening parenthesis '${open}'`);
    } else if (c === "#") {
      fail(ctx, "expression part cannot include '#'");
    } else if (stack.length === 0) {
      const n = body[j + 1];
      if (c === "!" && n !== "=") break;
      if (c === ":") break;
      if ((c === "=" || c === "!" || c === "<" || c === ">") && n === "=") {
        j += 2;
        continue;
      }
      if (c === "=") {
        debug = true;
        exprEnd = j;
        j++;
        while (j < body.length && /\s/.test(body[j])) j++;
        debugText = body.slice(start, j);
        break;
      }
    }
    j++;
  }
  if (quote !== null) fail(ctx, "unterminated string");
  if (j >= body.length) fail(ctx, stack.length > 0 ? `'${stack[stack.length - 1]}' was never closed` : "expecting '}'");
  if (exprEnd < 0) exprEnd = j;
  const exprText = body.slice(start, exprEnd);
  if (exprText.trim() === "") fail(ctx, "empty expression not allowed");
  const value = ctx.parseExpr(exprText, ctx.base + start);

  let conversion = -1;
  if (body[j] === "!") {
    const conv = body[j + 1];
    if (conv !== "s" && conv !== "r" && conv !== "a") {
      if (conv === undefined || conv === "}" || conv === ":") fail(ctx, "missing conversion character");
      fail(ctx, "invalid conversion character: expected 's', 'r', or 'a'");
    }
    conversion = conv.charCodeAt(0);
    j += 2;
  }
  let formatSpec: A.JoinedStr | null = null;
  if (body[j] === ":") {
    const specParts: StrPart[] = [];
    j = scanParts(ctx, j + 1, level + 1, specParts);
    formatSpec = { kind: "JoinedStr", values: joinParts(specParts, ctx.where), ...ctx.where };
  }
  if (body[j] !== "}") fail(ctx, "expecting '}'");
  if (debug) {
    parts.push({ text: debugText });
    if (conversion < 0 && formatSpec === null) conversion = 114;
  }
  parts.push({ field: { kind: "FormattedValue", value, conversion, formatSpec, ...ctx.where } });
  return j + 1;
}

/** Merges adjacent literal parts and drops empty ones, as CPython does. */
export function joinParts(parts: readonly StrPart[], where: A.Span): A.Expr[] {
  const out: A.Expr[] = [];
  let text = "";
  const flush = () => {
    if (text.length > 0) out.push({ kind: "Constant", value: { type: "str", value: text }, ...where });
    text = "";
  };
  for (const p of parts) {
    if ("text" in p) text += p.text;
    else {
      flush();
      out.push(p.field);
    }
  }
  flush();
  return out;
}
