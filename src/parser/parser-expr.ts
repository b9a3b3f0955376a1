// Expression rules (CPython's Grammar/python.gram, "Expressions" section)
// from star_expressions down to primary, parameters and call arguments.
// Binary operators from `|` down to `*` are one rule with precedence
// climbing in its action; everything else follows the grammar rule by rule.
// Atoms, displays and comprehensions are in parser-atoms.ts.

import type { IToken, ParserMethod } from "chevrotain";
import type * as A from "./ast.js";
import * as T from "./tokens.js";
import { ParserBase } from "./parser-base.js";
import {
  buildArguments, buildBinary, buildCall, exprName, loc, NO_ARGS, span,
  type CallItem, type ParamItem,
} from "./builders.js";
import { syntaxError } from "./errors.js";

type Elts = { elts: A.Expr[]; trailing: IToken | null };

export abstract class ExprParser extends ParserBase {
  // defined in parser-atoms.ts
  abstract atom: ParserMethod<[], A.Expr>;
  abstract comprehensionClauses: ParserMethod<[], A.Comprehension[]>;
  abstract starTargets: ParserMethod<[], A.Expr>;

  // star_expressions: star_expression (',' star_expression)* [',']
  starExpressions = this.RULE("starExpressions", (): A.Expr => {
    const first = this.SUBRULE(this.starExpression);
    const rest = this.SUBRULE(this.moreElements, { ARGS: [false] });
    return this.ACTION(() => this.tupleOr(first, rest));
  });

  // (',' element)* [','] — the tail of a tuple-like list; `named` picks star_named_expression
  moreElements = this.RULE("moreElements", (named?: boolean): Elts => {
    const elts: A.Expr[] = [];
    let trailing: IToken | null = null;
    this.MANY({
      GATE: () => this.startsExpr(2) && !this.isNext(T.DoubleStar, 2) && !this.isNext(T.Yield, 2),
      DEF: () => {
        this.CONSUME(T.Comma);
        const e = this.OR([
          { GATE: () => named === true, ALT: () => this.SUBRULE(this.starNamedExpression) },
          { ALT: () => this.SUBRULE(this.starExpression) },
        ]);
        this.ACTION(() => elts.push(e));
      },
    });
    this.OPTION(() => {
      trailing = this.CONSUME2(T.Comma);
    });
    return { elts, trailing };
  });

  // star_expression: '*' bitwise_or | expression
  starExpression = this.RULE("starExpression", (): A.Expr =>
    this.OR([
      { ALT: () => this.SUBRULE(this.starred) },
      { ALT: () => this.SUBRULE(this.expression) },
    ]),
  );

  // star_named_expression: '*' bitwise_or | named_expression
  starNamedExpression = this.RULE("starNamedExpression", (): A.Expr =>
    this.OR([
      { ALT: () => this.SUBRULE(this.starred) },
      { ALT: () => this.SUBRULE(this.namedExpression) },
    ]),
  );

  // '*' bitwise_or
  starred = this.RULE("starred", (): A.Starred => {
    const star = this.CONSUME(T.Star);
    const value = this.SUBRULE(this.bitwiseOr);
    return this.ACTION(() => ({ kind: "Starred", value, ctx: "load", ...span(star, value) }));
  });

