// Token types of the Python 3.11 lexer (CPython's Grammar/Tokens).
//
// Keywords are not lexed as such: the lexer produces a Name and the
// indentation pass re-types it from KEYWORDS, which keeps the Chevrotain lexer
// small and fast. NEWLINE, INDENT and DEDENT are zero-width tokens inserted by
// that pass; `NL` is the physical line break the pass consumes.

import { createToken, Lexer, type TokenType } from "chevrotain";
import { matchString, matchUnterminatedString } from "./strings.js";

const NA = Lexer.NA;

// ------------------------------------------------------------ categories

/** Binary operators handled by precedence climbing (all but `**`). */
export const BinOp = createToken({ name: "BinOp", pattern: NA });
/** `<`, `>`, `==`, `>=`, `<=`, `!=` (`in`, `not in`, `is`, `is not` are separate). */
export const CompOp = createToken({ name: "CompOp", pattern: NA });
/** `+=`, `-=`, … */
export const AugAssign = createToken({ name: "AugAssign", pattern: NA });
/** Prefix `+`, `-`, `~`. */
export const UnaryOp = createToken({ name: "UnaryOp", pattern: NA });
/** Every keyword. */
export const Keyword = createToken({ name: "Keyword", pattern: NA });

// ------------------------------------------------------------ virtual tokens

export const Newline = createToken({ name: "NEWLINE", pattern: NA });
export const Indent = createToken({ name: "INDENT", pattern: NA });
export const Dedent = createToken({ name: "DEDENT", pattern: NA });
/** The soft keyword `match` once the parser has seen that it starts a match statement. */
export const MatchKw = createToken({ name: "match", pattern: NA });

// ------------------------------------------------------------ lexed tokens

