// Simple statements (CPython's Grammar/python.gram, "Simple statements").

import type { IToken } from "chevrotain";
import type * as A from "./ast.js";
import * as T from "./tokens.js";
import { PatternParser } from "./parser-pattern.js";
import { annTarget, assignTargets, augTarget, loc, span, toTarget } from "./builders.js";
import { syntaxError } from "./errors.js";

export abstract class SimpleStmtParser extends PatternParser {
  // simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
  simpleStmts = this.RULE("simpleStmts", (): A.Stmt[] => {
    const stmts = [this.SUBRULE(this.simpleStmt)];
    this.MANY({
      GATE: () => !this.isNext(T.Newline, 2),
      DEF: () => {
        this.CONSUME(T.Semicolon);
        stmts.push(this.SUBRULE2(this.simpleStmt));
      },
    });
    this.OPTION(() => this.CONSUME2(T.Semicolon));
    this.CONSUME(T.Newline);
    return stmts;
  });

  // simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
  //   | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
  simpleStmt = this.RULE("simpleStmt", (): A.Stmt =>
    this.OR([
      { ALT: () => this.SUBRULE(this.exprStmt) },
      { ALT: () => this.SUBRULE(this.returnStmt) },
      { ALT: () => this.SUBRULE(this.importName) },
      { ALT: () => this.SUBRULE(this.importFrom) },
      { ALT: () => this.SUBRULE(this.raiseStmt) },
      { ALT: () => this.keywordStmt(this.CONSUME(T.Pass), "Pass") },
      { ALT: () => this.keywordStmt(this.CONSUME(T.Break), "Break") },
      { ALT: () => this.keywordStmt(this.CONSUME(T.Continue), "Continue") },
      { ALT: () => this.SUBRULE(this.delStmt) },
      { ALT: () => this.SUBRULE(this.assertStmt) },
      { ALT: () => this.SUBRULE(this.globalStmt) },
    ]),
  );

