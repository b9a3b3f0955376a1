// Turns a Chevrotain recognition error into CPython 3.11's SyntaxError:
// the generic "invalid syntax" at the offending token, plus the special
// messages of CPython's invalid_* rules that are cheap to recognise from the
// tokens around the failure.

import { EOF, type IRecognitionException, type IToken } from "chevrotain";
import * as T from "./tokens.js";
import { indentationError, syntaxError, type ErrorLocation, type PyParseError } from "./errors.js";
import type { PendingError } from "./tokenizer.js";

/** Tokens that can end an expression. */
const ENDS_EXPR = new Set([
  T.Name, T.Number, T.String, T.RParen, T.RBracket, T.RBrace, T.None, T.True, T.False, T.Ellipsis,
]);
const STARTS_EXPR = new Set([
  T.Name, T.Number, T.String, T.LParen, T.LBracket, T.LBrace, T.None, T.True, T.False, T.Ellipsis,
  T.Minus, T.Plus, T.Tilde, T.Not, T.Await, T.Lambda,
]);
/** Tokens an operand chain may contain (between atoms). */
const CHAIN_OPS = new Set([
  T.Dot, T.DoubleStar, T.In, T.Is, T.Not, T.And, T.Or, T.Await,
]);
const OPENERS = new Set([T.LParen, T.LBracket, T.LBrace]);
const CLOSERS = new Set([T.RParen, T.RBracket, T.RBrace]);
const SOFT_KEYWORDS = new Set(["match", "case", "_"]);

function tokLoc(t: IToken): ErrorLocation {
  return { line: t.startLine!, col: t.startColumn!, endLine: t.endLine!, endCol: t.endColumn! };
}

function isOp(t: IToken): boolean {
  return CHAIN_OPS.has(t.tokenType) || T.BinOp.categoryMatchesMap![t.tokenType.tokenTypeIdx!] === true ||
    T.CompOp.categoryMatchesMap![t.tokenType.tokenTypeIdx!] === true;
}

/** Index of the first token of the operand chain ending at `end` (inclusive). */
function chainStart(tokens: readonly IToken[], end: number): number {
  let i = end;
  for (;;) {
    // skip one atom (with trailers) backwards
    let depth = 0;
    while (i >= 0) {
      const t = tokens[i].tokenType;
      if (CLOSERS.has(t)) depth++;
      else if (OPENERS.has(t)) {
        depth--;
        if (depth < 0) return i + 1;
      }
      if (depth === 0) {
        const prev = tokens[i - 1];
        // trailers: call/subscript/attribute continue the atom
        if (prev !== undefined && (OPENERS.has(t) && ENDS_EXPR.has(prev.tokenType))) {
          i--;
          continue;
        }
        if (prev !== undefined && prev.tokenType === T.Dot) {
          i -= 2;
          continue;
        }
        if (t === T.String && prev !== undefined && prev.tokenType === T.String) {
          i--;
          continue;
        }
        break;
      }
      i--;
    }
    if (i < 0) return 0;
    // unary prefixes and binary operators extend the chain
    let j = i - 1;
    while (j >= 0 && (T.UnaryOp.categoryMatchesMap![tokens[j].tokenType.tokenTypeIdx!] || tokens[j].tokenType === T.Not)) {
      if (j - 1 >= 0 && ENDS_EXPR.has(tokens[j - 1].tokenType)) break;
      j--;
    }
    if (j >= 0 && isOp(tokens[j]) && j - 1 >= 0 && ENDS_EXPR.has(tokens[j - 1].tokenType)) {
      i = j - 1;
      continue;
    }
    return j + 1;
  }
}

/** Index of the last token of the operand chain starting at `start`. */
function chainEnd(tokens: readonly IToken[], start: number): number {
  let i = start;
  let depth = 0;
  let last = start;
  for (; i < tokens.length; i++) {
    const t = tokens[i].tokenType;
    if (OPENERS.has(t)) depth++;
    else if (CLOSERS.has(t)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      if (t === T.Comma || t === T.Colon || t === T.Assign || t === T.Newline || t === T.For || t === T.Semicolon ||
        t === T.If || t === T.Else || t === T.Async) break;
      if (!STARTS_EXPR.has(t) && !isOp(tokens[i]) && !ENDS_EXPR.has(t)) break;
      if (STARTS_EXPR.has(t) && i > start && ENDS_EXPR.has(tokens[i - 1].tokenType) && !isOp(tokens[i])) break;
    }
    last = i;
  }
  return last;
}

