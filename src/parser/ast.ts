// The typed AST that the parser produces and the compiler consumes.
//
// It follows CPython's own `ast` module (Lib/ast.py, Parser/Python.asdl) node
// for node and field for field, so that anyone who knows `ast.dump()` can read
// it: one discriminated union on `kind` for statements, one for expressions,
// and a few helper records (arguments, keyword, comprehension, handlers, match
// patterns). Every node carries a 1-based line and a 0-based column (in
// characters) of its first token, plus the end of its last token.

export interface Span {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

// ---------------------------------------------------------------- module

export interface Module {
  readonly kind: "Module";
  readonly body: readonly Stmt[];
  /** The file name given to the parser (used in error messages and tracebacks). */
  readonly filename: string;
}

// ---------------------------------------------------------------- statements

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Match
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

export interface FunctionDef extends Span {
  readonly kind: "FunctionDef";
  readonly name: string;
  readonly isAsync: boolean;
  readonly args: Arguments;
  readonly body: readonly Stmt[];
  readonly decorators: readonly Expr[];
  readonly returns: Expr | null;
  /** Docstring, if the body starts with a string-literal expression statement. */
  readonly docstring: string | null;
}

export interface ClassDef extends Span {
  readonly kind: "ClassDef";
  readonly name: string;
  readonly bases: readonly Expr[];
  readonly keywords: readonly Keyword[];
  readonly body: readonly Stmt[];
  readonly decorators: readonly Expr[];
  readonly docstring: string | null;
}

export interface Return extends Span {
  readonly kind: "Return";
  readonly value: Expr | null;
}

export interface Delete extends Span {
  readonly kind: "Delete";
  readonly targets: readonly Expr[];
}

/** `a = b = value`: targets are assigned left to right. */
export interface Assign extends Span {
  readonly kind: "Assign";
  readonly targets: readonly Expr[];
  readonly value: Expr;
}

export interface AugAssign extends Span {
  readonly kind: "AugAssign";
  readonly target: Expr; // Name | Attribute | Subscript
  readonly op: BinOpKind;
  readonly value: Expr;
}

/** `x: int = 1`; `simple` is true for a bare Name target not in parentheses. */
export interface AnnAssign extends Span {
  readonly kind: "AnnAssign";
  readonly target: Expr;
  readonly annotation: Expr;
  readonly value: Expr | null;
  readonly simple: boolean;
}

export interface For extends Span {
  readonly kind: "For";
  readonly isAsync: boolean;
  readonly target: Expr;
  readonly iter: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}

export interface While extends Span {
  readonly kind: "While";
  readonly test: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}

export interface If extends Span {
  readonly kind: "If";
  readonly test: Expr;
  readonly body: readonly Stmt[];
  /** `elif` chains are nested Ifs here, as in CPython's ast. */
  readonly orelse: readonly Stmt[];
}

export interface WithItem {
  readonly contextExpr: Expr;
  readonly optionalVars: Expr | null;
}

export interface With extends Span {
  readonly kind: "With";
  readonly isAsync: boolean;
  readonly items: readonly WithItem[];
  readonly body: readonly Stmt[];
}

export interface Raise extends Span {
  readonly kind: "Raise";
  readonly exc: Expr | null;
  readonly cause: Expr | null;
}

export interface ExceptHandler extends Span {
  readonly type: Expr | null;
  readonly name: string | null;
  readonly body: readonly Stmt[];
}

export interface Try extends Span {
  readonly kind: "Try";
  /** true for `except*` handlers (all handlers of one try agree). */
  readonly isStar: boolean;
  readonly body: readonly Stmt[];
  readonly handlers: readonly ExceptHandler[];
  readonly orelse: readonly Stmt[];
  readonly finalbody: readonly Stmt[];
}

export interface Assert extends Span {
  readonly kind: "Assert";
  readonly test: Expr;
  readonly msg: Expr | null;
}

export interface Alias {
  /** Dotted module name for `import`, plain name for `from … import`; `*` for star imports. */
  readonly name: string;
  readonly asname: string | null;
}

export interface Import extends Span {
  readonly kind: "Import";
  readonly names: readonly Alias[];
}

export interface ImportFrom extends Span {
  readonly kind: "ImportFrom";
  /** null for `from . import x`. */
  readonly module: string | null;
  readonly names: readonly Alias[];
  readonly level: number;
}

export interface Global extends Span {
  readonly kind: "Global";
  readonly names: readonly string[];
}

export interface Nonlocal extends Span {
  readonly kind: "Nonlocal";
  readonly names: readonly string[];
}

export interface ExprStmt extends Span {
  readonly kind: "Expr";
  readonly value: Expr;
}

export interface Pass extends Span {
  readonly kind: "Pass";
}
export interface Break extends Span {
  readonly kind: "Break";
}
export interface Continue extends Span {
  readonly kind: "Continue";
}

// ---------------------------------------------------------------- match

export interface MatchCase {
  readonly pattern: Pattern;
  readonly guard: Expr | null;
  readonly body: readonly Stmt[];
}

export interface Match extends Span {
  readonly kind: "Match";
  readonly subject: Expr;
  readonly cases: readonly MatchCase[];
}

export type Pattern =
  | MatchValue
  | MatchSingleton
  | MatchSequence
  | MatchMapping
  | MatchClass
  | MatchStar
  | MatchAs
  | MatchOr;

export interface MatchValue extends Span {
  readonly kind: "MatchValue";
  readonly value: Expr;
}
export interface MatchSingleton extends Span {
  readonly kind: "MatchSingleton";
  readonly value: true | false | null;
}
export interface MatchSequence extends Span {
  readonly kind: "MatchSequence";
  readonly patterns: readonly Pattern[];
}
export interface MatchMapping extends Span {
  readonly kind: "MatchMapping";
  readonly keys: readonly Expr[];
  readonly patterns: readonly Pattern[];
  readonly rest: string | null;
}
export interface MatchClass extends Span {
  readonly kind: "MatchClass";
  readonly cls: Expr;
  readonly patterns: readonly Pattern[];
  readonly kwdAttrs: readonly string[];
  readonly kwdPatterns: readonly Pattern[];
}
export interface MatchStar extends Span {
  readonly kind: "MatchStar";
  readonly name: string | null;
}
/** `pattern as name`, a bare capture `name` (pattern null), or `_` (both null). */
export interface MatchAs extends Span {
  readonly kind: "MatchAs";
  readonly pattern: Pattern | null;
  readonly name: string | null;
}
export interface MatchOr extends Span {
  readonly kind: "MatchOr";
  readonly patterns: readonly Pattern[];
}

// ---------------------------------------------------------------- expressions

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | JoinedStr
  | FormattedValue
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

export interface BoolOp extends Span {
  readonly kind: "BoolOp";
  readonly op: "and" | "or";
  readonly values: readonly Expr[];
}

export interface NamedExpr extends Span {
  readonly kind: "NamedExpr";
  readonly target: Name;
  readonly value: Expr;
}

export type BinOpKind = "+" | "-" | "*" | "@" | "/" | "%" | "**" | "<<" | ">>" | "|" | "^" | "&" | "//";

export interface BinOp extends Span {
  readonly kind: "BinOp";
  readonly left: Expr;
  readonly op: BinOpKind;
  readonly right: Expr;
}

export interface UnaryOp extends Span {
  readonly kind: "UnaryOp";
  readonly op: "not" | "-" | "+" | "~";
  readonly operand: Expr;
}

export interface Lambda extends Span {
  readonly kind: "Lambda";
  readonly args: Arguments;
  readonly body: Expr;
}

export interface IfExp extends Span {
  readonly kind: "IfExp";
  readonly test: Expr;
  readonly body: Expr;
  readonly orelse: Expr;
}

/** `{k: v, **m}`: a null key marks a `**m` entry whose mapping is in values. */
export interface Dict extends Span {
  readonly kind: "Dict";
  readonly keys: readonly (Expr | null)[];
  readonly values: readonly Expr[];
}

export interface SetExpr extends Span {
  readonly kind: "Set";
  readonly elts: readonly Expr[];
}

export interface Comprehension {
  readonly target: Expr;
  readonly iter: Expr;
  readonly ifs: readonly Expr[];
  readonly isAsync: boolean;
}

export interface ListComp extends Span {
  readonly kind: "ListComp";
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
}
export interface SetComp extends Span {
  readonly kind: "SetComp";
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
}
export interface DictComp extends Span {
  readonly kind: "DictComp";
  readonly key: Expr;
  readonly value: Expr;
  readonly generators: readonly Comprehension[];
}
export interface GeneratorExp extends Span {
  readonly kind: "GeneratorExp";
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
}

export interface Await extends Span {
  readonly kind: "Await";
  readonly value: Expr;
}
export interface Yield extends Span {
  readonly kind: "Yield";
  readonly value: Expr | null;
}
export interface YieldFrom extends Span {
  readonly kind: "YieldFrom";
  readonly value: Expr;
}

export type CmpOpKind = "==" | "!=" | "<" | "<=" | ">" | ">=" | "is" | "is not" | "in" | "not in";

/** `a < b < c`: left, then ops[i] applied between successive comparators. */
export interface Compare extends Span {
  readonly kind: "Compare";
  readonly left: Expr;
  readonly ops: readonly CmpOpKind[];
  readonly comparators: readonly Expr[];
}

export interface Keyword extends Span {
  /** null for `**mapping`. */
  readonly arg: string | null;
  readonly value: Expr;
}

/** Positional arguments may include Starred (`*xs`). */
export interface Call extends Span {
  readonly kind: "Call";
  readonly func: Expr;
  readonly args: readonly Expr[];
  readonly keywords: readonly Keyword[];
}

/** An f-string: the concatenation of its Constant(str) and FormattedValue parts. */
export interface JoinedStr extends Span {
  readonly kind: "JoinedStr";
  readonly values: readonly Expr[];
}

/**
 * `{value!conversion:format_spec}` inside an f-string. conversion is -1 (none)
 * or the code of 's', 'r' or 'a'; formatSpec is itself a JoinedStr (it may
 * hold nested fields: `f"{x:{width}}"`). `{x=}` debugging is expanded by the
 * parser into a Constant "x=" followed by this node with conversion 'r' when
 * no conversion or spec is given, as CPython does.
 */
export interface FormattedValue extends Span {
  readonly kind: "FormattedValue";
  readonly value: Expr;
  readonly conversion: number;
  readonly formatSpec: JoinedStr | null;
}

/**
 * A literal. Integers are `bigint` (the compiler picks the runtime
 * representation); floats are `number`; `imag` marks a `1j` literal.
 */
export type ConstantValue =
  | { readonly type: "int"; readonly value: bigint }
  | { readonly type: "float"; readonly value: number }
  | { readonly type: "imag"; readonly value: number }
  | { readonly type: "str"; readonly value: string }
  | { readonly type: "bytes"; readonly value: Uint8Array }
  | { readonly type: "bool"; readonly value: boolean }
  | { readonly type: "None" }
  | { readonly type: "Ellipsis" };

export interface Constant extends Span {
  readonly kind: "Constant";
  readonly value: ConstantValue;
}

export type ExprContext = "load" | "store" | "del";

export interface Attribute extends Span {
  readonly kind: "Attribute";
  readonly value: Expr;
  readonly attr: string;
  readonly ctx: ExprContext;
}

/** `a[i]`, `a[i:j]`, `a[i, j]` (slice is then a Tuple). */
export interface Subscript extends Span {
  readonly kind: "Subscript";
  readonly value: Expr;
  readonly slice: Expr;
  readonly ctx: ExprContext;
}

export interface Starred extends Span {
  readonly kind: "Starred";
  readonly value: Expr;
  readonly ctx: ExprContext;
}

export interface Name extends Span {
  readonly kind: "Name";
  readonly id: string;
  readonly ctx: ExprContext;
}

export interface List extends Span {
  readonly kind: "List";
  readonly elts: readonly Expr[];
  readonly ctx: ExprContext;
}

export interface Tuple extends Span {
  readonly kind: "Tuple";
  readonly elts: readonly Expr[];
  readonly ctx: ExprContext;
}

export interface Slice extends Span {
  readonly kind: "Slice";
  readonly lower: Expr | null;
  readonly upper: Expr | null;
  readonly step: Expr | null;
}

// ---------------------------------------------------------------- parameters

export interface Arg extends Span {
  readonly arg: string;
  readonly annotation: Expr | null;
}

/**
 * A parameter list, as CPython's `ast.arguments`:
 * `def f(posonly, /, args, *vararg, kwonly, **kwarg)`.
 * defaults belong to the last len(defaults) of posonlyargs+args;
 * kwDefaults[i] is the default of kwonlyargs[i] or null.
 */
export interface Arguments {
  readonly posonlyargs: readonly Arg[];
  readonly args: readonly Arg[];
  readonly vararg: Arg | null;
  readonly kwonlyargs: readonly Arg[];
  readonly kwDefaults: readonly (Expr | null)[];
  readonly kwarg: Arg | null;
  readonly defaults: readonly Expr[];
}

export type Node = Stmt | Expr | Pattern;

export function assertNever(x: never): never {
  throw new Error(`unexpected AST node: ${JSON.stringify(x)}`);
}
