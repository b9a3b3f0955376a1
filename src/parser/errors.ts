// Syntax errors: the record handed to callers, the internal exception that
// carries one out of the lexer/parser, and CPython 3.11's rendering of an
// uncaught SyntaxError (Python/pythonrun.c, print_error_text).

export interface PySyntaxError {
  readonly type: "SyntaxError" | "IndentationError" | "TabError";
  readonly message: string;
  readonly filename: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based column of the caret, as CPython's SyntaxError.offset. */
  readonly col: number;
  /** 1-based, exclusive, where CPython prints several carets. */
  readonly endCol?: number;
  /** The offending source line without its newline. */
  readonly text: string;
}

export type ErrorType = PySyntaxError["type"];

/** Where an error points: 1-based line, 0-based columns, end on the same line or later. */
export interface ErrorLocation {
  readonly line: number;
  readonly col: number;
  readonly endLine?: number;
  readonly endCol?: number;
}

/** Thrown inside the front end; parse() turns it into a PySyntaxError. */
export class PyParseError extends Error {
  constructor(
    readonly errorType: ErrorType,
    readonly pyMessage: string,
    readonly loc: ErrorLocation,
    /** The source text to show instead of the file's line (f-string fields). */
    readonly text?: string,
  ) {
    super(pyMessage);
  }
}

export function syntaxError(message: string, loc: ErrorLocation): PyParseError {
  return new PyParseError("SyntaxError", message, loc);
}

export function indentationError(message: string, loc: ErrorLocation): PyParseError {
  return new PyParseError("IndentationError", message, loc);
}

/** Builds the caller-facing record; `lines` are the source lines (no newlines). */
export function toPySyntaxError(e: PyParseError, filename: string, lines: readonly string[]): PySyntaxError {
  const { line, col } = e.loc;
  const text = e.text ?? lines[line - 1] ?? "";
  const offset = col + 1;
  let endCol: number | undefined;
  if (e.loc.endCol !== undefined && e.errorType === "SyntaxError") {
    if (e.loc.endLine !== undefined && e.loc.endLine > line) endCol = text.length + 1;
    else endCol = e.loc.endCol + 1;
  }
  const err: PySyntaxError = { type: e.errorType, message: e.pyMessage, filename, line, col: offset, text };
  return endCol !== undefined && endCol > offset ? { ...err, endCol } : err;
}

/** What CPython 3.11 writes to stderr for an uncaught SyntaxError in a script. */
export function formatSyntaxError(e: PySyntaxError): string {
  let out = `  File "${e.filename}", line ${e.line}\n`;
  let text = e.text;
  const reps = e.endCol !== undefined && e.endCol > e.col ? e.endCol - e.col : 1;
  let offset = e.col - 1;
  let i = 0;
  while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\f")) {
    i++;
    offset--;
  }
  text = text.slice(i);
  if (offset > text.length) offset = text.length;
  out += `    ${text}\n`;
  if (offset >= 0) out += `    ${" ".repeat(offset)}${"^".repeat(reps)}\n`;
  out += `${e.type}: ${e.message}\n`;
  return out;
}
