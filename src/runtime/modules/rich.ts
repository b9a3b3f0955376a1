// rich (console output with markup): the Python-visible rich, rich.console, rich.markup,
// rich.text, rich.panel, rich.table, rich.rule, rich.pretty, rich.box, rich.align,
// rich.padding and rich.errors modules, rendering exactly as rich 13.3.1 does
// (rich-console.ts, rich-text.ts, rich-render.ts).
// Output is plain text unless stdout is a terminal and NO_COLOR is unset.

import { PyObject, PyValue, KwArgs, PyList, PyTuple, PyClass, PyFloat } from "../object.js";
import { PyModule, None, makeBuiltinType, objectType, defMethod, defClassMethod, typeOf, listType, tupleType, dictType, setType, frozensetType, isInstance } from "../types.js";
import { defGetter, PyFunction } from "../function.js";
import { pyErr, TypeError, ValueError, newException, Exception, makeExceptionType, PyBaseException } from "../exceptions-extra.js";
import { str, repr, orderedSetKeys, strRepr, nativeRepr, nativeStr } from "../repr.js";
import { truthy, isIntLike, toIndex, pyEq, nativeBool, nativeEq, extBinary } from "../ops.js";
import { PyDict, PySet, newTuple, newList } from "../containers.js";
import { call } from "../call.js";
import { getAttrOrUndefined } from "../attrs.js";
import { callMethod } from "../methods.js";
import { toArray } from "../iter.js";
import { makeModule, inModule } from "./util.js";
import { MarkupError, escapeMarkup, StyleSyntaxError, parseStyle as parseStyleImpl, addStyles, styleToString, renderMarkup } from "./rich-markup.js";
import type { ColorSystem } from "./rich-render.js";
import { warmReprHighlighter } from "./rich-render.js";
import { Text, type JustifyMethod, type OverflowMethod, type StyleType } from "./rich-text.js";
import {
  Align,
  BOX_NAMES,
  Box,
  MissingStyle,
  Padding,
  Panel,
  Pretty,
  PrettyNodeSource,
  Renderable,
  RichConsole,
  Rule,
  Table,
  getBox,
  jsonText,
  makeNode,
  renderNode,
  textFromMarkup,
  type PNode,
  type PrintItem,
  type PrintKw,
  type RenderableType,
} from "./rich-console.js";
import type { Interpreter } from "../interpreter.js";
import type { ModuleFactory } from "./registry.js";

const markupErrorType = makeExceptionType("MarkupError", Exception, "rich.errors");
const missingStyleType = makeExceptionType("MissingStyle", Exception, "rich.errors");
const notRenderableType = makeExceptionType("NotRenderableError", Exception, "rich.errors");
const styleSyntaxErrorType = makeExceptionType("StyleSyntaxError", Exception, "rich.errors");

/** Runs `f`, turning rich's JS errors into the Python exceptions rich raises. */
function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof MarkupError) throw newException(markupErrorType, e.message);
    if (e instanceof MissingStyle) throw newException(missingStyleType, e.message);
    if (e instanceof StyleSyntaxError) throw newException(styleSyntaxErrorType, e.message);
    throw e;
  }
}

// ---------------------------------------------------------------------------
// Argument parsing

type Args = Record<string, PyValue | undefined>;

