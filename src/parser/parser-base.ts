// The Chevrotain parser's foundation: configuration, per-parse state and
// the helpers grammar actions share (literals, strings, lookahead tests).
// The grammar itself is layered on top: parser-expr.ts (expressions),
// parser-pattern.ts (match patterns), parser-stmt.ts (statements).

import {
  EmbeddedActionsParser,
  EOF,
  LLkLookaheadStrategy,
  type ILLkLookaheadValidator,
  type ILookaheadStrategy,
  type IToken,
  type TokenType,
} from "chevrotain";
import type * as A from "./ast.js";
import * as T from "./tokens.js";
import { span } from "./builders.js";
import { syntaxError } from "./errors.js";
import { parseFStringBody, joinParts, type StrPart } from "./fstring.js";
import { decodeBytes, decodeStr, stringPrefix, StringDecodeError } from "./strings.js";

function validateGrammar(): boolean {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return Boolean(proc?.env?.PYASYNC_VALIDATE_GRAMMAR);
}

/** A replacement-field expression whose parse waits until the enclosing parse is done. */
export interface PendingField {
  readonly placeholder: A.Expr;
  readonly text: string;
  readonly offset: number;
}

const EXPR_START: ReadonlySet<TokenType> = new Set([
  T.Name, T.Number, T.String, T.LParen, T.LBracket, T.LBrace, T.Minus, T.Plus, T.Tilde, T.Not,
  T.Lambda, T.Await, T.Star, T.Ellipsis, T.None, T.True, T.False, T.DoubleStar, T.Yield,
]);

type Strategy = ILookaheadStrategy & ILLkLookaheadValidator;
type AltsOptions = Parameters<ILookaheadStrategy["buildLookaheadForAlternation"]>[0];
type AltsLookahead = ReturnType<ILookaheadStrategy["buildLookaheadForAlternation"]>;
type OptionalOptions = Parameters<ILookaheadStrategy["buildLookaheadForOptional"]>[0];
type OptionalLookahead = ReturnType<ILookaheadStrategy["buildLookaheadForOptional"]>;

/**
 * Chevrotain's LL(k) lookahead, with each decision's function built the first
 * time the parser reaches that decision instead of all of them when the
 * parser is made: start-up then pays only for the part of the grammar a
 * program uses. The functions built are the same, so the parses are too.
 */
function lazyLookahead(maxLookahead: number): Strategy {
  const llk = new LLkLookaheadStrategy({ maxLookahead });
  return {
    validate: (options) => llk.validate(options),
    validateNoLeftRecursion: (rules) => llk.validateNoLeftRecursion(rules),
    validateEmptyOrAlternatives: (rules) => llk.validateEmptyOrAlternatives(rules),
    validateAmbiguousAlternationAlternatives: (rules, k) => llk.validateAmbiguousAlternationAlternatives(rules, k),
    validateSomeNonEmptyLookaheadPath: (rules, k) => llk.validateSomeNonEmptyLookaheadPath(rules, k),
    buildLookaheadForAlternation(options: AltsOptions): AltsLookahead {
      let fn: AltsLookahead | undefined;
      return function (this: unknown, alts) {
        fn ??= llk.buildLookaheadForAlternation(options);
        return fn.call(this, alts);
      };
    },
    buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
      let fn: OptionalLookahead | undefined;
      return function (this: unknown) {
        fn ??= llk.buildLookaheadForOptional(options);
        return fn.call(this);
      };
    },
  };
}

/** Chevrotain 11's switch into grammar recording (internal API, see ParserBase). */
interface GrammarRecorder {
  enableRecording(): void;
  RECORDING_PHASE: boolean;
}

/** A parser's own prototype while its grammar is being recorded. */
const classPrototypes = new WeakMap<object, object>();

export abstract class ParserBase extends EmbeddedActionsParser {
  /** Expressions written inside parentheses (for `simple` and error messages). */
  protected parenthesized = new Set<A.Expr>();
  /** f-string fields still to parse. */
  pendingFields: PendingField[] = [];

  constructor() {
    super(T.ALL_TOKENS, {
      maxLookahead: 1,
      recoveryEnabled: false,
      skipValidations: !validateGrammar(),
      lookaheadStrategy: lazyLookahead(1),
    });
  }

  // Chevrotain records the grammar (performSelfAnalysis) by putting recording
  // versions of CONSUME, SUBRULE, OR, ... on the parser object, then deleting
  // them. By then the parser object is a prototype (Chevrotain's
  // toFastProperties), and V8 rebuilds a prototype's whole property layout
  // after each of those ~90 deletes, which took longer than the recording
  // itself. These two overrides put the recording methods on an object
  // between the parser and its class for the recording, then take it out.

