// The tokenizer: Chevrotain's lexer for the tokens themselves, then a pure
// pass over the token array (as pyright's tokenizer and CPython's
// Parser/tokenizer.c) that
//   - gives every token its 1-based line and 0-based columns,
//   - re-types keywords,
//   - drops physical line breaks inside brackets and on blank or
//     comment-only lines, and turns the others into NEWLINE,
//   - inserts zero-width INDENT/DEDENT tokens (tabs to 8-column stops,
//     checked against a 1-column tab size as CPython does for TabError),
//   - reports the tokenizer's own errors (unterminated strings, unmatched
//     brackets, bad numbers and characters).
//
// CPython raises most tokenizer errors even when the parser fails earlier
// ("strong" errors: they are thrown here). An inconsistent dedent, a
// TabError, a stray backslash and end of input inside brackets are only
// reported if the parser gets that far; they come back as `pending`.

import { createTokenInstance, Lexer, type IToken, type TokenType } from "chevrotain";
import * as T from "./tokens.js";
import { indentationError, PyParseError, syntaxError } from "./errors.js";

let lexer: Lexer | null = null;

function getLexer(): Lexer {
  if (lexer === null) {
    lexer = new Lexer(T.LEXER_TOKENS, {
      positionTracking: "onlyOffset",
      ensureOptimizations: true,
      skipValidations: true,
    });
  }
  return lexer;
}

/** An error the parser reports only if it reaches `offset` (or, for "eof", by CPython's rule). */
export interface PendingError {
  readonly error: PyParseError;
  readonly kind: "reached" | "eof";
  /** For "eof": the line of the innermost unclosed bracket. */
  readonly parenLine: number;
}

export interface TokenStream {
  readonly tokens: IToken[];
  readonly pending: PendingError | null;
}

/** Offsets of line starts, for turning offsets into line/column. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  let i = source.indexOf("\n");
  while (i >= 0) {
    starts.push(i + 1);
    i = source.indexOf("\n", i + 1);
  }
  return starts;
}

/** The type given to characters the lexer cannot match: the grammar never accepts it. */
export const ErrorToken: TokenType = T.Exclaim; // re-used: the grammar never accepts a bare `!`

const OPENERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

const IDENT_RE = /^[\p{L}\p{Nl}_\u1885\u1886\u2118\u212E\u309B\u309C][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u00B7\u0387\u1369-\u1371\u19DA\u1885\u1886\u2118\u212E\u309B\u309C]*$/u;

function invalidCharacter(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase().padStart(4, "0");
  return `invalid character '${ch}' (U+${hex})`;
}

function numberKindMessage(image: string, next: string): string {
  const p = image.slice(0, 2).toLowerCase();
  if (p === "0x") return "invalid hexadecimal literal";
  if (p === "0o") return /[0-9]/.test(next) ? `invalid digit '${next}' in octal literal` : "invalid octal literal";
  if (p === "0b") return /[0-9]/.test(next) ? `invalid digit '${next}' in binary literal` : "invalid binary literal";
  if (/[jJ]$/.test(image)) return "invalid imaginary literal";
  return "invalid decimal literal";
}

/**
 * Tokenizes `text`, whose first character sits at `base` in the file whose
 * line starts are `starts`. In `fieldMode` (f-string replacement
 * fields, lexed as `(expr)`) no NEWLINE/INDENT/DEDENT is produced.
 */
