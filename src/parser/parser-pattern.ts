// Match-statement patterns (CPython's Grammar/python.gram, "Pattern matching").

import type { IToken } from "chevrotain";
import type * as A from "./ast.js";
import * as T from "./tokens.js";
import { AtomParser } from "./parser-atoms.js";
import { loc, span } from "./builders.js";
import { syntaxError } from "./errors.js";

type ClassArg = { kw: IToken | null; pattern: A.Pattern };
type MappingItem = { rest: IToken } | { key: A.Pattern; pattern: A.Pattern };

export abstract class PatternParser extends AtomParser {
  // patterns: open_sequence_pattern | pattern
  patterns = this.RULE("patterns", (): A.Pattern => {
    const first = this.SUBRULE(this.maybeStarPattern);
    const elts = [first];
    this.MANY({
      GATE: () => !this.isNext(T.Colon, 2) && !this.isNext(T.If, 2),
      DEF: () => {
        this.CONSUME(T.Comma);
        elts.push(this.SUBRULE2(this.maybeStarPattern));
      },
    });
    const trailing = this.OPTION(() => this.CONSUME2(T.Comma));
    return this.ACTION((): A.Pattern => {
      if (elts.length === 1 && trailing === undefined) {
        if (first.kind === "MatchStar") throw syntaxError("invalid syntax", loc(first));
        return first;
      }
      return { kind: "MatchSequence", patterns: elts, ...span(first, trailing ?? elts[elts.length - 1]) };
    });
  });

  // maybe_star_pattern: '*' NAME | pattern
  maybeStarPattern = this.RULE("maybeStarPattern", (): A.Pattern =>
    this.OR([
      {
        ALT: () => {
          const star = this.CONSUME(T.Star);
          const name = this.CONSUME(T.Name);
          return this.ACTION(
            (): A.Pattern => ({ kind: "MatchStar", name: name.image === "_" ? null : name.image, ...span(star, name) }),
          );
        },
      },
      { ALT: () => this.SUBRULE(this.pattern) },
    ]),
  );

  // pattern: or_pattern ['as' NAME]
  pattern = this.RULE("pattern", (): A.Pattern => {
    const p = this.SUBRULE(this.orPattern);
    let result = p;
    this.OPTION(() => {
      this.CONSUME(T.As);
      const name = this.CONSUME(T.Name);
      result = this.ACTION((): A.Pattern => {
        if (name.image === "_") throw syntaxError("cannot use '_' as a target", loc(name));
        return { kind: "MatchAs", pattern: p, name: name.image, ...span(p, name) };
      });
    });
    return result;
  });

  // or_pattern: '|'.closed_pattern+
  orPattern = this.RULE("orPattern", (): A.Pattern => {
    const alts = [this.SUBRULE(this.closedPattern)];
    this.MANY(() => {
      this.CONSUME(T.Pipe);
      alts.push(this.SUBRULE2(this.closedPattern));
    });
    return this.ACTION(() =>
      alts.length === 1 ? alts[0] : { kind: "MatchOr", patterns: alts, ...span(alts[0], alts[alts.length - 1]) },
    );
  });

  // closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
  closedPattern = this.RULE("closedPattern", (): A.Pattern =>
    this.OR([
      { ALT: () => this.SUBRULE(this.numberPattern) },
      {
        ALT: () => {
          const toks: IToken[] = [];
          this.AT_LEAST_ONE(() => toks.push(this.CONSUME(T.String)));
          return this.ACTION((): A.Pattern => {
            const value = this.strings(toks);
            if (value.kind === "JoinedStr") {
              throw syntaxError("patterns may only match literals and attribute lookups", loc(value));
            }
            return { kind: "MatchValue", value, ...span(value) };
          });
        },
      },
      { ALT: () => this.singleton(this.CONSUME(T.None), null) },
      { ALT: () => this.singleton(this.CONSUME(T.True), true) },
      { ALT: () => this.singleton(this.CONSUME(T.False), false) },
      { ALT: () => this.SUBRULE(this.namePattern) },
      { ALT: () => this.SUBRULE(this.groupPattern) },
      {
        ALT: () => {
          const open = this.CONSUME(T.LBracket);
          const elts = this.OPTION(() => this.SUBRULE(this.patternList)) ?? [];
          const close = this.CONSUME(T.RBracket);
          return this.ACTION((): A.Pattern => ({ kind: "MatchSequence", patterns: elts, ...span(open, close) }));
        },
      },
      { ALT: () => this.SUBRULE(this.mappingPattern) },
    ]),
  );