  // assignment: target ':' expression ['=' annotated_rhs] | (star_targets '=')+ (yield_expr | star_expressions)
  //   | single_target augassign (yield_expr | star_expressions);   expression statement: star_expressions
  exprStmt = this.RULE("exprStmt", (): A.Stmt => {
    const first = this.SUBRULE(this.rhs);
    return this.OR([
      {
        ALT: () => {
          const values = [first];
          this.AT_LEAST_ONE(() => {
            this.CONSUME(T.Assign);
            values.push(this.SUBRULE2(this.rhs));
          });
          return this.ACTION((): A.Stmt => {
            const value = values[values.length - 1];
            const targets = assignTargets(values.slice(0, -1), value, this.parenthesized);
            return { kind: "Assign", targets, value, ...span(first, value) };
          });
        },
      },
      {
        ALT: () => {
          const op = this.CONSUME(T.AugAssign);
          const value = this.SUBRULE3(this.rhs);
          return this.ACTION((): A.Stmt => {
            const target = augTarget(first);
            return { kind: "AugAssign", target, op: op.image.slice(0, -1) as A.BinOpKind, value, ...span(first, value) };
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Colon);
          const annotation = this.SUBRULE(this.expression);
          let value: A.Expr | null = null;
          this.OPTION(() => {
            this.CONSUME2(T.Assign);
            value = this.SUBRULE4(this.rhs);
          });
          return this.ACTION((): A.Stmt => {
            const target = annTarget(first, this.parenthesized);
            const simple = first.kind === "Name" && !this.parenthesized.has(first);
            return { kind: "AnnAssign", target, annotation, value, simple, ...span(first, value ?? annotation) };
          });
        },
      },
      { ALT: () => this.ACTION((): A.Stmt => ({ kind: "Expr", value: first, ...span(first) })) },
    ]);
  });

  // yield_expr | star_expressions
  rhs = this.RULE("rhs", (): A.Expr =>
    this.OR([{ ALT: () => this.SUBRULE(this.yieldExpr) }, { ALT: () => this.SUBRULE(this.starExpressions) }]),
  );

  // return_stmt: 'return' [star_expressions]
  returnStmt = this.RULE("returnStmt", (): A.Stmt => {
    const kw = this.CONSUME(T.Return);
    const value = this.OPTION(() => this.SUBRULE(this.starExpressions)) ?? null;
    return this.ACTION((): A.Stmt => ({ kind: "Return", value, ...span(kw, value ?? kw) }));
  });

  // raise_stmt: 'raise' [expression ['from' expression]]
  raiseStmt = this.RULE("raiseStmt", (): A.Stmt => {
    const kw = this.CONSUME(T.Raise);
    let exc: A.Expr | null = null;
    let cause: A.Expr | null = null;
    this.OPTION(() => {
      exc = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(T.From);
        cause = this.SUBRULE2(this.expression);
      });
    });
    return this.ACTION((): A.Stmt => ({ kind: "Raise", exc, cause, ...span(kw, cause ?? exc ?? kw) }));
  });

  // del_stmt: 'del' del_targets
  delStmt = this.RULE("delStmt", (): A.Stmt => {
    const kw = this.CONSUME(T.Del);
    const e = this.SUBRULE(this.starExpressions);
    return this.ACTION((): A.Stmt => {
      const items = e.kind === "Tuple" && !this.parenthesized.has(e) ? e.elts : [e];
      return { kind: "Delete", targets: items.map((x) => toTarget(x, "del")), ...span(kw, e) };
    });
  });

  // assert_stmt: 'assert' expression [',' expression]
  assertStmt = this.RULE("assertStmt", (): A.Stmt => {
    const kw = this.CONSUME(T.Assert);
    const test = this.SUBRULE(this.expression);
    const msg = this.OPTION(() => {
      this.CONSUME(T.Comma);
      return this.SUBRULE2(this.expression);
    }) ?? null;
    return this.ACTION((): A.Stmt => ({ kind: "Assert", test, msg, ...span(kw, msg ?? test) }));
  });

  // global_stmt: 'global' ','.NAME+ ;  nonlocal_stmt: 'nonlocal' ','.NAME+
  globalStmt = this.RULE("globalStmt", (): A.Stmt => {
    const kw = this.OR([{ ALT: () => this.CONSUME(T.Global) }, { ALT: () => this.CONSUME(T.Nonlocal) }]);
    const names = [this.CONSUME(T.Name)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.CONSUME2(T.Name));
    });
    return this.ACTION((): A.Stmt => ({
      kind: kw.tokenType === T.Global ? "Global" : "Nonlocal",
      names: names.map((n) => n.image),
      ...span(kw, names[names.length - 1]),
    }));
  });

  // import_name: 'import' dotted_as_names
  importName = this.RULE("importName", (): A.Stmt => {
    const kw = this.CONSUME(T.Import);
    const names = [this.SUBRULE(this.dottedAsName)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.SUBRULE2(this.dottedAsName));
    });
    return this.ACTION((): A.Stmt => ({
      kind: "Import",
      names: names.map((n) => n.alias),
      ...span(kw, names[names.length - 1].end),
    }));
  });

  // dotted_as_name: dotted_name ['as' NAME]
  dottedAsName = this.RULE("dottedAsName", (): { alias: A.Alias; end: IToken } => {
    const { name, end } = this.SUBRULE(this.dottedName);
    const as = this.OPTION(() => {
      this.CONSUME(T.As);
      return this.CONSUME(T.Name);
    });
    return this.ACTION(() => ({ alias: { name, asname: as?.image ?? null }, end: as ?? end }));
  });

  // dotted_name: NAME ('.' NAME)*
  dottedName = this.RULE("dottedName", (): { name: string; end: IToken } => {
    let end = this.CONSUME(T.Name);
    let name = end.image;
    this.MANY(() => {
      this.CONSUME(T.Dot);
      end = this.CONSUME2(T.Name);
      name += "." + end.image;
    });
    return { name, end };
  });

  // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //            | 'from' ('.' | '...')+ 'import' import_from_targets
  importFrom = this.RULE("importFrom", (): A.Stmt => {
    const kw = this.CONSUME(T.From);
    let level = 0;
    this.MANY(() =>
      this.OR([
        { ALT: () => (this.CONSUME(T.Dot), (level += 1)) },
        { ALT: () => (this.CONSUME(T.Ellipsis), (level += 3)) },
      ]),
    );
    const mod = this.OPTION(() => this.SUBRULE(this.dottedName));
    const imp = this.CONSUME(T.Import);
    const names: A.Alias[] = [];
    let end: IToken = imp;
    this.OR2([
      {
        ALT: () => {
          end = this.CONSUME(T.Star);
          names.push({ name: "*", asname: null });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          names.push(this.SUBRULE(this.importAsName).alias);
          this.MANY3({
            GATE: () => !this.isNext(T.RParen, 2),
            DEF: () => {
              this.CONSUME3(T.Comma);
              names.push(this.SUBRULE4(this.importAsName).alias);
            },
          });
          this.OPTION3(() => this.CONSUME4(T.Comma));
          end = this.CONSUME(T.RParen);
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE2(this.importAsName);
          names.push(first.alias);
          end = first.end;
          this.MANY2(() => {
            const comma = this.CONSUME2(T.Comma);
            const next = this.OPTION2(() => this.SUBRULE3(this.importAsName));
            this.ACTION(() => {
              if (next === undefined) {
                void comma;
                throw syntaxError("trailing comma not allowed without surrounding parentheses", loc(this.LA(1)));
              }
              names.push(next.alias);
              end = next.end;
            });
          });
        },
      },
    ]);
    return this.ACTION((): A.Stmt => {
      if (mod === undefined && level === 0) throw syntaxError("invalid syntax", loc(imp));
      return { kind: "ImportFrom", module: mod?.name ?? null, names, level, ...span(kw, end) };
    });
  });

  // import_from_as_name: NAME ['as' NAME]   (the parenthesized list may end with a comma)
  importAsName = this.RULE("importAsName", (): { alias: A.Alias; end: IToken } => {
    const name = this.CONSUME(T.Name);
    const as = this.OPTION(() => {
      this.CONSUME(T.As);
      return this.CONSUME2(T.Name);
    });
    return this.ACTION(() => ({ alias: { name: name.image, asname: as?.image ?? null }, end: as ?? name }));
  });

  protected keywordStmt(tok: IToken, kind: "Pass" | "Break" | "Continue"): A.Stmt {
    return { kind, ...span(tok) };
  }
}