export function tokenize(text: string, starts: readonly number[], base = 0, fieldMode = false): TokenStream {
  const lexed = getLexer().tokenize(text);
  let raw = lexed.tokens;
  if (lexed.errors.length > 0) raw = mergeLexerErrors(text, raw, lexed.errors);

  const out: IToken[] = [];
  // position cursor
  let lineIdx = 0;
  const pos = (offset: number): [number, number] => {
    while (lineIdx + 1 < starts.length && starts[lineIdx + 1] <= offset) lineIdx++;
    while (lineIdx > 0 && starts[lineIdx] > offset) lineIdx--;
    return [lineIdx + 1, offset - starts[lineIdx]];
  };
  const src = fieldMode ? null : text;
  const indents = [0];
  const altIndents = [0];
  const brackets: IToken[] = [];
  let atLineStart = true;
  let pending: PendingError | null = null;
  const f = fieldMode ? "f-string: " : "";

  const virtual = (type: TokenType, offset: number, line: number, col: number): IToken =>
    createTokenInstance(type, "", offset, offset - 1, line, line, col, col);

  for (let k = 0; k < raw.length; k++) {
    const tok = raw[k];
    const type = tok.tokenType;
    const start = tok.startOffset + base;
    const [line, col] = pos(start);
    tok.startOffset = start;
    tok.endOffset = start + tok.image.length - 1;
    tok.startLine = line;
    tok.startColumn = col;
    if (type === T.String || type === T.UnterminatedString) {
      const [eline, ecol] = pos(tok.endOffset);
      tok.endLine = eline;
      tok.endColumn = ecol + 1;
      lineIdx = line - 1;
    } else {
      tok.endLine = line;
      tok.endColumn = col + tok.image.length;
    }

    if (type === T.NL) {
      if (brackets.length === 0 && !atLineStart) {
        out.push(virtual(T.Newline, start, line, col));
        atLineStart = true;
      }
      continue;
    }
    if (atLineStart && brackets.length === 0 && src !== null) {
      // Measure the indentation of this logical line.
      const ls = starts[line - 1] - base;
      let width = 0;
      let alt = 0;
      for (let i = ls; i < tok.startOffset - base; i++) {
        const c = src.charCodeAt(i);
        if (c === 32) {
          width++;
          alt++;
        } else if (c === 9) {
          width = (Math.floor(width / 8) + 1) * 8;
          alt++;
        } else if (c === 12) {
          width = alt = 0;
        }
      }
      const top = indents[indents.length - 1];
      const altTop = altIndents[altIndents.length - 1];
      const tabError = () =>
        new PyParseError("TabError", "inconsistent use of tabs and spaces in indentation", { line, col: 0 });
      if (width === top) {
        if (alt !== altTop) {
          pending = { error: tabError(), kind: "reached", parenLine: 0 };
          break;
        }
      } else if (width > top) {
        if (alt <= altTop) {
          pending = { error: tabError(), kind: "reached", parenLine: 0 };
          break;
        }
        indents.push(width);
        altIndents.push(alt);
        out.push(virtual(T.Indent, start, line, col));
      } else {
        while (indents.length > 1 && width < indents[indents.length - 1]) {
          indents.pop();
          altIndents.pop();
          out.push(virtual(T.Dedent, start, line, col));
        }
        if (width !== indents[indents.length - 1]) {
          const lineText = lineOf(text, ls);
          pending = {
            error: indentationError("unindent does not match any outer indentation level", {
              line,
              col: lineText.length,
            }),
            kind: "reached",
            parenLine: 0,
          };
          // the DEDENTs already queued stay: CPython fails when it reads this token
          break;
        }
        if (alt !== altIndents[altIndents.length - 1]) {
          pending = { error: tabError(), kind: "reached", parenLine: 0 };
          break;
        }
      }
    }
    atLineStart = false;
    (tok as { depth?: number }).depth = brackets.length;

    switch (type) {
      case T.Name: {
        const kwType = T.KEYWORDS.get(tok.image);
        if (kwType !== undefined) {
          tok.tokenType = kwType;
          tok.tokenTypeIdx = kwType.tokenTypeIdx!;
        } else if (!isAscii(tok.image) && !IDENT_RE.test(tok.image)) {
          const bad = [...tok.image].find((ch, i) => !IDENT_RE.test(i === 0 ? ch : "a" + ch)) ?? tok.image[0];
          const at = tok.image.indexOf(bad);
          throw syntaxError(f + invalidCharacter(bad), { line, col: col + at });
        }
        break;
      }
      case T.Number: {
        const next = raw[k + 1];
        if (next !== undefined && next.startOffset + base === tok.endOffset + 1) {
          const nt = next.tokenType;
          if (nt === T.Name || nt === T.Number) {
            const ch = next.image[0];
            // `1if x else y` and `0x1for` are accepted by 3.11 with a warning
            if (!(nt === T.Name && /^(and|else|for|if|in|is|not|or)\b/.test(next.image) && !/^[eEjJ]/.test(ch))) {
              throw syntaxError(f + numberKindMessage(tok.image, ch), { line, col });
            }
          }
        }
        if (/^0[0-9_]*[1-9]/.test(tok.image) && /^[0-9_]+$/.test(tok.image)) {
          throw syntaxError(
            f + "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            { line, col, endCol: col + 1 },
          );
        }
        break;
      }
      case T.UnterminatedString: {
        const triple = /^[a-zA-Z]*('''|""")/.test(tok.image);
        const detected = triple ? (text.endsWith("\n") ? starts.length - 1 : starts.length) : line;
        const kind = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
        throw syntaxError(`${f}${kind} (detected at line ${detected})`, { line, col });
      }
      case T.StrayBackslash:
        pending = {
          error: syntaxError(f + "unexpected character after line continuation character", { line, col: col + 1 }),
          kind: "reached",
          parenLine: 0,
        };
        break;
      case T.LParen:
      case T.LBracket:
      case T.LBrace:
        if (brackets.length >= 200) throw syntaxError(f + "too many nested parentheses", { line, col });
        brackets.push(tok);
        break;
      case ErrorToken:
        if ((tok as { payload?: unknown }).payload === "invalid") {
          throw syntaxError(f + invalidCharacter(tok.image), { line, col });
        }
        break;
      case T.RParen:
      case T.RBracket:
      case T.RBrace: {
        const open = brackets.pop();
        if (open === undefined) throw syntaxError(`${f}unmatched '${tok.image}'`, { line, col });
        if (OPENERS[open.image] !== tok.image) {
          const where = open.startLine !== line ? ` on line ${open.startLine}` : "";
          throw syntaxError(
            `${f}closing parenthesis '${tok.image}' does not match opening parenthesis '${open.image}'${where}`,
            { line, col },
          );
        }
        break;
      }
    }
    if (pending !== null) break;
    out.push(tok);
  }

  if (pending === null) {
    if (brackets.length > 0) {
      const open = brackets[brackets.length - 1];
      pending = {
        error: syntaxError(`${f}'${open.image}' was never closed`, { line: open.startLine!, col: open.startColumn! }),
        kind: "eof",
        parenLine: open.startLine!,
      };
    } else if (src !== null) {
      const end = base + text.length;
      const [line, col] = pos(end);
      if (!atLineStart) out.push(virtual(T.Newline, end, line, col));
      const eofLine = col === 0 ? line : line + 1;
      while (indents.length > 1) {
        indents.pop();
        out.push(virtual(T.Dedent, end, eofLine, 0));
      }
    }
  }
  return { tokens: out, pending };
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function lineOf(text: string, start: number): string {
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * Characters the lexer could not match: non-ASCII ones are CPython's
 * "invalid character" (thrown when reached in the token order); ASCII ones
 * (`$`, `?`, `` ` ``) become error tokens the grammar rejects.
 */
function mergeLexerErrors(
  text: string,
  tokens: IToken[],
  errors: readonly { offset: number; length: number }[],
): IToken[] {
  const extra: IToken[] = [];
  for (const e of errors) {
    for (let i = e.offset; i < e.offset + e.length; i++) {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      const t = createTokenInstance(ErrorToken, ch, i, i + ch.length - 1, 0, 0, 0, 0);
      if (cp > 127) (t as { payload?: unknown }).payload = "invalid";
      extra.push(t);
      if (ch.length > 1) i++;
    }
  }
  return [...tokens, ...extra].sort((a, b) => a.startOffset - b.startOffset);
}
