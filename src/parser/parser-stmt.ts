// Compound statements, blocks and the file rule (CPython's Grammar/python.gram,
// "Compound statements"). PyParser is the complete grammar.

import { EOF, type IToken } from "chevrotain";
import type * as A from "./ast.js";
import * as T from "./tokens.js";
import { SimpleStmtParser } from "./parser-simple.js";
import { docstringOf, loc, NO_ARGS, span, toTarget } from "./builders.js";
import { indentationError, syntaxError, type ErrorLocation } from "./errors.js";

type Decorators = A.Expr[];

function lastOf(body: readonly A.Stmt[]): A.Stmt {
  return body[body.length - 1];
}

export class PyParser extends SimpleStmtParser {
  constructor() {
    super();
    this.performSelfAnalysis();
  }

  // file: [statements] ENDMARKER
  file = this.RULE("file", (): A.Stmt[] => {
    const body: A.Stmt[] = [];
    this.MANY(() => {
      const s = this.SUBRULE(this.statement);
      this.ACTION(() => body.push(...s));
    });
    this.CONSUME(EOF);
    return body;
  });

  // statement: compound_stmt | simple_stmts
  statement = this.RULE("statement", (): A.Stmt[] => {
    this.ACTION(() => {
      if (this.atMatchStatement()) {
        const t = this.LA(1);
        t.tokenType = T.MatchKw;
        t.tokenTypeIdx = T.MatchKw.tokenTypeIdx!;
      }
    });
    return this.OR([
        { ALT: () => [this.SUBRULE(this.matchStmt)] },
        { ALT: () => [this.SUBRULE(this.ifStmt)] },
        { ALT: () => [this.SUBRULE(this.whileStmt)] },
        { ALT: () => [this.SUBRULE(this.forStmt)] },
        { ALT: () => [this.SUBRULE(this.tryStmt)] },
        { ALT: () => [this.SUBRULE(this.withStmt)] },
        { ALT: () => [this.SUBRULE(this.funcDef)] },
        { ALT: () => [this.SUBRULE(this.classDef)] },
        { ALT: () => [this.SUBRULE(this.decorated)] },
        { ALT: () => [this.SUBRULE(this.asyncStmt)] },
        { ALT: () => this.SUBRULE(this.simpleStmts) },
    ]);
  });

  // block: NEWLINE INDENT statements DEDENT | simple_stmts
  block = this.RULE("block", (what?: string, line?: number): A.Stmt[] =>
    this.OR([
      {
        ALT: () => {
          const nl = this.CONSUME(T.Newline);
          return this.OR2([
            {
              ALT: () => {
                this.CONSUME(T.Indent);
                const body: A.Stmt[] = [];
                this.AT_LEAST_ONE(() => {
                  const s = this.SUBRULE(this.statement);
                  this.ACTION(() => body.push(...s));
                });
                this.CONSUME(T.Dedent);
                return body;
              },
            },
            {
              ALT: () =>
                this.ACTION(() => {
                  throw indentationError(`expected an indented block after ${what} on line ${line}`, this.indentErrorLoc(nl));
                }) as A.Stmt[],
            },
          ]);
        },
      },
      { ALT: () => this.SUBRULE(this.simpleStmts) },
    ]),
  );

  // ':' — with CPython's "expected ':'" where its grammar has one (always if `forced`, else before NEWLINE)
  colon = this.RULE("colon", (forced?: boolean): void => {
    this.OR([
      { ALT: () => this.CONSUME(T.Colon) },
      {
        GATE: () => forced === true || this.isNext(T.Newline),
        ALT: () => this.ACTION(() => {
          throw syntaxError("expected ':'", loc(this.LA(1)));
        }),
      },
    ]);
  });

