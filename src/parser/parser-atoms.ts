// Atoms (CPython's Grammar/python.gram, "Atoms", "Literals", "Comprehensions &
// Generators"): names, literals, parenthesized forms, list/set/dict displays,
// comprehensions, targets of for-clauses and yield expressions.

import { EOF, type IToken } from "chevrotain";
import type * as A from "./ast.js";
import * as T from "./tokens.js";
import { ExprParser } from "./parser-expr.js";
import { loc, span, toTarget } from "./builders.js";
import { syntaxError } from "./errors.js";

export abstract class AtomParser extends ExprParser {
  // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp | list | listcomp
  //     | dict | set | dictcomp | setcomp | '...'
  atom = this.RULE("atom", (): A.Expr =>
    this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.Name);
          return this.ACTION(() => this.name(t) as A.Expr);
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.Number);
          return this.ACTION(() => this.number(t));
        },
      },
      {
        ALT: () => {
          const toks: IToken[] = [];
          this.AT_LEAST_ONE(() => toks.push(this.CONSUME(T.String)));
          return this.ACTION(() => this.strings(toks));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.None);
          return this.ACTION(() => this.constant(t, { type: "None" }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.True);
          return this.ACTION(() => this.constant(t, { type: "bool", value: true }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.False);
          return this.ACTION(() => this.constant(t, { type: "bool", value: false }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.Ellipsis);
          return this.ACTION(() => this.constant(t, { type: "Ellipsis" }));
        },
      },
      { ALT: () => this.SUBRULE(this.parenAtom) },
      { ALT: () => this.SUBRULE(this.listAtom) },
      { ALT: () => this.SUBRULE(this.braceAtom) },
    ]),
  );

  // tuple | group | genexp:  '(' [yield_expr | star_named_expression (for_if_clauses | (',' …)* [','])] ')'
  parenAtom = this.RULE("parenAtom", (): A.Expr => {
    const open = this.CONSUME(T.LParen);
    return this.OR([
      {
        ALT: () => {
          const close = this.CONSUME(T.RParen);
          return this.ACTION(() => this.markParens({ kind: "Tuple", elts: [], ctx: "load", ...span(open, close) }) as A.Expr);
        },
      },
      {
        ALT: () => {
          const y = this.SUBRULE(this.yieldExpr);
          this.CONSUME2(T.RParen);
          return this.ACTION(() => this.markParens(y));
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.starNamedExpression);
          return this.OR2([
            {
              ALT: () => {
                const gens = this.SUBRULE(this.comprehensionClauses);
                const close = this.CONSUME3(T.RParen);
                return this.ACTION(() => this.markParens(this.comprehension("GeneratorExp", first, gens, span(open, close))));
              },
            },
            {
              ALT: () => {
                const rest = this.SUBRULE(this.moreElements, { ARGS: [true] });
                const close = this.CONSUME4(T.RParen);
                return this.ACTION(() => {
                  if (rest.elts.length === 0 && rest.trailing === null) {
                    if (first.kind === "Starred") throw syntaxError("cannot use starred expression here", loc(first));
                    return this.markParens(first);
                  }
                  const elts = [first, ...rest.elts];
                  return this.markParens({ kind: "Tuple", elts, ctx: "load", ...span(open, close) } as A.Expr);
                });
              },
            },
          ]);
        },
      },
    ]);
  });

  // list | listcomp: '[' [star_named_expression (for_if_clauses | (',' …)* [','])] ']'
  listAtom = this.RULE("listAtom", (): A.Expr => {
    const open = this.CONSUME(T.LBracket);
    let build: (close: IToken) => A.Expr = (close) => ({ kind: "List", elts: [], ctx: "load", ...span(open, close) });
    this.OPTION(() => {
      const first = this.SUBRULE(this.starNamedExpression);
      this.OR([
        {
          ALT: () => {
            const gens = this.SUBRULE(this.comprehensionClauses);
            build = (close) => this.comprehension("ListComp", first, gens, span(open, close));
          },
        },
        {
          ALT: () => {
            const rest = this.SUBRULE(this.moreElements, { ARGS: [true] });
            build = (close) => ({ kind: "List", elts: [first, ...rest.elts], ctx: "load", ...span(open, close) });
          },
        },
      ]);
    });
    const close = this.CONSUME(T.RBracket);
    return this.ACTION(() => build(close));
  });

  // dict | set | dictcomp | setcomp: '{' … '}'
  braceAtom = this.RULE("braceAtom", (): A.Expr => {
    const open = this.CONSUME(T.LBrace);
    let build: (close: IToken) => A.Expr = (close) => ({ kind: "Dict", keys: [], values: [], ...span(open, close) });
    this.OPTION(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.DoubleStar);
            const value = this.SUBRULE(this.bitwiseOr);
            const more = this.SUBRULE(this.dictItems);
            build = (close) => ({ kind: "Dict", keys: [null, ...more.keys], values: [value, ...more.values], ...span(open, close) });
          },
        },
        {
          ALT: () => {
            const first = this.SUBRULE(this.starNamedExpression);
            this.OR2([
              {
                ALT: () => {
                  this.CONSUME(T.Colon);
                  const value = this.SUBRULE(this.expression);
                  this.OR3([
                    {
                      ALT: () => {
                        const gens = this.SUBRULE(this.comprehensionClauses);
                        build = (close) => this.ACTION(() => ({ kind: "DictComp", key: first, value, generators: gens, ...span(open, close) }));
                      },
                    },
                    {
                      ALT: () => {
                        const more = this.SUBRULE2(this.dictItems);
                        build = (close) => ({ kind: "Dict", keys: [first, ...more.keys], values: [value, ...more.values], ...span(open, close) });
                      },
                    },
                  ]);
                },
              },
              {
                ALT: () => {
                  const gens = this.SUBRULE2(this.comprehensionClauses);
                  build = (close) => this.comprehension("SetComp", first, gens, span(open, close));
                },
              },
              {
                ALT: () => {
                  const rest = this.SUBRULE(this.moreElements, { ARGS: [true] });
                  build = (close) => ({ kind: "Set", elts: [first, ...rest.elts], ...span(open, close) });
                },
              },
            ]);
          },
        },
      ]),
    );
    const close = this.CONSUME(T.RBrace);
    return this.ACTION(() => build(close));
  });

  // (',' ('**' bitwise_or | expression ':' expression))* [',']
  dictItems = this.RULE("dictItems", (): { keys: (A.Expr | null)[]; values: A.Expr[] } => {
    const keys: (A.Expr | null)[] = [];
    const values: A.Expr[] = [];
    this.MANY({
      GATE: () => !this.isNext(T.RBrace, 2),
      DEF: () => {
        this.CONSUME(T.Comma);
        this.OR([
          {
            ALT: () => {
              this.CONSUME(T.DoubleStar);
              const v = this.SUBRULE(this.bitwiseOr);
              this.ACTION(() => (keys.push(null), values.push(v)));
            },
          },
          {
            ALT: () => {
              const k = this.SUBRULE(this.expression);
              this.OR2([
                { ALT: () => this.CONSUME(T.Colon) },
                { ALT: () => this.ACTION(() => { throw syntaxError("':' expected after dictionary key", loc(k)); }) },
              ]);
              const v = this.SUBRULE2(this.expression);
              this.ACTION(() => (keys.push(k), values.push(v)));
            },
          },
        ]);
      },
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return { keys, values };
  });

  // for_if_clauses: (['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
  comprehensionClauses = this.RULE("comprehensionClauses", (): A.Comprehension[] => {
    const gens: A.Comprehension[] = [];
    this.AT_LEAST_ONE(() => {
      const isAsync = this.OPTION(() => this.CONSUME(T.Async)) !== undefined;
      this.CONSUME(T.For);
      const target = this.SUBRULE(this.starTargets);
      this.CONSUME(T.In);
      const iter = this.SUBRULE(this.disjunction);
      const ifs: A.Expr[] = [];
      this.MANY(() => {
        this.CONSUME(T.If);
        ifs.push(this.SUBRULE2(this.disjunction));
      });
      this.ACTION(() => gens.push({ target, iter, ifs, isAsync }));
    });
    return gens;
  });

  // star_targets: star_target (',' star_target)* [',']   (as stores; targets stop before 'in')
  starTargets = this.RULE("starTargets", (): A.Expr => {
    const first = this.SUBRULE(this.starTarget);
    const elts: A.Expr[] = [];
    this.MANY({
      GATE: () => this.startsExpr(2),
      DEF: () => {
        this.CONSUME(T.Comma);
        elts.push(this.SUBRULE2(this.starTarget));
      },
    });
    const trailing = this.OPTION(() => this.CONSUME2(T.Comma));
    return this.ACTION(() => toTarget(this.tupleOr(first, { elts, trailing: trailing ?? null }), "store"));
  });

  // star_target: '*' bitwise_or | bitwise_or
  starTarget = this.RULE("starTarget", (): A.Expr =>
    this.OR([{ ALT: () => this.SUBRULE(this.starred) }, { ALT: () => this.SUBRULE(this.bitwiseOr) }]),
  );

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  yieldExpr = this.RULE("yieldExpr", (): A.Expr => {
    const kw = this.CONSUME(T.Yield);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.From);
          const value = this.SUBRULE(this.expression);
          return this.ACTION(() => ({ kind: "YieldFrom", value, ...span(kw, value) }) as A.Expr);
        },
      },
      {
        ALT: () => {
          const value = this.OPTION(() => this.SUBRULE(this.starExpressions)) ?? null;
          return this.ACTION(() => ({ kind: "Yield", value, ...span(kw, value ?? kw) }) as A.Expr);
        },
      },
    ]);
  });

  // fstring_field: '(' … ')' — an f-string replacement field, lexed as a parenthesized atom
  fstringField = this.RULE("fstringField", (): A.Expr => {
    const e = this.SUBRULE(this.parenAtom);
    this.CONSUME(EOF);
    return e;
  });
}