  /** @internal Chevrotain calls this before recording the grammar. */
  enableRecording(): void {
    const proto = Object.getPrototypeOf(this) as object;
    const recording = Object.create(proto) as GrammarRecorder;
    (EmbeddedActionsParser.prototype as unknown as GrammarRecorder).enableRecording.call(recording);
    classPrototypes.set(this, proto);
    Object.setPrototypeOf(this, recording);
    (this as unknown as GrammarRecorder).RECORDING_PHASE = true;
  }

  /** @internal Chevrotain calls this after recording the grammar. */
  disableRecording(): void {
    (this as unknown as GrammarRecorder).RECORDING_PHASE = false;
    const proto = classPrototypes.get(this);
    if (proto !== undefined) {
      Object.setPrototypeOf(this, proto);
      classPrototypes.delete(this);
    }
  }

  /** Clears per-parse state. */
  resetState(): void {
    this.parenthesized = new Set();
    this.pendingFields = [];
  }

  /** Has the parser consumed all its input? (For errors thrown from actions.) */
  atEnd(): boolean {
    return this.LA(1).tokenType === EOF;
  }

  /** Does the token `n` ahead start an expression (or a `*`/`**` element)? */
  protected startsExpr(n: number): boolean {
    return EXPR_START.has(this.LA(n).tokenType);
  }

  protected isNext(type: TokenType, n = 1): boolean {
    return this.LA(n).tokenType === type;
  }

  protected name(tok: IToken, ctx: A.ExprContext = "load"): A.Name {
    return { kind: "Name", id: tok.image, ctx, ...span(tok) };
  }

  protected constant(tok: IToken, value: A.ConstantValue): A.Constant {
    return { kind: "Constant", value, ...span(tok) };
  }

  protected number(tok: IToken): A.Constant {
    const text = tok.image.replace(/_/g, "");
    const lower = text.toLowerCase();
    let value: A.ConstantValue;
    if (lower.endsWith("j")) value = { type: "imag", value: parseFloat(text.slice(0, -1)) };
    else if (/^0[xob]/.test(lower)) value = { type: "int", value: BigInt(lower) };
    else if (/[.e]/.test(lower)) value = { type: "float", value: parseFloat(text) };
    else value = { type: "int", value: BigInt(text) };
    return this.constant(tok, value);
  }

  protected markParens<E extends A.Expr>(e: E): E {
    this.parenthesized.add(e);
    return e;
  }

  /** Adjacent string literals: one Constant, or a JoinedStr if any is an f-string. */
  protected strings(toks: IToken[]): A.Expr {
    const where = span(toks[0], toks[toks.length - 1]);
    const bytesCount = toks.filter((t) => stringPrefix(t.image).bytes).length;
    if (bytesCount > 0 && bytesCount < toks.length) {
      throw syntaxError("cannot mix bytes and nonbytes literals", { line: where.endLine, col: where.endCol });
    }
    try {
      if (bytesCount > 0) {
        const chunks = toks.map((t) => {
          const p = stringPrefix(t.image);
          return decodeBytes(t.image.slice(p.prefixLen + p.quoteLen, t.image.length - p.quoteLen), p.raw);
        });
        const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
        let at = 0;
        for (const c of chunks) {
          all.set(c, at);
          at += c.length;
        }
        return { kind: "Constant", value: { type: "bytes", value: all }, ...where };
      }
      const parts: StrPart[] = [];
      let isF = false;
      for (const t of toks) {
        const p = stringPrefix(t.image);
        const body = t.image.slice(p.prefixLen + p.quoteLen, t.image.length - p.quoteLen);
        if (p.fstring) {
          isF = true;
          const base = t.startOffset + p.prefixLen + p.quoteLen;
          parts.push(...parseFStringBody(body, base, p.raw, where, (text, offset) => this.deferField(text, offset)));
        } else {
          parts.push({ text: p.raw ? body : decodeStr(body) });
        }
      }
      if (isF) return { kind: "JoinedStr", values: joinParts(parts, where), ...where };
      let s = "";
      for (const p of parts) s += (p as { text: string }).text;
      return { kind: "Constant", value: { type: "str", value: s }, ...where };
    } catch (e) {
      if (e instanceof StringDecodeError) throw syntaxError(e.message, { line: where.endLine, col: where.endCol });
      throw e;
    }
  }

  private deferField(text: string, offset: number): A.Expr {
    const placeholder = {} as A.Expr;
    this.pendingFields.push({ placeholder, text, offset });
    return placeholder;
  }
}