  // if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
  ifStmt = this.RULE("ifStmt", (): A.Stmt => {
    const kw = this.CONSUME(T.If);
    const test = this.SUBRULE(this.namedExpression);
    this.SUBRULE(this.colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'if' statement", kw.startLine] });
    const elifs: { kw: IToken; test: A.Expr; body: A.Stmt[] }[] = [];
    this.MANY(() => {
      const k = this.CONSUME(T.Elif);
      const t = this.SUBRULE2(this.namedExpression);
      this.SUBRULE2(this.colon);
      const b = this.SUBRULE2(this.block, { ARGS: ["'elif' statement", k.startLine] });
      elifs.push({ kw: k, test: t, body: b });
    });
    const orelse = this.OPTION(() => this.SUBRULE(this.elseBlock)) ?? [];
    return this.ACTION((): A.Stmt => {
      let tail: A.Stmt[] = orelse;
      for (let i = elifs.length - 1; i >= 0; i--) {
        const e = elifs[i];
        tail = [{ kind: "If", test: e.test, body: e.body, orelse: tail, ...span(e.kw, lastOf(tail.length ? tail : e.body)) }];
      }
      return { kind: "If", test, body, orelse: tail, ...span(kw, lastOf(tail.length ? tail : body)) };
    });
  });

  // else_block: 'else' &&':' block
  elseBlock = this.RULE("elseBlock", (): A.Stmt[] => {
    const kw = this.CONSUME(T.Else);
    this.SUBRULE(this.colon, { ARGS: [true] });
    return this.SUBRULE(this.block, { ARGS: ["'else' statement", kw.startLine] });
  });

  // while_stmt: 'while' named_expression ':' block [else_block]
  whileStmt = this.RULE("whileStmt", (): A.Stmt => {
    const kw = this.CONSUME(T.While);
    const test = this.SUBRULE(this.namedExpression);
    this.SUBRULE(this.colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'while' statement", kw.startLine] });
    const orelse = this.OPTION(() => this.SUBRULE(this.elseBlock)) ?? [];
    return this.ACTION((): A.Stmt => ({ kind: "While", test, body, orelse, ...span(kw, lastOf(orelse.length ? orelse : body)) }));
  });

  // for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
  forStmt = this.RULE("forStmt", (asyncKw?: IToken): A.Stmt => {
    const kw = this.CONSUME(T.For);
    const target = this.SUBRULE(this.starTargets);
    this.CONSUME(T.In);
    const iter = this.SUBRULE(this.starExpressions);
    this.SUBRULE(this.colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'for' statement", kw.startLine] });
    const orelse = this.OPTION(() => this.SUBRULE(this.elseBlock)) ?? [];
    return this.ACTION((): A.Stmt => ({
      kind: "For", isAsync: asyncKw !== undefined, target, iter, body, orelse,
      ...span(asyncKw ?? kw, lastOf(orelse.length ? orelse : body)),
    }));
  });

  // with_stmt: ['async'] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block
  withStmt = this.RULE("withStmt", (asyncKw?: IToken): A.Stmt => {
    const kw = this.CONSUME(T.With);
    const items: A.WithItem[] = [];
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.parenthesizedWithItems(),
          ALT: () => {
            this.CONSUME(T.LParen);
            items.push(this.SUBRULE(this.withItem));
            this.MANY({
              GATE: () => !this.isNext(T.RParen, 2),
              DEF: () => {
                this.CONSUME(T.Comma);
                items.push(this.SUBRULE2(this.withItem));
              },
            });
            this.OPTION(() => this.CONSUME2(T.Comma));
            this.CONSUME(T.RParen);
          },
        },
        {
          ALT: () => {
            items.push(this.SUBRULE3(this.withItem));
            this.MANY2(() => {
              this.CONSUME3(T.Comma);
              items.push(this.SUBRULE4(this.withItem));
            });
          },
        },
      ],
    });
    this.SUBRULE(this.colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'with' statement", kw.startLine] });
    return this.ACTION((): A.Stmt => ({ kind: "With", isAsync: asyncKw !== undefined, items, body, ...span(asyncKw ?? kw, lastOf(body)) }));
  });

  // with_item: expression ['as' star_target]
  withItem = this.RULE("withItem", (): A.WithItem => {
    const contextExpr = this.SUBRULE(this.expression);
    const target = this.OPTION(() => {
      this.CONSUME(T.As);
      return this.SUBRULE(this.starTarget);
    });
    return this.ACTION(() => ({ contextExpr, optionalVars: target === undefined ? null : toTarget(target, "store") }));
  });