function parseArgs(fname: string, args: PyValue[], kw: KwArgs | null, names: string[], kwOnly: string[] = []): Args {
  const out: Args = {};
  if (args.length > names.length) throw pyErr(TypeError, `${fname}() takes ${names.length} positional arguments but ${args.length} were given`);
  args.forEach((a, i) => (out[names[i]] = a));
  if (kw) {
    for (const [k, v] of kw) {
      if (!names.includes(k) && !kwOnly.includes(k)) throw pyErr(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
      if (out[k] !== undefined) throw pyErr(TypeError, `${fname}() got multiple values for argument '${k}'`);
      out[k] = v;
    }
  }
  return out;
}

const has = (v: PyValue | undefined): v is PyValue => v !== undefined && v !== None;
const optStr = (v: PyValue | undefined): string | null => (has(v) ? str(v) : null);
const optInt = (v: PyValue | undefined): number | null => (has(v) && isIntLike(v) ? toIndex(v) : null);
const optBool = (v: PyValue | undefined): boolean | null => (has(v) ? truthy(v) : null);
const styleArg = (v: PyValue | undefined): StyleType | null => (!has(v) ? null : v instanceof PyStyle ? v.style : str(v));

function padArg(v: PyValue | undefined): number | number[] | undefined {
  if (!has(v)) return undefined;
  if (isIntLike(v)) return toIndex(v);
  return toArray(v).map((x) => toIndex(x));
}

// ---------------------------------------------------------------------------
// Python wrappers around renderables

class PyRich extends PyObject {
  constructor(
    cls: PyClass,
    public value: Text | Renderable,
  ) {
    super(cls);
    this.dict = new Map();
  }
}

class PyStyle extends PyObject {
  constructor(
    cls: PyClass,
    readonly style: import("./rich-markup.js").Style,
  ) {
    super(cls);
  }
}

class PyBox extends PyObject {
  constructor(
    cls: PyClass,
    readonly box: Box,
  ) {
    super(cls);
  }
}

const textType = inModule(makeBuiltinType("Text", [objectType]), "rich.text");
const panelType = inModule(makeBuiltinType("Panel", [objectType]), "rich.panel");
const tableType = inModule(makeBuiltinType("Table", [objectType]), "rich.table");
const ruleType = inModule(makeBuiltinType("Rule", [objectType]), "rich.rule");
const prettyType = inModule(makeBuiltinType("Pretty", [objectType]), "rich.pretty");
const alignType = inModule(makeBuiltinType("Align", [objectType]), "rich.align");
const paddingType = inModule(makeBuiltinType("Padding", [objectType]), "rich.padding");
const boxType = inModule(makeBuiltinType("Box", [objectType]), "rich.box");
const styleType = inModule(makeBuiltinType("Style", [objectType]), "rich.style");
const consoleType = inModule(makeBuiltinType("Console", [objectType]), "rich.console");

const textOf = (v: PyValue): Text => (v as PyRich).value as Text;
const wrapText = (t: Text): PyRich => new PyRich(textType, t);

/** Text / str argument → Text or string (title arguments). */
function textArg(v: PyValue | undefined): string | Text | null {
  if (!has(v)) return null;
  if (v instanceof PyRich && v.value instanceof Text) return v.value;
  return str(v);
}

// ---------------------------------------------------------------------------
// Pretty: traverse (rich.pretty.traverse) over Python values

interface TraverseOpts {
  maxLength: number | null;
  maxString: number | null;
  maxDepth: number | null;
}

type BraceKind = { name: string; mapping: boolean; braces: (v: PyValue) => [string, string, string]; cls: PyClass | null; module?: string };

const BRACES: BraceKind[] = [
  { name: "defaultdict", module: "collections", mapping: true, cls: null, braces: (v) => {
    const f = getAttrOrUndefined(v, "default_factory") ?? None;
    return [`defaultdict(${repr(f)}, {`, "})", `defaultdict(${repr(f)}, {})`];
  } },
  { name: "Counter", module: "collections", mapping: true, cls: null, braces: () => ["Counter({", "})", "Counter()"] },
  { name: "deque", module: "collections", mapping: false, cls: null, braces: () => ["deque([", "])", "deque()"] },
  { name: "dict", mapping: true, cls: dictType, braces: () => ["{", "}", "{}"] },
  { name: "frozenset", mapping: false, cls: frozensetType, braces: () => ["frozenset({", "})", "frozenset()"] },
  { name: "list", mapping: false, cls: listType, braces: () => ["[", "]", "[]"] },
  { name: "set", mapping: false, cls: setType, braces: () => ["{", "}", "set()"] },
  { name: "tuple", mapping: false, cls: tupleType, braces: () => ["(", ")", "()"] },
];

function containerKind(v: PyValue): [BraceKind, PyClass] | null {
  if (typeof v !== "object" || !(v instanceof PyObject)) return null;
  const mro = typeOf(v).mro;
  for (const kind of BRACES) {
    for (const c of mro) {
      if (kind.cls ? c === kind.cls : c.name === kind.name && (c.module === kind.module || c.module === "_collections")) return [kind, c];
    }
  }
  return null;
}

function isNamedtuple(v: PyValue): boolean {
  if (!(v instanceof PyTuple)) return false;
  const fields = getAttrOrUndefined(v, "_fields");
  return fields instanceof PyTuple;
}

function reprFunctionQualname(cls: PyClass): string | null {
  const f = cls.lookup("__repr__");
  return f instanceof PyFunction ? f.code.info.qualname : null;
}

function isDataclassInstance(v: PyValue): boolean {
  if (!(v instanceof PyObject) || v instanceof PyClass) return false;
  return typeOf(v).lookup("__dataclass_fields__") !== undefined;
}

function hasRichRepr(v: PyValue): boolean {
  return v instanceof PyObject && !(v instanceof PyClass) && typeOf(v).lookup("__rich_repr__") !== undefined;
}

/** rich.pretty.is_expandable */
function isExpandable(v: PyValue): boolean {
  if (v instanceof PyClass) return false;
  return containerKind(v) !== null || isDataclassInstance(v) || hasRichRepr(v);
}

function toRepr(v: PyValue, o: TraverseOpts): string {
  if (o.maxString !== null && typeof v === "string" && v.length > o.maxString) {
    return `${strRepr(v.slice(0, o.maxString))}+${v.length - o.maxString}`;
  }
  try {
    return repr(v);
  } catch (e) {
    if (e instanceof PyBaseException) return `<repr-error ${strRepr(str(e))}>`;
    throw e;
  }
}

export function traverse(obj: PyValue, o: TraverseOpts): PNode {
  const visited = new Set<PyValue>();
  const walk = (v: PyValue, root: boolean, depth: number): PNode => {
    if (typeof v === "object" && visited.has(v)) return makeNode({ valueRepr: "..." });
    const reachedMaxDepth = o.maxDepth !== null && depth >= o.maxDepth;
    let node: PNode;
    const className = typeof v === "object" ? typeOf(v).name : "";
    let richRepr: PyValue[] | null = null;
    if (hasRichRepr(v)) {
      try {
        richRepr = toArray(callMethod(v, "__rich_repr__", []));
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
      }
    }
    if (richRepr !== null) {
      visited.add(v);
      const angular = (() => {
        const m = getAttrOrUndefined(v, "__rich_repr__");
        const a = m !== undefined ? getAttrOrUndefined(m, "angular") : undefined;
        return a !== undefined && truthy(a);
      })();
      const args: (PyValue | [string, PyValue])[] = [];
      for (const arg of richRepr) {
        if (arg instanceof PyTuple) {
          if (arg.items.length === 3) {
            const [key, child, def] = arg.items;
            if (pyEq(def, child)) continue;
            args.push([str(key), child]);
          } else if (arg.items.length === 2) args.push([str(arg.items[0]), arg.items[1]]);
          else if (arg.items.length === 1) args.push(arg.items[0]);
        } else args.push(arg);
      }
      if (args.length) {
        if (reachedMaxDepth) node = makeNode({ valueRepr: angular ? `<${className}...>` : `${className}(...)` });
        else {
          const children: PNode[] = [];
          node = angular
            ? makeNode({ openBrace: `<${className} `, closeBrace: ">", children, last: root, separator: " " })
            : makeNode({ openBrace: `${className}(`, closeBrace: ")", children, last: root });
          args.forEach((arg, i) => {
            const last = i === args.length - 1;
            if (Array.isArray(arg)) {
              const child = walk(arg[1], false, depth + 1);
              child.last = last;
              child.keyRepr = arg[0];
              child.keySeparator = "=";
              children.push(child);
            } else {
              const child = walk(arg, false, depth + 1);
              child.last = last;
              children.push(child);
            }
          });
        }
      } else {
        node = makeNode({ valueRepr: angular ? `<${className}>` : `${className}()`, children: [], last: root });
      }
      visited.delete(v);
    } else if (isDataclassInstance(v) && reprFunctionQualname(typeOf(v)) === "_make_repr.<locals>.__repr__") {
      visited.add(v);
      if (reachedMaxDepth) node = makeNode({ valueRepr: `${className}(...)` });
      else {
        const children: PNode[] = [];
        node = makeNode({ openBrace: `${className}(`, closeBrace: ")", children, last: root });
        const fieldsDict = typeOf(v).lookup("__dataclass_fields__");
        const fields: PyValue[] = [];
        if (fieldsDict instanceof PyDict) {
          for (const [, f] of fieldsDict.table.entries()) {
            const ft = getAttrOrUndefined(f, "_field_type");
            if (ft !== undefined && str(ft) !== "_FIELD") continue;
            const r = getAttrOrUndefined(f, "repr");
            if (r === undefined || truthy(r)) fields.push(f);
          }
        }
        fields.forEach((f, i) => {
          const name = str(getAttrOrUndefined(f, "name") ?? "");
          const child = walk(getAttrOrUndefined(v, name) ?? None, false, depth + 1);
          child.keyRepr = name;
          child.last = i === fields.length - 1;
          child.keySeparator = "=";
          children.push(child);
        });
      }
      visited.delete(v);
    } else if (isNamedtuple(v) && reprFunctionQualname(typeOf(v)) === "namedtuple.<locals>.__repr__") {
      visited.add(v);
      if (reachedMaxDepth) node = makeNode({ valueRepr: `${className}(...)` });
      else {
        const children: PNode[] = [];
        node = makeNode({ openBrace: `${className}(`, closeBrace: ")", children, empty: `${className}()` });
        const fields = (getAttrOrUndefined(v, "_fields") as PyTuple).items;
        const items = (v as PyTuple).items;
        fields.forEach((f, i) => {
          const child = walk(items[i], false, depth + 1);
          child.keyRepr = str(f);
          child.last = i === fields.length - 1;
          child.keySeparator = "=";
          children.push(child);
        });
      }
      visited.delete(v);
    } else {
      const kind = containerKind(v);
      if (kind !== null) {
        const [k, kcls] = kind;
        visited.add(v);
        const [open, close, empty] = k.braces(v);
        const items = containerItems(v, k);
        if (reachedMaxDepth) node = makeNode({ valueRepr: `${open}...${close}` });
        else if (kcls.lookup("__repr__") !== typeOf(v).lookup("__repr__")) node = makeNode({ valueRepr: toRepr(v, o), last: root });
        else if (items.length) {
          const children: PNode[] = [];
          node = makeNode({ openBrace: open, closeBrace: close, children, last: root });
          const n = items.length;
          const shown = o.maxLength !== null ? items.slice(0, o.maxLength) : items;
          shown.forEach((item, index) => {
            if (k.mapping) {
              const [key, val] = item as [PyValue, PyValue];
              const child = walk(val, false, depth + 1);
              child.keyRepr = toRepr(key, o);
              child.last = index === n - 1;
              children.push(child);
            } else {
              const child = walk(item as PyValue, false, depth + 1);
              child.last = index === n - 1;
              children.push(child);
            }
          });
          if (o.maxLength !== null && n > o.maxLength) children.push(makeNode({ valueRepr: `... +${n - o.maxLength}`, last: true }));
        } else {
          node = makeNode({ empty, children: [], last: root });
        }
        visited.delete(v);
      } else {
        node = makeNode({ valueRepr: toRepr(v, o), last: root });
      }
    }
    node.isTuple = v instanceof PyTuple;
    node.isNamedtuple = isNamedtuple(v);
    return node;
  };
  return walk(obj, true, 0);
}

function containerItems(v: PyValue, k: BraceKind): (PyValue | [PyValue, PyValue])[] {
  if (k.mapping) {
    if (v instanceof PyDict) return Array.from(v.table.entries());
    return toArray(callMethod(v, "items", [])).map((t) => (t as PyTuple).items as [PyValue, PyValue]);
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  if (v instanceof PySet) return orderedSetKeys(v);
  return toArray(v);
}

// ---------------------------------------------------------------------------
// Python value → renderable

/** rich_cast: follows __rich__. */
function richCast(v: PyValue): PyValue {
  const seen = new Set<PyClass>();
  while (v instanceof PyObject && !(v instanceof PyClass) && !(v instanceof PyRich) && typeOf(v).lookup("__rich__") !== undefined) {
    v = callMethod(v, "__rich__", []);
    const t = typeOf(v);
    if (seen.has(t)) break;
    seen.add(t);
  }
  return v;
}

function toPrintItem(v: PyValue): PrintItem {
  v = richCast(v);
  if (typeof v === "string") return v;
  if (v instanceof PyRich) return v.value;
  if (isExpandable(v)) return new PrettyNodeSource(traverse(v, { maxLength: null, maxString: null, maxDepth: null }));
  return { str: str(v) };
}

/** A cell / panel body: str, Text or renderable (others are shown pretty or as str). */
function toRenderable(v: PyValue): RenderableType {
  const item = toPrintItem(v);
  if (typeof item === "string" || item instanceof Text || item instanceof Renderable) return item;
  return new Unrenderable(`Unable to render ${repr(v)}; A str, Segment or object with __rich_console__ method is required`);
}

/** A value rich cannot render: raises NotRenderableError when rendered, as rich does. */
class Unrenderable extends Renderable {
  constructor(readonly message: string) {
    super();
  }
  richConsole(): never {
    throw pyErr(notRenderableType, this.message);
  }
}

// ---------------------------------------------------------------------------
// Console

class PyConsole extends PyObject {
  constructor(
    readonly interp: Interpreter,
    readonly rc: RichConsole,
    readonly toStderr: boolean,
    readonly file: PyValue | null,
  ) {
    super(consoleType);
    this.dict = new Map();
  }
  write(text: string): void {
    if (this.file !== null) {
      callMethod(this.file, "write", [text]);
      return;
    }
    (this.toStderr ? this.interp.stderr : this.interp.stdout).write(text);
  }
}

/** rich's colour-system detection (Console._detect_color_system) for our outputs. */
function detectColorSystem(interp: Interpreter, isTerminal: boolean, requested: PyValue): ColorSystem | null {
  const env = interp.env;
  if (!isTerminal || (env.NO_COLOR !== undefined && env.NO_COLOR !== "")) return null;
  if (requested === None) return null;
  if (typeof requested === "string" && requested !== "auto") return requested === "windows" ? "standard" : (requested as ColorSystem);
  const colorterm = (env.COLORTERM ?? "").trim().toLowerCase();
  if (colorterm === "truecolor" || colorterm === "24bit") return "truecolor";
  const term = (env.TERM ?? "").trim().toLowerCase();
  if (term === "dumb" || term === "unknown") return null;
  const colors = term.split("-").pop();
  if (colors === "256color") return "256";
  if (colors === "16color") return "standard";
  return "standard";
}

const CONSOLE_KW = [
  "color_system", "force_terminal", "force_jupyter", "force_interactive", "soft_wrap", "theme", "stderr", "file",
  "quiet", "width", "height", "style", "no_color", "tab_size", "record", "markup", "emoji", "emoji_variant",
  "highlight", "log_time", "log_path", "log_time_format", "highlighter", "legacy_windows", "safe_box",
  "get_datetime", "get_time", "_environ",
];

function makeConsole(interp: Interpreter, kw: KwArgs | null): PyConsole {
  const a = parseArgs("Console", [], kw, [], CONSOLE_KW);
  const env = interp.env;
  const cols = env.COLUMNS && /^\d+$/.test(env.COLUMNS) ? Number(env.COLUMNS) : 80;
  const lines = env.LINES && /^\d+$/.test(env.LINES) ? Number(env.LINES) : 25;
  const width = optInt(a.width) ?? cols;
  const height = optInt(a.height) ?? lines;
  const file = has(a.file) ? a.file : null;
  const force = optBool(a.force_terminal);
  const fileIsTty = file === null ? interp.stdout.isatty === true : (() => {
    try {
      return truthy(callMethod(file, "isatty", []));
    } catch {
      return false;
    }
  })();
  const isTerminal = force ?? fileIsTty;
  let colorSystem = detectColorSystem(interp, isTerminal, a.color_system ?? "auto");
  if (has(a.no_color) && truthy(a.no_color)) colorSystem = null;
  const rc = new RichConsole({
    width,
    height,
    colorSystem,
    isTerminal,
    markup: a.markup === undefined || truthy(a.markup),
    highlight: a.highlight === undefined || truthy(a.highlight),
    emoji: a.emoji === undefined || truthy(a.emoji),
    softWrap: has(a.soft_wrap) && truthy(a.soft_wrap),
    tabSize: optInt(a.tab_size) ?? 8,
    style: styleArg(a.style),
  });
  return new PyConsole(interp, rc, has(a.stderr) && truthy(a.stderr), file);
}

const PRINT_KW = ["sep", "end", "style", "justify", "overflow", "no_wrap", "emoji", "markup", "highlight", "width", "height", "crop", "soft_wrap", "new_line_start"];

function printKw(fname: string, kw: KwArgs | null, allowed = PRINT_KW): PrintKw {
  const a = parseArgs(fname, [], kw, [], allowed);
  const out: PrintKw = {};
  if (a.sep !== undefined) out.sep = a.sep === None ? "" : str(a.sep);
  if (a.end !== undefined) out.end = a.end === None ? "" : str(a.end);
  if (has(a.style)) out.style = styleArg(a.style);
  if (has(a.justify)) out.justify = str(a.justify) as JustifyMethod;
  if (has(a.overflow)) out.overflow = str(a.overflow) as OverflowMethod;
  out.noWrap = optBool(a.no_wrap);
  out.emoji = optBool(a.emoji);
  out.markup = optBool(a.markup);
  out.highlight = optBool(a.highlight);
  out.width = optInt(a.width);
  out.height = optInt(a.height);
  if (a.crop !== undefined) out.crop = truthy(a.crop);
  out.softWrap = optBool(a.soft_wrap);
  return out;
}

function consolePrint(c: PyConsole, args: PyValue[], kw: KwArgs | null): PyValue {
  const opts = printKw("Console.print", kw);
  const text = guard(() => c.rc.print(args.map(toPrintItem), opts));
  c.write(text);
  return None;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/** The caller's file and line for Console.log: the running task's coroutine frame if any, else __main__'s file. */
function callerInfo(interp: Interpreter): [string, number] {
  let filename = "";
  let line = 0;
  try {
    const main = interp.importModule("__main__");
    const f = main.dict?.get("__file__");
    if (typeof f === "string") filename = f;
  } catch {
    /* no __main__ */
  }
  try {
    if (interp.hasModule("asyncio")) {
      const asyncio = interp.importModule("asyncio");
      const loopRunning = call(getAttrOrUndefined(asyncio, "_get_running_loop") ?? None, []);
      if (loopRunning !== None) {
        const task = call(getAttrOrUndefined(asyncio, "current_task") ?? None, []);
        if (task !== None) {
          const coro = callMethod(task, "get_coro", []);
          const frame = getAttrOrUndefined(coro, "cr_frame");
          if (frame !== undefined && frame !== None) {
            const code = getAttrOrUndefined(frame, "f_code");
            const fn = code !== undefined ? getAttrOrUndefined(code, "co_filename") : undefined;
            const ln = getAttrOrUndefined(frame, "f_lineno");
            if (typeof fn === "string") filename = fn;
            if (ln !== undefined && isIntLike(ln)) line = toIndex(ln);
          }
        }
      }
    }
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
  return [filename, line];
}

function consoleLog(c: PyConsole, args: PyValue[], kw: KwArgs | null): PyValue {
  const a = parseArgs("log", [], kw, [], ["sep", "end", "style", "justify", "emoji", "markup", "highlight", "log_locals", "_stack_offset"]);
  const k = new Map(kw ?? []);
  k.delete("log_locals");
  k.delete("_stack_offset");
  void a;
  const opts = printKw("log", k, ["sep", "end", "style", "justify", "emoji", "markup", "highlight"]);
  const d = new Date(c.interp.clock.wall() * 1000);
  const time = `[${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}]`;
  const [filename, lineNo] = callerInfo(c.interp);
  const path = filename.split("/").pop() ?? filename;
  let linkPath: string | null = null;
  if (filename && !filename.startsWith("<")) {
    linkPath = filename;
    try {
      const osPath = c.interp.importModule("os.path");
      linkPath = str(call(getAttrOrUndefined(osPath, "abspath")!, [filename]));
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
    }
  }
  const text = guard(() => c.rc.log(args.map(toPrintItem), { ...opts, time, path, lineNo, linkPath }));
  c.write(text);
  return None;
}

defMethod(consoleType, "print", (a, kw) => consolePrint(a[0] as PyConsole, a.slice(1), kw));
defMethod(consoleType, "out", (a, kw) => {
  const k = new Map(kw ?? []);
  const c = a[0] as PyConsole;
  const objects = a.slice(1).map((v) => str(v));
  // rich's print(sep=..., end=...) are str parameters; None falls back to the default.
  const sep = k.has("sep") && k.get("sep") !== None ? str(k.get("sep")!) : " ";
  const end = k.has("end") && k.get("end") !== None ? str(k.get("end")!) : "\n";
  const style = k.get("style");
  const highlight = k.get("highlight");
  const text = guard(() =>
    c.rc.print([objects.join(sep)], { style: styleArg(style), highlight: optBool(highlight), markup: false, emoji: false, noWrap: true, overflow: "ignore", crop: false, end }),
  );
  c.write(text);
  return None;
});
defMethod(consoleType, "log", (a, kw) => consoleLog(a[0] as PyConsole, a.slice(1), kw));
defMethod(consoleType, "rule", (a, kw) => {
  const c = a[0] as PyConsole;
  const p = parseArgs("rule", a.slice(1), kw, ["title"], ["characters", "style", "align"]);
  const rule = new Rule(textArg(p.title) ?? "", {
    characters: has(p.characters) ? str(p.characters) : undefined,
    style: has(p.style) ? styleArg(p.style)! : undefined,
    align: has(p.align) ? (str(p.align) as "left" | "center" | "right") : undefined,
  });
  c.write(guard(() => c.rc.print([rule])));
  return None;
});
defMethod(consoleType, "line", (a) => {
  const c = a[0] as PyConsole;
  const n = a.length > 1 ? toIndex(a[1]) : 1;
  c.write("\n".repeat(Math.max(0, n)));
  return None;
});
defMethod(consoleType, "print_json", (a, kw) => {
  const c = a[0] as PyConsole;
  const p = parseArgs("print_json", a.slice(1), kw, ["json"], ["data", "indent", "highlight", "skip_keys", "ensure_ascii", "check_circular", "allow_nan", "default", "sort_keys"]);
  const json = c.interp.importModule("json");
  let data: PyValue;
  if (!has(p.json)) data = p.data ?? None;
  else {
    if (typeof p.json !== "string") throw pyErr(TypeError, `json must be str. Did you mean print_json(data=${repr(p.json)}) ?`);
    data = call(getAttrOrUndefined(json, "loads")!, [p.json]);
  }
  const dkw: KwArgs = new Map<string, PyValue>([
    ["indent", p.indent ?? 2],
    ["skipkeys", p.skip_keys ?? false],
    ["ensure_ascii", p.ensure_ascii ?? false],
    ["check_circular", p.check_circular ?? true],
    ["allow_nan", p.allow_nan ?? true],
    ["default", p.default ?? None],
    ["sort_keys", p.sort_keys ?? false],
  ]);
  const dumped = str(call(getAttrOrUndefined(json, "dumps")!, [data], dkw));
  const text = jsonText(dumped, p.highlight === undefined || truthy(p.highlight));
  c.write(guard(() => c.rc.print([text], { softWrap: true })));
  return None;
});
defMethod(consoleType, "input", () => {
  throw pyErr(TypeError, "Console.input is not supported by pyasync");
});
defGetter(
  consoleType,
  "width",
  (c) => (c as PyConsole).rc.width,
  (c, v) => {
    (c as PyConsole).rc.width = toIndex(v);
  },
);
defGetter(
  consoleType,
  "height",
  (c) => (c as PyConsole).rc.height,
  (c, v) => {
    (c as PyConsole).rc.height = toIndex(v);
  },
);
defGetter(consoleType, "size", (c) => consoleDimensions((c as PyConsole).interp, (c as PyConsole).rc.width, (c as PyConsole).rc.height));
defGetter(consoleType, "is_terminal", (c) => (c as PyConsole).rc.isTerminal);
defGetter(consoleType, "color_system", (c) => (c as PyConsole).rc.colorSystem ?? None);
defGetter(consoleType, "encoding", () => "utf-8");
defGetter(consoleType, "is_jupyter", () => false);
defGetter(consoleType, "is_dumb_terminal", () => false);
defGetter(consoleType, "legacy_windows", () => false);
defGetter(consoleType, "no_color", () => false);

const dimensionsFor = new WeakMap<Interpreter, PyValue>();
function consoleDimensions(interp: Interpreter, w: number, h: number): PyValue {
  let cls = dimensionsFor.get(interp);
  if (cls === undefined) {
    try {
      const collections = interp.importModule("collections");
      cls = call(getAttrOrUndefined(collections, "namedtuple")!, ["ConsoleDimensions", newTuple(["width", "height"])]);
    } catch {
      cls = None;
    }
    dimensionsFor.set(interp, cls);
  }
  return cls === None ? newTuple([w, h]) : call(cls, [w, h]);
}

// ---------------------------------------------------------------------------
// rich.text.Text

const TEXT_ARGS = ["text", "style"];
const TEXT_KW = ["justify", "overflow", "no_wrap", "end", "tab_size", "spans"];

textType.nativeNew = (_cls, args, kw) => {
  const a = parseArgs("Text", args, kw, TEXT_ARGS, TEXT_KW);
  const t = new Text(has(a.text) ? str(a.text) : "", styleArg(a.style) ?? "", {
    justify: optStr(a.justify) as JustifyMethod | null,
    overflow: optStr(a.overflow) as OverflowMethod | null,
    noWrap: optBool(a.no_wrap),
    end: a.end !== undefined ? str(a.end) : "\n",
    tabSize: a.tab_size === undefined ? 8 : optInt(a.tab_size),
  });
  return wrapText(t);
};

function spanRepr(s: { start: number; end: number; style: StyleType }): string {
  return `Span(${s.start}, ${s.end}, ${typeof s.style === "string" ? strRepr(s.style) : "Style(...)"})`;
}

defMethod(textType, "append", (a, kw) => {
  const p = parseArgs("append", a.slice(1), kw, ["text", "style"]);
  const t = textOf(a[0]);
  const v = p.text ?? "";
  if (v instanceof PyRich && v.value instanceof Text) {
    if (has(p.style)) throw pyErr(ValueError, "style must not be set when appending Text instance");
    t.append(v.value);
  } else if (typeof v === "string") t.append(v, styleArg(p.style));
  else throw pyErr(TypeError, "Only str or Text can be appended to Text");
  return a[0];
});
defMethod(textType, "append_text", (a) => {
  textOf(a[0]).appendText(textOf(a[1]));
  return a[0];
});
defMethod(textType, "stylize", (a, kw) => {
  const p = parseArgs("stylize", a.slice(1), kw, ["style", "start", "end"]);
  textOf(a[0]).stylize(styleArg(p.style) ?? "", optInt(p.start) ?? 0, optInt(p.end));
  return None;
});
defMethod(textType, "stylize_before", (a, kw) => {
  const p = parseArgs("stylize_before", a.slice(1), kw, ["style", "start", "end"]);
  textOf(a[0]).stylizeBefore(styleArg(p.style) ?? "", optInt(p.start) ?? 0, optInt(p.end));
  return None;
});
defMethod(textType, "copy", (a) => wrapText(textOf(a[0]).copy()));
nativeStr.set(textType, (v) => textOf(v).plain);
nativeRepr.set(textType, (v) => {
  const t = textOf(v);
  return `<text ${strRepr(t.plain)} [${t.spans.map(spanRepr).join(", ")}]>`;
});
nativeBool.set(textType, (v) => textOf(v).length > 0);
nativeEq.set(textType, (a, o) => {
  if (!(o instanceof PyRich && o.value instanceof Text)) return undefined;
  const x = textOf(a);
  const y = o.value;
  return x.plain === y.plain && x.spans.length === y.spans.length && x.spans.every((s, i) => s.start === y.spans[i].start && s.end === y.spans[i].end && s.style === y.spans[i].style);
});
extBinary.set(textType, (op, a, o) => {
  if (op !== "+" || !(a instanceof PyRich)) return undefined;
  const t = textOf(a).copy();
  if (typeof o === "string") t.append(o);
  else if (o instanceof PyRich && o.value instanceof Text) t.append(o.value);
  else return undefined;
  return wrapText(t);
});
defMethod(textType, "__len__", (a) => textOf(a[0]).length);
defMethod(textType, "__contains__", (a) => {
  const o = a[1];
  return typeof o === "string" ? textOf(a[0]).plain.includes(o) : o instanceof PyRich && o.value instanceof Text ? textOf(a[0]).plain.includes(o.value.plain) : false;
});
defMethod(textType, "join", (a) => wrapText(textOf(a[0]).join(toArray(a[1]).map((v) => (typeof v === "string" ? new Text(v) : textOf(v))))));
defMethod(textType, "truncate", (a, kw) => {
  const p = parseArgs("truncate", a.slice(1), kw, ["max_width"], ["overflow", "pad"]);
  textOf(a[0]).truncate(toIndex(p.max_width!), optStr(p.overflow) as OverflowMethod | null, optBool(p.pad) ?? false);
  return None;
});
defMethod(textType, "pad_left", (a) => (textOf(a[0]).padLeft(toIndex(a[1]), a.length > 2 ? str(a[2]) : " "), None));
defMethod(textType, "pad_right", (a) => (textOf(a[0]).padRight(toIndex(a[1]), a.length > 2 ? str(a[2]) : " "), None));
defMethod(textType, "rstrip", (a) => (textOf(a[0]).rstrip(), None));
defMethod(textType, "expand_tabs", (a) => (textOf(a[0]).expandTabs(a.length > 1 ? optInt(a[1]) : null), None));
defMethod(textType, "split", (a, kw) => {
  const p = parseArgs("split", a.slice(1), kw, ["separator"], ["include_separator", "allow_blank"]);
  const parts = textOf(a[0]).split(has(p.separator) ? str(p.separator) : "\n", optBool(p.include_separator) ?? false, optBool(p.allow_blank) ?? false);
  return newList(parts.map(wrapText));
});
defMethod(textType, "highlight_words", (a, kw) => {
  const p = parseArgs("highlight_words", a.slice(1), kw, ["words", "style"], ["case_sensitive"]);
  const t = textOf(a[0]);
  const style = styleArg(p.style) ?? "";
  const cs = p.case_sensitive === undefined || truthy(p.case_sensitive);
  let count = 0;
  const words = toArray(p.words!).map((w) => str(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (!words.length) return 0;
  const re = new RegExp(words.join("|"), cs ? "g" : "gi");
  for (const m of t.plain.matchAll(re)) {
    t.stylize(style, m.index!, m.index! + m[0].length);
    count++;
  }
  return count;
});
defGetter(
  textType,
  "plain",
  (t) => textOf(t).plain,
  (t, v) => {
    textOf(t).plain = str(v);
  },
);
defGetter(
  textType,
  "style",
  (t) => {
    const s = textOf(t).style;
    return typeof s === "string" ? s : new PyStyle(styleType, s);
  },
  (t, v) => {
    textOf(t).style = styleArg(v) ?? "";
  },
);
defGetter(
  textType,
  "justify",
  (t) => textOf(t).justify ?? None,
  (t, v) => {
    textOf(t).justify = optStr(v) as JustifyMethod | null;
  },
);
defGetter(
  textType,
  "overflow",
  (t) => textOf(t).overflow ?? None,
  (t, v) => {
    textOf(t).overflow = optStr(v) as OverflowMethod | null;
  },
);
defGetter(
  textType,
  "no_wrap",
  (t) => textOf(t).noWrap ?? None,
  (t, v) => {
    textOf(t).noWrap = optBool(v);
  },
);
defGetter(
  textType,
  "end",
  (t) => textOf(t).end,
  (t, v) => {
    textOf(t).end = str(v);
  },
);
defGetter(textType, "cell_len", (t) => textOf(t).cellLen);
defClassMethod(textType, "from_markup", (a, kw) => {
  const p = parseArgs("from_markup", a.slice(1), kw, ["text"], ["style", "emoji", "emoji_variant", "justify", "overflow", "end"]);
  return guard(() =>
    wrapText(
      textFromMarkup(str(p.text!), styleArg(p.style) ?? "", {
        emoji: optBool(p.emoji) ?? true,
        justify: optStr(p.justify) as JustifyMethod | null,
        overflow: optStr(p.overflow) as OverflowMethod | null,
        end: p.end !== undefined ? str(p.end) : "\n",
      }),
    ),
  );
});
defClassMethod(textType, "assemble", (a, kw) => {
  const p = parseArgs("assemble", [], kw, [], ["style", "justify", "overflow", "no_wrap", "end", "tab_size", "meta"]);
  const t = new Text("", styleArg(p.style) ?? "", {
    justify: optStr(p.justify) as JustifyMethod | null,
    overflow: optStr(p.overflow) as OverflowMethod | null,
    noWrap: optBool(p.no_wrap),
    end: p.end !== undefined ? str(p.end) : "\n",
    tabSize: p.tab_size === undefined ? 8 : optInt(p.tab_size),
  });
  for (const part of a.slice(1)) {
    if (typeof part === "string") t.append(part);
    else if (part instanceof PyRich && part.value instanceof Text) t.append(part.value);
    else if (part instanceof PyTuple) {
      const [s, st] = part.items;
      if (s instanceof PyRich && s.value instanceof Text) t.append(s.value);
      else t.append(str(s), styleArg(st));
    }
  }
  return wrapText(t);
});

// ---------------------------------------------------------------------------
// Panel, Rule, Pretty, Align, Padding, Table, box, Style

const boxObjects = new Map<string, PyBox>();
function pyBox(name: string): PyBox {
  let b = boxObjects.get(name);
  if (!b) {
    b = new PyBox(boxType, getBox(name));
    boxObjects.set(name, b);
  }
  return b;
}
nativeRepr.set(boxType, () => "Box(...)");
nativeStr.set(boxType, (v) => (v as PyBox).box.box);

const boxArg = (v: PyValue | undefined, dflt: string | null): Box | null => {
  if (v === undefined) return dflt === null ? null : getBox(dflt);
  if (v === None) return null;
  if (v instanceof PyBox) return v.box;
  throw pyErr(TypeError, "box must be a rich.box.Box");
};

const PANEL_KW = ["title", "title_align", "subtitle", "subtitle_align", "safe_box", "expand", "style", "border_style", "width", "height", "padding", "highlight"];

function makePanel(args: PyValue[], kw: KwArgs | null, fit: boolean): PyRich {
  const a = parseArgs(fit ? "fit" : "Panel", args, kw, ["renderable", "box"], PANEL_KW);
  const panel = new Panel(toRenderable(a.renderable ?? ""), {
    box: boxArg(a.box, "ROUNDED") ?? getBox("ROUNDED"),
    title: textArg(a.title),
    titleAlign: (optStr(a.title_align) ?? "center") as "left" | "center" | "right",
    subtitle: textArg(a.subtitle),
    subtitleAlign: (optStr(a.subtitle_align) ?? "center") as "left" | "center" | "right",
    expand: fit ? false : a.expand === undefined ? true : truthy(a.expand),
    style: styleArg(a.style) ?? "none",
    borderStyle: styleArg(a.border_style) ?? "none",
    width: optInt(a.width),
    height: optInt(a.height),
    padding: padArg(a.padding),
    highlight: optBool(a.highlight) ?? false,
  });
  return new PyRich(panelType, panel);
}
panelType.nativeNew = (_cls, args, kw) => makePanel(args, kw, false);
defClassMethod(panelType, "fit", (a, kw) => makePanel(a.slice(1), kw, true));

ruleType.nativeNew = (_cls, args, kw) => {
  const a = parseArgs("Rule", args, kw, ["title"], ["characters", "style", "end", "align"]);
  return new PyRich(
    ruleType,
    new Rule(textArg(a.title) ?? "", {
      characters: optStr(a.characters) ?? undefined,
      style: styleArg(a.style) ?? undefined,
      end: optStr(a.end) ?? undefined,
      align: (optStr(a.align) ?? "center") as "left" | "center" | "right",
    }),
  );
};

const PRETTY_KW = ["indent_size", "justify", "overflow", "no_wrap", "indent_guides", "max_length", "max_string", "max_depth", "expand_all", "margin", "insert_line"];

function prettyOf(a: Args): Pretty {
  const node = traverse(a._object ?? None, { maxLength: optInt(a.max_length), maxString: optInt(a.max_string), maxDepth: optInt(a.max_depth) });
  return new Pretty(node, {
    indentSize: optInt(a.indent_size) ?? 4,
    justify: optStr(a.justify) as JustifyMethod | null,
    overflow: optStr(a.overflow) as OverflowMethod | null,
    noWrap: a.no_wrap === undefined ? false : optBool(a.no_wrap),
    indentGuides: optBool(a.indent_guides) ?? false,
    expandAll: optBool(a.expand_all) ?? false,
    margin: optInt(a.margin) ?? 0,
    insertLine: optBool(a.insert_line) ?? false,
    typeRepr: repr(typeOf(a._object ?? None)),
    highlighter: has(a.highlighter) ? null : undefined,
  });
}
prettyType.nativeNew = (_cls, args, kw) => new PyRich(prettyType, prettyOf(parseArgs("Pretty", args, kw, ["_object", "highlighter"], PRETTY_KW)));

alignType.nativeNew = (_cls, args, kw) => {
  const a = parseArgs("Align", args, kw, ["renderable", "align", "style"], ["vertical", "pad", "width", "height"]);
  return makeAlign(a, (optStr(a.align) ?? "left") as "left" | "center" | "right");
};
function makeAlign(a: Args, align: "left" | "center" | "right"): PyRich {
  if (!["left", "center", "right"].includes(align)) throw pyErr(ValueError, `invalid value for align, expected "left", "center", or "right" (not ${strRepr(align)})`);
  return new PyRich(alignType, new Align(toRenderable(a.renderable ?? ""), align, { style: styleArg(a.style), pad: optBool(a.pad) ?? true, width: optInt(a.width) }));
}
for (const al of ["left", "center", "right"] as const) {
  defClassMethod(alignType, al, (args, kw) => makeAlign(parseArgs(al, args.slice(1), kw, ["renderable", "style"], ["vertical", "pad", "width", "height"]), al));
}

paddingType.nativeNew = (_cls, args, kw) => {
  const a = parseArgs("Padding", args, kw, ["renderable", "pad"], ["style", "expand"]);
  return new PyRich(paddingType, new Padding(toRenderable(a.renderable ?? ""), padArg(a.pad) ?? [0, 0, 0, 0], styleArg(a.style) ?? "none", a.expand === undefined || truthy(a.expand)));
};

const TABLE_KW = [
  "title", "caption", "width", "min_width", "box", "safe_box", "padding", "collapse_padding", "pad_edge", "expand", "show_header",
  "show_footer", "show_edge", "show_lines", "leading", "style", "row_styles", "header_style", "footer_style", "border_style",
  "title_style", "caption_style", "title_justify", "caption_justify", "highlight",
];
const tableOf = (v: PyValue): Table => (v as PyRich).value as Table;

tableType.nativeNew = (_cls, args, kw) => {
  const a = parseArgs("Table", [], kw, [], TABLE_KW);
  const nullableStyle = (v: PyValue | undefined): StyleType | null | undefined => (v === undefined ? undefined : styleArg(v));
  const t = new Table(
    args.map((h) => str(h)),
    {
      title: textArg(a.title),
      caption: textArg(a.caption),
      width: optInt(a.width),
      minWidth: optInt(a.min_width),
      box: boxArg(a.box, "HEAVY_HEAD"),
      padding: padArg(a.padding),
      collapsePadding: optBool(a.collapse_padding) ?? false,
      padEdge: optBool(a.pad_edge) ?? true,
      expand: optBool(a.expand) ?? false,
      showHeader: optBool(a.show_header) ?? true,
      showFooter: optBool(a.show_footer) ?? false,
      showEdge: optBool(a.show_edge) ?? true,
      showLines: optBool(a.show_lines) ?? false,
      leading: optInt(a.leading) ?? 0,
      style: styleArg(a.style) ?? "none",
      rowStyles: has(a.row_styles) ? toArray(a.row_styles).map((s) => styleArg(s) ?? "") : [],
      headerStyle: nullableStyle(a.header_style),
      footerStyle: nullableStyle(a.footer_style),
      borderStyle: styleArg(a.border_style),
      titleStyle: styleArg(a.title_style),
      captionStyle: styleArg(a.caption_style),
      titleJustify: (optStr(a.title_justify) ?? "center") as JustifyMethod,
      captionJustify: (optStr(a.caption_justify) ?? "center") as JustifyMethod,
      highlight: optBool(a.highlight) ?? false,
    },
  );
  return new PyRich(tableType, t);
};
defClassMethod(tableType, "grid", (a, kw) => {
  const p = parseArgs("grid", [], kw, [], ["padding", "collapse_padding", "pad_edge", "expand"]);
  const t = Table.grid(
    { padding: padArg(p.padding), collapsePadding: optBool(p.collapse_padding) ?? true, padEdge: optBool(p.pad_edge) ?? false, expand: optBool(p.expand) ?? false },
    a.slice(1).map((h) => str(h)),
  );
  return new PyRich(tableType, t);
});
defMethod(tableType, "add_column", (a, kw) => {
  const p = parseArgs("add_column", a.slice(1), kw, ["header", "footer"], [
    "header_style", "footer_style", "style", "justify", "vertical", "overflow", "width", "min_width", "max_width", "ratio", "no_wrap",
  ]);
  tableOf(a[0]).addColumn({
    header: has(p.header) ? toRenderable(p.header) : "",
    footer: has(p.footer) ? toRenderable(p.footer) : "",
    headerStyle: styleArg(p.header_style),
    footerStyle: styleArg(p.footer_style),
    style: styleArg(p.style),
    justify: (optStr(p.justify) ?? "left") as JustifyMethod,
    vertical: (optStr(p.vertical) ?? "top") as "top" | "middle" | "bottom",
    overflow: (optStr(p.overflow) ?? "ellipsis") as OverflowMethod,
    width: optInt(p.width),
    minWidth: optInt(p.min_width),
    maxWidth: optInt(p.max_width),
    ratio: optInt(p.ratio),
    noWrap: optBool(p.no_wrap) ?? false,
  });
  return None;
});
defMethod(tableType, "add_row", (a, kw) => {
  const p = parseArgs("add_row", [], kw, [], ["style", "end_section"]);
  tableOf(a[0]).addRow(
    a.slice(1).map((v) => {
      if (v === None) return null;
      const r = toRenderable(v);
      if (r instanceof Unrenderable) throw pyErr(notRenderableType, `unable to render ${typeOf(v).name}; a string or other renderable object is required`);
      return r;
    }),
    styleArg(p.style),
    optBool(p.end_section) ?? false,
  );
  return None;
});
defMethod(tableType, "add_section", (a) => {
  const t = tableOf(a[0]);
  if (t.rows.length) t.rows[t.rows.length - 1].endSection = true;
  return None;
});
defGetter(tableType, "row_count", (t) => tableOf(t).rows.length);
for (const [name, key] of [
  ["title", "title"],
  ["caption", "caption"],
] as const) {
  defGetter(
    tableType,
    name,
    (t) => {
      const v = tableOf(t)[key];
      return v === null ? None : typeof v === "string" ? v : wrapText(v);
    },
    (t, v) => {
      tableOf(t)[key] = textArg(v);
    },
  );
}
for (const [name, key] of [
  ["show_header", "showHeader"],
  ["show_footer", "showFooter"],
  ["show_edge", "showEdge"],
  ["show_lines", "showLines"],
  ["expand", "expandFlag"],
] as const) {
  defGetter(
    tableType,
    name,
    (t) => (name === "expand" ? tableOf(t).expand : tableOf(t)[key]),
    (t, v) => {
      tableOf(t)[key] = truthy(v);
    },
  );
}

styleType.nativeNew = (_cls, args, kw) => {
  const a = parseArgs("Style", [], kw, [], [
    "color", "bgcolor", "bold", "dim", "italic", "underline", "blink", "blink2", "reverse", "conceal", "strike", "underline2", "frame", "encircle", "overline", "link", "meta",
  ]);
  const parts: string[] = [];
  for (const attr of ["bold", "dim", "italic", "underline", "blink", "blink2", "reverse", "conceal", "strike", "underline2", "frame", "encircle", "overline"]) {
    const v = a[attr];
    if (has(v)) parts.push(truthy(v) ? attr : `not ${attr}`);
  }
  if (has(a.color)) parts.push(str(a.color));
  if (has(a.bgcolor)) parts.push("on", str(a.bgcolor));
  if (has(a.link)) parts.push("link", str(a.link));
  return guard(() => new PyStyle(styleType, parseStyleStrict(parts.join(" ") || "none")));
};
function parseStyleStrict(def: string): import("./rich-markup.js").Style {
  return parseStyleImpl(def);
}
defClassMethod(styleType, "parse", (a) => guard(() => new PyStyle(styleType, parseStyleImpl(str(a[1])))));
nativeStr.set(styleType, (v) => styleToString((v as PyStyle).style));
nativeRepr.set(styleType, (v) => `Style.parse(${strRepr(styleToString((v as PyStyle).style))})`);
extBinary.set(styleType, (op, a, b) => {
  if (op !== "+" || !(a instanceof PyStyle)) return undefined;
  if (b === None) return a;
  return b instanceof PyStyle ? new PyStyle(styleType, addStyles(a.style, b.style)) : undefined;
});

// ---------------------------------------------------------------------------
// Modules

export function createRichModules(): [string, ModuleFactory][] {
  // Console construction needs the interpreter; each interpreter's rich.console
  // module gets a Console "class" whose calls build consoles for it.
  const consoleClassFor = new WeakMap<Interpreter, PyValue>();
  const globalConsoleFor = new WeakMap<Interpreter, PyConsole>();
  const consoleClass = (interp: Interpreter): PyValue => {
    let c = consoleClassFor.get(interp);
    if (!c) {
      const cls = inModule(makeBuiltinType("Console", [consoleType]), "rich.console");
      cls.nativeNew = ((_cls: unknown, _args: PyValue[], kw: KwArgs | null) => makeConsole(interp, kw)) as typeof cls.nativeNew;
      c = cls;
      consoleClassFor.set(interp, c);
    }
    return c;
  };
  const globalConsole = (interp: Interpreter): PyConsole => {
    let c = globalConsoleFor.get(interp);
    if (!c) {
      c = makeConsole(interp, null);
      globalConsoleFor.set(interp, c);
    }
    return c;
  };
  const consoleArg = (interp: Interpreter, v: PyValue | undefined): PyConsole => (v instanceof PyConsole ? v : globalConsole(interp));
  return [
    [
      "rich",
      (interp) =>
        makeModule("rich", {
          print: (args, kw) => {
            const p = parseArgs("print", [], kw, [], ["sep", "end", "file", "flush"]);
            const c = has(p.file) ? makeConsole(interp, new Map([["file", p.file]])) : globalConsole(interp);
            const k: KwArgs = new Map();
            if (p.sep !== undefined) k.set("sep", p.sep);
            if (p.end !== undefined) k.set("end", p.end);
            return consolePrint(c, args, k);
          },
          get_console: () => globalConsole(interp),
          print_json: (args, kw) => callMethod(globalConsole(interp), "print_json", args, kw),
        }),
    ],
    [
      "rich.console",
      (interp) => {
        warmReprHighlighter();
        renderMarkup("[bold]x[/bold] [[green bold]y[/]] :smile:");
        return makeModule("rich.console", { Console: consoleClass(interp) });
      },
    ],
    ["rich.markup", () => makeModule("rich.markup", { escape: (args) => escapeMarkup(str(args[0])) })],
    [
      "rich.errors",
      () =>
        makeModule("rich.errors", {
          MarkupError: markupErrorType,
          MissingStyle: missingStyleType,
          NotRenderableError: notRenderableType,
          StyleSyntaxError: styleSyntaxErrorType,
        }),
    ],
    ["rich.text", () => makeModule("rich.text", { Text: textType })],
    ["rich.panel", () => makeModule("rich.panel", { Panel: panelType })],
    ["rich.rule", () => makeModule("rich.rule", { Rule: ruleType })],
    ["rich.align", () => makeModule("rich.align", { Align: alignType })],
    ["rich.padding", () => makeModule("rich.padding", { Padding: paddingType })],
    ["rich.table", () => makeModule("rich.table", { Table: tableType })],
    ["rich.style", () => makeModule("rich.style", { Style: styleType })],
    [
      "rich.box",
      () => {
        const members: Record<string, PyValue> = { Box: boxType };
        for (const n of BOX_NAMES) members[n] = pyBox(n);
        return makeModule("rich.box", members);
      },
    ],
    [
      "rich.pretty",
      (interp) =>
        makeModule("rich.pretty", {
          Pretty: prettyType,
          pprint: (args, kw) => {
            const a = parseArgs("pprint", args, kw, ["_object"], ["console", "indent_guides", "max_length", "max_string", "max_depth", "expand_all"]);
            const c = consoleArg(interp, a.console);
            const pretty = prettyOf({ ...a, indent_guides: a.indent_guides ?? true, overflow: "ignore" });
            c.write(guard(() => c.rc.print([pretty], { softWrap: true })));
            return None;
          },
          pretty_repr: (args, kw) => {
            const a = parseArgs("pretty_repr", args, kw, ["_object"], ["max_width", "indent_size", "max_length", "max_string", "max_depth", "expand_all"]);
            const node = traverse(a._object ?? None, { maxLength: optInt(a.max_length), maxString: optInt(a.max_string), maxDepth: optInt(a.max_depth) });
            return renderNode(node, optInt(a.max_width) ?? 80, optInt(a.indent_size) ?? 4, optBool(a.expand_all) ?? false);
          },
          install: () => None,
        }),
    ],
  ];
}

void PyFloat;
void isInstance;
export type { PyModule };