  // signed_number ['+'|'-' NUMBER]   (a real and an imaginary part make a complex literal)
  numberPattern = this.RULE("numberPattern", (): A.Pattern => {
    const minus = this.OPTION(() => this.CONSUME(T.Minus));
    const num = this.CONSUME(T.Number);
    let op: IToken | undefined;
    let imag: IToken | undefined;
    this.OPTION2(() => {
      op = this.OR([{ ALT: () => this.CONSUME(T.Plus) }, { ALT: () => this.CONSUME2(T.Minus) }]);
      imag = this.CONSUME2(T.Number);
    });
    return this.ACTION((): A.Pattern => {
      const c = this.number(num);
      let value: A.Expr = minus ? { kind: "UnaryOp", op: "-", operand: c, ...span(minus, num) } : c;
      if (op !== undefined && imag !== undefined) {
        const im = this.number(imag);
        if (c.value.type === "imag") throw syntaxError("real number required in complex literal", loc(c));
        if (im.value.type !== "imag") throw syntaxError("imaginary number required in complex literal", loc(im));
        value = { kind: "BinOp", left: value, op: op.image as "+" | "-", right: im, ...span(value, im) };
      }
      return { kind: "MatchValue", value, ...span(value) };
    });
  });

  // capture | wildcard | value: NAME ('.' NAME)*;  class_pattern: name_or_attr '(' [pattern_arguments] ')'
  namePattern = this.RULE("namePattern", (): A.Pattern => {
    const first = this.CONSUME(T.Name);
    const attrs: IToken[] = [];
    this.MANY(() => {
      this.CONSUME(T.Dot);
      attrs.push(this.CONSUME2(T.Name));
    });
    let args: ClassArg[] | null = null;
    let close: IToken | null = null;
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      args = this.OPTION2(() => this.SUBRULE(this.classArgs)) ?? [];
      close = this.CONSUME(T.RParen);
    });
    return this.ACTION((): A.Pattern => {
      let value: A.Expr = this.name(first);
      for (const a of attrs) value = { kind: "Attribute", value, attr: a.image, ctx: "load", ...span(first, a) };
      if (args !== null) {
        const patterns: A.Pattern[] = [];
        const kwdAttrs: string[] = [];
        const kwdPatterns: A.Pattern[] = [];
        for (const a of args as ClassArg[]) {
          if (a.kw === null) {
            if (kwdAttrs.length > 0) throw syntaxError("positional patterns follow keyword patterns", loc(a.pattern));
            patterns.push(a.pattern);
          } else {
            kwdAttrs.push(a.kw.image);
            kwdPatterns.push(a.pattern);
          }
        }
        return { kind: "MatchClass", cls: value, patterns, kwdAttrs, kwdPatterns, ...span(first, close!) };
      }
      if (attrs.length > 0) return { kind: "MatchValue", value, ...span(value) };
      return { kind: "MatchAs", pattern: null, name: first.image === "_" ? null : first.image, ...span(first) };
    });
  });

  // pattern_arguments: ','.(NAME '=' pattern | pattern)+ [',']
  classArgs = this.RULE("classArgs", (): ClassArg[] => {
    const args = [this.SUBRULE(this.classArg)];
    this.MANY({
      GATE: () => !this.isNext(T.RParen, 2),
      DEF: () => {
        this.CONSUME(T.Comma);
        args.push(this.SUBRULE2(this.classArg));
      },
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return args;
  });

  classArg = this.RULE("classArg", (): ClassArg =>
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.isNext(T.Name) && this.isNext(T.Assign, 2),
          ALT: () => {
            const kw = this.CONSUME(T.Name);
            this.CONSUME(T.Assign);
            const pattern = this.SUBRULE(this.pattern);
            return { kw, pattern };
          },
        },
        { ALT: () => ({ kw: null, pattern: this.SUBRULE2(this.pattern) }) },
      ],
    }),
  );

  // maybe_sequence_pattern: ','.maybe_star_pattern+ [',']  (returns the elements and whether a comma was seen)
  patternList = this.RULE("patternList", (): A.Pattern[] & { comma?: boolean } => {
    const elts: A.Pattern[] & { comma?: boolean } = [this.SUBRULE(this.maybeStarPattern)];
    this.MANY({
      GATE: () => !this.isNext(T.RBracket, 2) && !this.isNext(T.RParen, 2),
      DEF: () => {
        this.CONSUME(T.Comma);
        elts.push(this.SUBRULE2(this.maybeStarPattern));
        elts.comma = true;
      },
    });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      elts.comma = true;
    });
    return elts;
  });

  // group_pattern: '(' pattern ')';  sequence: '(' [open_sequence_pattern] ')'
  groupPattern = this.RULE("groupPattern", (): A.Pattern => {
    const open = this.CONSUME(T.LParen);
    const elts = this.OPTION(() => this.SUBRULE(this.patternList));
    const close = this.CONSUME(T.RParen);
    return this.ACTION((): A.Pattern => {
      if (elts !== undefined && elts.length === 1 && !elts.comma && elts[0].kind !== "MatchStar") return elts[0];
      return { kind: "MatchSequence", patterns: elts ?? [], ...span(open, close) };
    });
  });

  // mapping_pattern: '{' [items_pattern] [',' '**' NAME] [','] '}'
  mappingPattern = this.RULE("mappingPattern", (): A.Pattern => {
    const open = this.CONSUME(T.LBrace);
    const items: MappingItem[] = [];
    this.OPTION(() => {
      items.push(this.SUBRULE(this.mappingItem));
      this.MANY({
        GATE: () => !this.isNext(T.RBrace, 2),
        DEF: () => {
          this.CONSUME(T.Comma);
          items.push(this.SUBRULE2(this.mappingItem));
        },
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    const close = this.CONSUME(T.RBrace);
    return this.ACTION((): A.Pattern => {
      const keys: A.Expr[] = [];
      const patterns: A.Pattern[] = [];
      let rest: string | null = null;
      for (const it of items) {
        if (rest !== null) throw syntaxError("invalid syntax", loc("rest" in it ? it.rest : it.key));
        if ("rest" in it) rest = it.rest.image;
        else {
          keys.push(this.mappingKey(it.key));
          patterns.push(it.pattern);
        }
      }
      return { kind: "MatchMapping", keys, patterns, rest, ...span(open, close) };
    });
  });

  // key_value_pattern: (literal_expr | attr) ':' pattern | double_star_pattern: '**' NAME
  mappingItem = this.RULE("mappingItem", (): MappingItem =>
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.DoubleStar);
          return { rest: this.CONSUME(T.Name) };
        },
      },
      {
        ALT: () => {
          const key = this.SUBRULE(this.closedPattern);
          this.CONSUME(T.Colon);
          return { key, pattern: this.SUBRULE(this.pattern) };
        },
      },
    ]),
  );

  private singleton(tok: IToken, value: true | false | null): A.Pattern {
    return { kind: "MatchSingleton", value, ...span(tok) };
  }

  private mappingKey(p: A.Pattern): A.Expr {
    if (p.kind === "MatchValue") return p.value;
    if (p.kind === "MatchSingleton") {
      const v: A.ConstantValue = p.value === null ? { type: "None" } : { type: "bool", value: p.value };
      return { kind: "Constant", value: v, ...span(p) };
    }
    throw syntaxError("mapping pattern keys may only match literals and attribute lookups", loc(p));
  }
}