export const Whitespace = createToken({ name: "WS", pattern: /[ \t\f]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: "COMMENT", pattern: /#[^\r\n]*/, group: Lexer.SKIPPED });
export const LineContinuation = createToken({
  name: "CONTINUATION",
  pattern: /\\(?:\r\n?|\n)/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
/** A backslash not followed by a line break: a lexical error. */
export const StrayBackslash = createToken({ name: "BACKSLASH", pattern: /\\/ });
export const NL = createToken({ name: "NL", pattern: /\r\n?|\n/, line_breaks: true });

export const String = createToken({
  name: "STRING",
  pattern: { exec: matchString },
  line_breaks: true,
  start_chars_hint: ["'", '"', "r", "R", "u", "U", "b", "B", "f", "F"],
});
export const UnterminatedString = createToken({
  name: "UNTERMINATED_STRING",
  pattern: { exec: matchUnterminatedString },
  line_breaks: true,
  start_chars_hint: ["'", '"', "r", "R", "u", "U", "b", "B", "f", "F"],
});

const digits = "\\d(?:_?\\d)*";
const exponent = `[eE][+-]?${digits}`;
const pointFloat = `(?:${digits}\\.(?:${digits})?|\\.${digits})`;
export const Number = createToken({
  name: "NUMBER",
  pattern: new RegExp(
    [
      "0[xX](?:_?[0-9a-fA-F])+",
      "0[oO](?:_?[0-7])+",
      "0[bB](?:_?[01])+",
      `${pointFloat}(?:${exponent})?[jJ]?`,
      `${digits}${exponent}[jJ]?`,
      `${digits}[jJ]?`,
    ].join("|"),
  ),
});

export const Name = createToken({
  name: "NAME",
  pattern: /[A-Za-z_\u00AA-\uFFFF][A-Za-z0-9_\u00AA-\uFFFF]*/,
});

function op(name: string, pattern: string, ...categories: TokenType[]): TokenType {
  return createToken({ name, pattern, categories });
}

// Longest first: Chevrotain takes the first pattern that matches.
export const Ellipsis = op("...", "...");
export const DoubleStarEq = op("**=", "**=", AugAssign);
export const DoubleSlashEq = op("//=", "//=", AugAssign);
export const ShiftLeftEq = op("<<=", "<<=", AugAssign);
export const ShiftRightEq = op(">>=", ">>=", AugAssign);
export const Arrow = op("->", "->");
export const Walrus = op(":=", ":=");
export const DoubleStar = op("**", "**");
export const DoubleSlash = op("//", "//", BinOp);
export const ShiftLeft = op("<<", "<<", BinOp);
export const ShiftRight = op(">>", ">>", BinOp);
export const LessEq = op("<=", "<=", CompOp);
export const GreaterEq = op(">=", ">=", CompOp);
export const EqEq = op("==", "==", CompOp);
export const NotEq = op("!=", "!=", CompOp);
export const PlusEq = op("+=", "+=", AugAssign);
export const MinusEq = op("-=", "-=", AugAssign);
export const StarEq = op("*=", "*=", AugAssign);
export const SlashEq = op("/=", "/=", AugAssign);
export const PercentEq = op("%=", "%=", AugAssign);
export const AmperEq = op("&=", "&=", AugAssign);
export const PipeEq = op("|=", "|=", AugAssign);
export const CaretEq = op("^=", "^=", AugAssign);
export const AtEq = op("@=", "@=", AugAssign);
export const Plus = op("+", "+", BinOp, UnaryOp);
export const Minus = op("-", "-", BinOp, UnaryOp);
export const Star = op("*", "*", BinOp);
export const Slash = op("/", "/", BinOp);
export const Percent = op("%", "%", BinOp);
export const At = op("@", "@", BinOp);
export const Amper = op("&", "&", BinOp);
export const Pipe = op("|", "|", BinOp);
export const Caret = op("^", "^", BinOp);
export const Tilde = op("~", "~", UnaryOp);
export const Less = op("<", "<", CompOp);
export const Greater = op(">", ">", CompOp);
export const LParen = op("(", "(");
export const RParen = op(")", ")");
export const LBracket = op("[", "[");
export const RBracket = op("]", "]");
export const LBrace = op("{", "{");
export const RBrace = op("}", "}");
export const Comma = op(",", ",");
export const Colon = op(":", ":");
export const Dot = op(".", ".");
export const Semicolon = op(";", ";");
export const Assign = op("=", "=");
/** Only meaningful inside f-string replacement fields (`!r`). */
export const Exclaim = op("!", "!");

// ------------------------------------------------------------ keywords

function kw(word: string): TokenType {
  return createToken({ name: word, pattern: NA, categories: [Keyword] });
}
export const False = kw("False");
export const None = kw("None");
export const True = kw("True");
export const And = kw("and");
export const As = kw("as");
export const Assert = kw("assert");
export const Async = kw("async");
export const Await = kw("await");
export const Break = kw("break");
export const Class = kw("class");
export const Continue = kw("continue");
export const Def = kw("def");
export const Del = kw("del");
export const Elif = kw("elif");
export const Else = kw("else");
export const Except = kw("except");
export const Finally = kw("finally");
export const For = kw("for");
export const From = kw("from");
export const Global = kw("global");
export const If = kw("if");
export const Import = kw("import");
export const In = kw("in");
export const Is = kw("is");
export const Lambda = kw("lambda");
export const Nonlocal = kw("nonlocal");
export const Not = kw("not");
export const Or = kw("or");
export const Pass = kw("pass");
export const Raise = kw("raise");
export const Return = kw("return");
export const Try = kw("try");
export const While = kw("while");
export const With = kw("with");
export const Yield = kw("yield");

export const KEYWORDS: ReadonlyMap<string, TokenType> = new Map(
  [
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,
  ].map((t) => [t.name, t]),
);

/** Token types in the order the lexer tries them. */
export const LEXER_TOKENS: TokenType[] = [
  Whitespace, Comment, LineContinuation, StrayBackslash, NL,
  String, UnterminatedString, Number, Name,
  Ellipsis, DoubleStarEq, DoubleSlashEq, ShiftLeftEq, ShiftRightEq, Arrow, Walrus, DoubleStar,
  DoubleSlash, ShiftLeft, ShiftRight, LessEq, GreaterEq, EqEq, NotEq, PlusEq, MinusEq, StarEq,
  SlashEq, PercentEq, AmperEq, PipeEq, CaretEq, AtEq, Plus, Minus, Star, Slash, Percent, At, Amper,
  Pipe, Caret, Tilde, Less, Greater, LParen, RParen, LBracket, RBracket, LBrace, RBrace, Comma,
  Colon, Dot, Semicolon, Assign, Exclaim,
];

/** The parser's vocabulary. */
export const ALL_TOKENS: TokenType[] = [
  ...LEXER_TOKENS,
  Newline, Indent, Dedent, MatchKw,
  ...KEYWORDS.values(),
  BinOp, CompOp, AugAssign, UnaryOp, Keyword,
];