function indexOf(tokens: readonly IToken[], tok: IToken): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (t === tok) return mid;
    if (t.startOffset < tok.startOffset || (t.startOffset === tok.startOffset && t.endOffset! < tok.endOffset!)) lo = mid + 1;
    else hi = mid - 1;
  }
  return tokens.indexOf(tok);
}

export function depthOf(t: IToken): number {
  return (t as { depth?: number }).depth ?? 0;
}

/** The error CPython would report for a failed parse at `ex`. */
export function mapRecognitionError(
  ex: IRecognitionException,
  tokens: readonly IToken[],
  pending: PendingError | null,
): PyParseError {
  const tok = ex.token;
  const atEof = tok.tokenType === EOF || Number.isNaN(tok.startOffset);
  if (pending !== null) {
    if (pending.kind === "reached" && atEof) return pending.error;
    if (pending.kind === "eof" && (atEof || tok.startLine! > pending.parenLine)) return pending.error;
  }
  if (atEof) {
    const last = tokens[tokens.length - 1];
    return syntaxError("invalid syntax", last ? { line: last.endLine!, col: last.endColumn! } : { line: 1, col: 0 });
  }
  if (tok.tokenType === T.Indent) {
    return indentationError("unexpected indent", { line: tok.startLine!, col: tok.startColumn! - 1 });
  }
  if ((tok as { payload?: unknown }).payload === "invalid") {
    const ch = tok.image;
    const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    return syntaxError(`invalid character '${ch}' (U+${hex})`, { line: tok.startLine!, col: tok.startColumn! });
  }
  const i = indexOf(tokens, tok);
  const prev = i > 0 ? tokens[i - 1] : undefined;

  // print "hello"
  if (prev !== undefined && prev.tokenType === T.Name && prev.image === "print" && STARTS_EXPR.has(tok.tokenType) &&
    (i < 2 || [T.Newline, T.Indent, T.Dedent, T.Semicolon].includes(tokens[i - 2].tokenType))) {
    let e = i;
    while (e + 1 < tokens.length && tokens[e + 1].tokenType !== T.Newline && tokens[e + 1].tokenType !== T.Semicolon) e++;
    return syntaxError("Missing parentheses in call to 'print'. Did you mean print(...)?", {
      line: prev.startLine!, col: prev.startColumn!, endLine: tokens[e].endLine!, endCol: tokens[e].endColumn!,
    });
  }

  // f(a b): two expressions side by side inside brackets
  if (prev !== undefined && depthOf(tok) > 0 && STARTS_EXPR.has(tok.tokenType) && ENDS_EXPR.has(prev.tokenType) &&
    tok.tokenType !== T.Not) {
    const s = chainStart(tokens, i - 1);
    const first = tokens[s];
    const nameString = first.tokenType === T.Name && tokens[s + 1]?.tokenType === T.String;
    const soft = first.tokenType === T.Name && SOFT_KEYWORDS.has(first.image);
    if (!nameString && !soft) {
      const e = tokens[chainEnd(tokens, i)];
      return syntaxError("invalid syntax. Perhaps you forgot a comma?", {
        line: first.startLine!, col: first.startColumn!, endLine: e.endLine!, endCol: e.endColumn!,
      });
    }
  }

  // if x = 1:
  if (tok.tokenType === T.Assign && prev !== undefined && prev.tokenType === T.Name && i >= 2 &&
    [T.If, T.Elif, T.While].includes(tokens[i - 2].tokenType)) {
    const e = tokens[chainEnd(tokens, i + 1)];
    return syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", {
      line: prev.startLine!, col: prev.startColumn!, endLine: e.endLine!, endCol: e.endColumn!,
    });
  }

  return syntaxError("invalid syntax", tokLoc(tok));
}