  // named_expression: NAME ':=' ~ expression | expression !':='
  namedExpression = this.RULE("namedExpression", (): A.Expr => {
    const target = this.SUBRULE(this.expression);
    let value: A.Expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.Walrus);
      value = this.SUBRULE2(this.expression);
    });
    return this.ACTION(() => {
      if (value === null) return target;
      if (target.kind !== "Name" || this.parenthesized.has(target)) {
        throw syntaxError(`cannot use assignment expressions with ${exprName(target)}`, loc(target));
      }
      return { kind: "NamedExpr", target: { ...target, ctx: "store" }, value, ...span(target, value) } as A.NamedExpr;
    });
  });

  // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  expression = this.RULE("expression", (): A.Expr =>
    this.OR([
      { ALT: () => this.SUBRULE(this.lambdef) },
      {
        ALT: () => {
          const body = this.SUBRULE(this.disjunction);
          let result = body;
          this.OPTION(() => {
            this.CONSUME(T.If);
            const test = this.SUBRULE2(this.disjunction);
            this.CONSUME(T.Else);
            const orelse = this.SUBRULE(this.expression);
            result = this.ACTION(() => ({ kind: "IfExp", test, body, orelse, ...span(body, orelse) }) as A.IfExp);
          });
          return result;
        },
      },
    ]),
  );

  // lambdef: 'lambda' [lambda_params] ':' expression
  lambdef = this.RULE("lambdef", (): A.Lambda => {
    const kw = this.CONSUME(T.Lambda);
    const args = this.OPTION(() => this.SUBRULE(this.parameters, { ARGS: [false] }));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.expression);
    return this.ACTION(() => ({ kind: "Lambda", args: args ?? NO_ARGS, body, ...span(kw, body) }));
  });

  // parameters: param_item (',' param_item)* [','] — def (annotated) or lambda parameters
  parameters = this.RULE("parameters", (annotated?: boolean): A.Arguments => {
    const items: ParamItem[] = [];
    const first = this.SUBRULE(this.paramItem, { ARGS: [annotated] });
    this.ACTION(() => items.push(first));
    this.MANY({
      GATE: () => {
        const t = this.LA(2).tokenType;
        return t === T.Name || t === T.Star || t === T.DoubleStar || t === T.Slash;
      },
      DEF: () => {
        this.CONSUME(T.Comma);
        const it = this.SUBRULE2(this.paramItem, { ARGS: [annotated] });
        this.ACTION(() => items.push(it));
      },
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return this.ACTION(() => buildArguments(items, !annotated));
  });

  // param_item: '/' | '*' [param] | '**' param | param ['=' expression]
  paramItem = this.RULE("paramItem", (annotated?: boolean): ParamItem =>
    this.OR([
      { ALT: () => ({ type: "slash", tok: this.CONSUME(T.Slash) }) as ParamItem },
      {
        ALT: () => {
          const tok = this.CONSUME(T.Star);
          const arg = this.OPTION(() => this.SUBRULE(this.param, { ARGS: [annotated] }));
          return { type: "star", tok, arg: arg ?? null, dflt: null } as ParamItem;
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.DoubleStar);
          const arg = this.SUBRULE2(this.param, { ARGS: [annotated] });
          return { type: "kwarg", tok, arg, dflt: null } as ParamItem;
        },
      },
      {
        ALT: () => {
          const arg = this.SUBRULE3(this.param, { ARGS: [annotated] });
          let dflt: A.Expr | null = null;
          this.OPTION2(() => {
            this.CONSUME(T.Assign);
            dflt = this.SUBRULE(this.expression);
          });
          return { type: "arg", arg, dflt } as ParamItem;
        },
      },
    ]),
  );

  // param: NAME [':' expression]   (annotations only in def)
  param = this.RULE("param", (annotated?: boolean): A.Arg => {
    const name = this.CONSUME(T.Name);
    let annotation: A.Expr | null = null;
    this.OPTION({
      GATE: () => annotated === true,
      DEF: () => {
        this.CONSUME(T.Colon);
        annotation = this.SUBRULE(this.expression);
      },
    });
    return this.ACTION(() => ({ arg: name.image, annotation, ...span(name, annotation ?? name) }));
  });

  // disjunction: conjunction ('or' conjunction)*
  disjunction = this.RULE("disjunction", (): A.Expr => {
    const values = [this.SUBRULE(this.conjunction)];
    this.MANY(() => {
      this.CONSUME(T.Or);
      values.push(this.SUBRULE2(this.conjunction));
    });
    return this.ACTION(() =>
      values.length === 1 ? values[0] : { kind: "BoolOp", op: "or", values, ...span(values[0], values[values.length - 1]) },
    );
  });

  // conjunction: inversion ('and' inversion)*
  conjunction = this.RULE("conjunction", (): A.Expr => {
    const values = [this.SUBRULE(this.inversion)];
    this.MANY(() => {
      this.CONSUME(T.And);
      values.push(this.SUBRULE2(this.inversion));
    });
    return this.ACTION(() =>
      values.length === 1 ? values[0] : { kind: "BoolOp", op: "and", values, ...span(values[0], values[values.length - 1]) },
    );
  });

  // inversion: 'not' inversion | comparison
  inversion = this.RULE("inversion", (): A.Expr =>
    this.OR([
      {
        ALT: () => {
          const not = this.CONSUME(T.Not);
          const operand = this.SUBRULE(this.inversion);
          return this.ACTION(() => ({ kind: "UnaryOp", op: "not", operand, ...span(not, operand) }) as A.Expr);
        },
      },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]),
  );

  // comparison: bitwise_or (compare_op bitwise_or)*
  comparison = this.RULE("comparison", (): A.Expr => {
    const left = this.SUBRULE(this.bitwiseOr);
    const ops: A.CmpOpKind[] = [];
    const comparators: A.Expr[] = [];
    this.MANY(() => {
      const op = this.OR([
        { ALT: () => this.CONSUME(T.CompOp).image as A.CmpOpKind },
        { ALT: () => (this.CONSUME(T.In), "in" as const) },
        { ALT: () => (this.CONSUME(T.Not), this.CONSUME2(T.In), "not in" as const) },
        {
          ALT: () => {
            this.CONSUME(T.Is);
            return this.OPTION(() => this.CONSUME2(T.Not)) ? ("is not" as const) : ("is" as const);
          },
        },
      ]);
      const right = this.SUBRULE2(this.bitwiseOr);
      this.ACTION(() => {
        ops.push(op);
        comparators.push(right);
      });
    });
    return this.ACTION(() =>
      ops.length === 0
        ? left
        : { kind: "Compare", left, ops, comparators, ...span(left, comparators[comparators.length - 1]) },
    );
  });

  // bitwise_or … term: factor (('|' | '^' | '&' | '<<' | '>>' | '+' | '-' | '*' | '/' | '//' | '%' | '@') factor)*
  bitwiseOr = this.RULE("bitwiseOr", (): A.Expr => {
    const operands = [this.SUBRULE(this.factor)];
    const ops: string[] = [];
    this.MANY(() => {
      ops.push(this.CONSUME(T.BinOp).image);
      operands.push(this.SUBRULE2(this.factor));
    });
    return this.ACTION(() => buildBinary(operands, ops));
  });

  // factor: ('+' | '-' | '~') factor | power
  factor = this.RULE("factor", (): A.Expr =>
    this.OR([
      {
        ALT: () => {
          const op = this.CONSUME(T.UnaryOp);
          const operand = this.SUBRULE(this.factor);
          return this.ACTION(
            () => ({ kind: "UnaryOp", op: op.image as A.UnaryOp["op"], operand, ...span(op, operand) }) as A.Expr,
          );
        },
      },
      { ALT: () => this.SUBRULE(this.power) },
    ]),
  );

  // power: await_primary ['**' factor];  await_primary: ['await'] primary
  power = this.RULE("power", (): A.Expr => {
    const aw = this.OPTION(() => this.CONSUME(T.Await));
    const prim = this.SUBRULE(this.primary);
    let result = this.ACTION(() => (aw ? ({ kind: "Await", value: prim, ...span(aw, prim) } as A.Expr) : prim));
    this.OPTION2(() => {
      this.CONSUME(T.DoubleStar);
      const right = this.SUBRULE(this.factor);
      result = this.ACTION(() => ({ kind: "BinOp", left: result, op: "**", right, ...span(result, right) }) as A.Expr);
    });
    return result;
  });

  // primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')*
  primary = this.RULE("primary", (): A.Expr => {
    let e = this.SUBRULE(this.atom);
    this.MANY(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Dot);
            const attr = this.CONSUME(T.Name);
            e = this.ACTION(() => ({ kind: "Attribute", value: e, attr: attr.image, ctx: "load", ...span(e, attr) }) as A.Expr);
          },
        },
        {
          ALT: () => {
            const open = this.CONSUME(T.LParen);
            const items = this.OPTION(() => this.SUBRULE(this.callArguments)) ?? [];
            const close = this.CONSUME(T.RParen);
            e = this.ACTION(() => {
              if (items.length === 1 && items[0].type === "pos" && items[0].bareGenerator) {
                const g = items[0].value as A.GeneratorExp;
                items[0] = { type: "pos", value: { ...g, ...span(open, close) }, bareGenerator: true };
              }
              return buildCall(e, items, close);
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LBracket);
            const slice = this.SUBRULE(this.slices);
            const close = this.CONSUME(T.RBracket);
            e = this.ACTION(() => ({ kind: "Subscript", value: e, slice, ctx: "load", ...span(e, close) }) as A.Expr);
          },
        },
      ]),
    );
    return e;
  });

  // arguments: arg (',' arg)* [',']
  callArguments = this.RULE("callArguments", (): CallItem[] => {
    const items = [this.SUBRULE(this.callArgument)];
    this.MANY({
      GATE: () => !this.isNext(T.RParen, 2),
      DEF: () => {
        this.CONSUME(T.Comma);
        items.push(this.SUBRULE2(this.callArgument));
      },
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return items;
  });

  // arg: NAME '=' expression | '*' expression | '**' expression | named_expression [for_if_clauses]
  callArgument = this.RULE("callArgument", (): CallItem =>
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.isNext(T.Name) && this.isNext(T.Assign, 2),
          ALT: () => {
            const name = this.CONSUME(T.Name);
            this.CONSUME(T.Assign);
            const value = this.SUBRULE(this.expression);
            return this.ACTION(() => ({ type: "kw", kw: { arg: name.image, value, ...span(name, value) } }) as CallItem);
          },
        },
        {
          ALT: () => {
            const star = this.CONSUME(T.Star);
            const value = this.SUBRULE2(this.expression);
            return this.ACTION(
              () => ({ type: "star", value: { kind: "Starred", value, ctx: "load", ...span(star, value) } }) as CallItem,
            );
          },
        },
        {
          ALT: () => {
            const stars = this.CONSUME(T.DoubleStar);
            const value = this.SUBRULE3(this.expression);
            return this.ACTION(() => ({ type: "kwargs", kw: { arg: null, value, ...span(stars, value) } }) as CallItem);
          },
        },
        {
          ALT: () => {
            const value = this.SUBRULE(this.namedExpression);
            const gens = this.OPTION(() => this.SUBRULE(this.comprehensionClauses));
            this.OPTION2(() => {
              const eq = this.CONSUME2(T.Assign);
              this.ACTION(() => {
                throw syntaxError('expression cannot contain assignment, perhaps you meant "=="?', loc(value, eq));
              });
            });
            return this.ACTION((): CallItem => {
              if (gens === undefined) return { type: "pos", value, bareGenerator: false };
              const last = gens[gens.length - 1];
              const end = last.ifs.length ? last.ifs[last.ifs.length - 1] : last.iter;
              return { type: "pos", value: this.comprehension("GeneratorExp", value, gens, span(value, end)), bareGenerator: true };
            });
          },
        },
      ],
    }),
  );

  // slices: slice (',' slice)* [',']
  slices = this.RULE("slices", (): A.Expr => {
    const first = this.SUBRULE(this.slice);
    const elts = [first];
    this.MANY({
      GATE: () => !this.isNext(T.RBracket, 2),
      DEF: () => {
        this.CONSUME(T.Comma);
        elts.push(this.SUBRULE2(this.slice));
      },
    });
    const trailing = this.OPTION(() => this.CONSUME2(T.Comma));
    return this.ACTION(() => {
      if (elts.length === 1 && first.kind === "Starred" && trailing === undefined) {
        return { kind: "Tuple", elts, ctx: "load", ...span(first) } as A.Expr;
      }
      return this.tupleOr(first, { elts: elts.slice(1), trailing: trailing ?? null });
    });
  });

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression | starred
  slice = this.RULE("slice", (): A.Expr =>
    this.OR([
      { ALT: () => this.SUBRULE(this.starred) },
      {
        ALT: () => {
          const lower = this.OPTION(() => this.SUBRULE(this.namedExpression)) ?? null;
          let colon: IToken | null = null;
          let upper: A.Expr | null = null;
          let step: A.Expr | null = null;
          let last: IToken | A.Expr | null = null;
          this.OPTION2(() => {
            colon = last = this.CONSUME(T.Colon);
            this.OPTION3(() => (upper = last = this.SUBRULE(this.expression)));
            this.OPTION4(() => {
              last = this.CONSUME2(T.Colon);
              this.OPTION5(() => (step = last = this.SUBRULE2(this.expression)));
            });
          });
          return this.ACTION((): A.Expr => {
            if (colon === null) {
              if (lower === null) throw syntaxError("invalid syntax", loc(this.LA(1)));
              return lower;
            }
            return { kind: "Slice", lower, upper, step, ...span(lower ?? colon, last!) };
          });
        },
      },
    ]),
  );

  protected tupleOr(first: A.Expr, rest: Elts): A.Expr {
    if (rest.elts.length === 0 && rest.trailing === null) return first;
    const elts = [first, ...rest.elts];
    return { kind: "Tuple", elts, ctx: "load", ...span(first, rest.trailing ?? elts[elts.length - 1]) };
  }

  protected comprehension(
    kind: "ListComp" | "SetComp" | "GeneratorExp",
    elt: A.Expr,
    generators: A.Comprehension[],
    where: A.Span,
  ): A.Expr {
    if (elt.kind === "Starred") throw syntaxError("iterable unpacking cannot be used in comprehension", loc(elt));
    return { kind, elt, generators, ...where } as A.Expr;
  }
}