  // try_stmt: 'try' &&':' block (finally_block | except_block+ [else_block] [finally_block] | except_star_block+ …)
  tryStmt = this.RULE("tryStmt", (): A.Stmt => {
    const kw = this.CONSUME(T.Try);
    this.SUBRULE(this.colon, { ARGS: [true] });
    const body = this.SUBRULE(this.block, { ARGS: ["'try' statement", kw.startLine] });
    const handlers: (A.ExceptHandler & { star: boolean })[] = [];
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    this.OR([
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => handlers.push(this.SUBRULE(this.exceptClause)));
          this.OPTION(() => (orelse = this.SUBRULE(this.elseBlock)));
          this.OPTION2(() => (finalbody = this.SUBRULE(this.finallyBlock)));
        },
      },
      { ALT: () => (finalbody = this.SUBRULE2(this.finallyBlock)) },
      {
        ALT: () => this.ACTION(() => {
          const t = this.LA(1);
          const at = t.tokenType === T.Dedent || t.tokenType === EOF ? { line: lastOf(body).endLine, col: -1 } : loc(t);
          throw syntaxError("expected 'except' or 'finally' block", at);
        }),
      },
    ]);
    return this.ACTION((): A.Stmt => {
      const isStar = handlers.length > 0 && handlers[0].star;
      for (const h of handlers) {
        if (h.star !== isStar) throw syntaxError("cannot have both 'except' and 'except*' on the same 'try'", loc(h));
      }
      const end = finalbody.length ? finalbody : orelse.length ? orelse : handlers.length ? handlers[handlers.length - 1].body : body;
      const hs = handlers.map(({ star: _star, ...h }) => h);
      return { kind: "Try", isStar, body, handlers: hs, orelse, finalbody, ...span(kw, lastOf(end)) };
    });
  });

  // except_block: 'except' ['*'] [expression ['as' NAME]] ':' block
  exceptClause = this.RULE("exceptClause", (): A.ExceptHandler & { star: boolean } => {
    const kw = this.CONSUME(T.Except);
    const star = this.OPTION(() => this.CONSUME(T.Star));
    let type: A.Expr | null = null;
    let name: IToken | null = null;
    this.OPTION2(() => {
      type = this.SUBRULE(this.expression);
      this.OPTION3(() => {
        const comma = this.CONSUME(T.Comma);
        this.ACTION(() => {
          throw syntaxError("multiple exception types must be parenthesized", loc(type!, comma));
        });
      });
      this.OPTION4(() => {
        this.CONSUME(T.As);
        name = this.CONSUME(T.Name);
      });
    });
    this.SUBRULE(this.colon);
    const body = this.SUBRULE(this.block, { ARGS: [star ? "'except*' statement" : "'except' statement", kw.startLine] });
    return this.ACTION(() => {
      if (star && type === null) throw syntaxError("expected one or more exception types", loc(star));
      return { type, name: name === null ? null : (name as IToken).image, body, star: star !== undefined, ...span(kw, lastOf(body)) };
    });
  });

  // finally_block: 'finally' &&':' block
  finallyBlock = this.RULE("finallyBlock", (): A.Stmt[] => {
    const kw = this.CONSUME(T.Finally);
    this.SUBRULE(this.colon, { ARGS: [true] });
    return this.SUBRULE(this.block, { ARGS: ["'finally' statement", kw.startLine] });
  });

  // function_def_raw: ['async'] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
  funcDef = this.RULE("funcDef", (asyncKw?: IToken, decorators?: Decorators): A.Stmt => {
    const kw = this.CONSUME(T.Def);
    const name = this.CONSUME(T.Name);
    this.OR([
      { ALT: () => this.CONSUME(T.LParen) },
      { ALT: () => this.ACTION(() => { throw syntaxError("expected '('", loc(this.LA(1))); }) },
    ]);
    const args = this.OPTION(() => this.SUBRULE(this.parameters, { ARGS: [true] })) ?? NO_ARGS;
    this.CONSUME(T.RParen);
    const returns = this.OPTION2(() => {
      this.CONSUME(T.Arrow);
      return this.SUBRULE(this.expression);
    }) ?? null;
    this.SUBRULE(this.colon, { ARGS: [true] });
    const body = this.SUBRULE(this.block, { ARGS: ["function definition", kw.startLine] });
    return this.ACTION((): A.Stmt => ({
      kind: "FunctionDef", name: name.image, isAsync: asyncKw !== undefined, args, body,
      decorators: decorators ?? [], returns, docstring: docstringOf(body), ...span(asyncKw ?? kw, lastOf(body)),
    }));
  });

  // class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
  classDef = this.RULE("classDef", (decorators?: Decorators): A.Stmt => {
    const kw = this.CONSUME(T.Class);
    const name = this.CONSUME(T.Name);
    const items = this.OPTION(() => {
      this.CONSUME(T.LParen);
      const a = this.OPTION2(() => this.SUBRULE(this.callArguments)) ?? [];
      this.CONSUME(T.RParen);
      return a;
    }) ?? [];
    this.SUBRULE(this.colon);
    const body = this.SUBRULE(this.block, { ARGS: ["class definition", kw.startLine] });
    return this.ACTION((): A.Stmt => {
      const bases: A.Expr[] = [];
      const keywords: A.Keyword[] = [];
      for (const it of items) {
        if (it.type === "pos" || it.type === "star") bases.push(it.value);
        else keywords.push(it.kw);
      }
      return {
        kind: "ClassDef", name: name.image, bases, keywords, body, decorators: decorators ?? [],
        docstring: docstringOf(body), ...span(kw, lastOf(body)),
      };
    });
  });

  // decorators: ('@' named_expression NEWLINE)+ (class_def_raw | function_def_raw)
  decorated = this.RULE("decorated", (): A.Stmt => {
    const decorators: Decorators = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.At);
      decorators.push(this.SUBRULE(this.namedExpression));
      this.CONSUME(T.Newline);
    });
    return this.OR([
      { ALT: () => this.SUBRULE(this.funcDef, { ARGS: [undefined, decorators] }) },
      { ALT: () => this.SUBRULE(this.classDef, { ARGS: [decorators] }) },
      {
        ALT: () => {
          const a = this.CONSUME(T.Async);
          return this.SUBRULE2(this.funcDef, { ARGS: [a, decorators] });
        },
      },
    ]);
  });

  // async_stmt: 'async' (funcdef | with_stmt | for_stmt)
  asyncStmt = this.RULE("asyncStmt", (): A.Stmt => {
    const a = this.CONSUME(T.Async);
    return this.OR([
      { ALT: () => this.SUBRULE(this.funcDef, { ARGS: [a] }) },
      { ALT: () => this.SUBRULE(this.withStmt, { ARGS: [a] }) },
      { ALT: () => this.SUBRULE(this.forStmt, { ARGS: [a] }) },
    ]);
  });

  // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  matchStmt = this.RULE("matchStmt", (): A.Stmt => {
    const kw = this.CONSUME(T.MatchKw);
    const first = this.SUBRULE(this.starNamedExpression);
    const rest = this.SUBRULE(this.moreElements, { ARGS: [true] });
    this.SUBRULE(this.colon);
    this.CONSUME(T.Newline);
    this.CONSUME(T.Indent);
    const cases: A.MatchCase[] = [];
    let end: A.Stmt | null = null;
    this.AT_LEAST_ONE(() => {
      const c = this.SUBRULE(this.caseBlock);
      this.ACTION(() => {
        cases.push(c);
        end = lastOf(c.body);
      });
    });
    this.CONSUME(T.Dedent);
    return this.ACTION((): A.Stmt => {
      const subject = this.tupleOr(first, rest);
      return { kind: "Match", subject, cases, ...span(kw, end!) };
    });
  });

  // case_block: "case" patterns [guard] ':' block
  caseBlock = this.RULE("caseBlock", (): A.MatchCase => {
    const kw = this.CONSUME(T.Name);
    this.ACTION(() => {
      if (kw.image !== "case") throw syntaxError("invalid syntax", loc(kw));
    });
    const pattern = this.SUBRULE(this.patterns);
    const guard = this.OPTION(() => {
      this.CONSUME(T.If);
      return this.SUBRULE(this.namedExpression);
    }) ?? null;
    this.SUBRULE(this.colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'case' statement", kw.startLine] });
    return { pattern, guard, body };
  });

  /** `match` starts a match statement when its logical line ends with ':' and a block follows. */
  private atMatchStatement(): boolean {
    const t = this.LA(1);
    if (t.tokenType !== T.Name || t.image !== "match") return false;
    const next = this.LA(2).tokenType;
    if (next === T.Newline || next === T.Assign || next === T.Colon || next === T.Dot || next === T.AugAssign) return false;
    for (let k = 2; ; k++) {
      const tt = this.LA(k).tokenType;
      if (tt === T.Newline) return this.LA(k - 1).tokenType === T.Colon && this.LA(k + 1).tokenType === T.Indent;
      if (tt === EOF) return false;
    }
  }

  /** `with (` … `)` followed by ':' is the parenthesized form of with-items. */
  private parenthesizedWithItems(): boolean {
    if (!this.isNext(T.LParen) || this.isNext(T.Yield, 2)) return false;
    let depth = 0;
    for (let k = 1; ; k++) {
      const tt = this.LA(k).tokenType;
      if (depth === 1 && (tt === T.For || tt === T.Async)) return false; // a generator expression
      if (tt === T.LParen || tt === T.LBracket || tt === T.LBrace) depth++;
      else if (tt === T.RParen || tt === T.RBracket || tt === T.RBrace) {
        depth--;
        if (depth === 0) return this.LA(k + 1).tokenType === T.Colon;
      } else if (tt === EOF || tt === T.Newline) return false;
    }
  }

  /** Where CPython reports a missing indented block (see the NEWLINE that ended the header). */
  private indentErrorLoc(nl: IToken): ErrorLocation {
    const t = this.LA(1);
    if (t.tokenType !== T.Dedent && t.tokenType !== EOF) return loc(t);
    for (let k = 1; ; k++) {
      const u = this.LA(k);
      if (u.tokenType === EOF) return { line: nl.startLine!, col: -1 };
      if (u.tokenType !== T.Dedent) return { line: u.startLine!, col: -1 };
    }
  }
}
