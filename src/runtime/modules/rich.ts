// rich (console output with markup): rich.console.Console, rich.print and
// rich.markup.escape, rendering exactly as rich 13 does (rich-render.ts).
// Output is plain text unless stdout is a terminal and NO_COLOR is unset.

import { PyObject, PyValue, KwArgs, PyList, PyTuple } from "../object.js";
import { PyModule, None, makeBuiltinType, objectType, defMethod } from "../types.js";
import { defGetter } from "../function.js";
import { pyErr, TypeError, newException, Exception, makeExceptionType } from "../exceptions-extra.js";
import { str, repr } from "../repr.js";
import { truthy, isIntLike, asInt } from "../ops.js";
import { PyDict, PySet } from "../containers.js";
import { makeModule, inModule } from "./util.js";
import { consolePrint, MarkupError, ColorSystem, PrintObject } from "./rich-render.js";
import { escapeMarkup } from "./rich-markup.js";
import type { Interpreter } from "../interpreter.js";
import type { ModuleFactory } from "./registry.js";

const consoleType = inModule(makeBuiltinType("Console", [objectType]), "rich.console");
const markupErrorType = makeExceptionType("MarkupError", Exception, "rich.errors");

class PyConsole extends PyObject {
  constructor(
    readonly interp: Interpreter,
    readonly width: number,
    readonly colorSystem: ColorSystem | null,
    readonly toStderr: boolean,
    readonly markup: boolean,
    readonly highlight: boolean,
  ) {
    super(consoleType);
    this.dict = new Map();
  }
}

/** rich's colour-system detection (Console._detect_color_system) for our outputs. */
function detectColorSystem(interp: Interpreter, forceTerminal: boolean | null, requested: PyValue): ColorSystem | null {
  const env = interp.env;
  const isTerminal = forceTerminal ?? interp.stdout.isatty === true;
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

function toPrintObject(v: PyValue): PrintObject {
  if (typeof v === "string") return v;
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet) return { repr: repr(v), pretty: true };
  return { repr: str(v) };
}

function makeConsole(interp: Interpreter, kw: KwArgs | null): PyConsole {
  const get = (k: string) => kw?.get(k);
  const width = get("width");
  const force = get("force_terminal");
  const env = interp.env;
  const cols = env.COLUMNS && /^\d+$/.test(env.COLUMNS) ? Number(env.COLUMNS) : 80;
  const w = width !== undefined && width !== None && isIntLike(width) ? Number(asInt(width)) : cols;
  let colorSystem = detectColorSystem(interp, force === undefined || force === None ? null : truthy(force), get("color_system") ?? "auto");
  const noColor = get("no_color");
  if (noColor !== undefined && truthy(noColor)) colorSystem = null;
  const markup = get("markup");
  const highlight = get("highlight");
  const stderr = get("stderr");
  return new PyConsole(interp, w, colorSystem, stderr !== undefined && truthy(stderr), markup === undefined || truthy(markup), highlight === undefined || truthy(highlight));
}

function consoleWrite(c: PyConsole, args: PyValue[], kw: KwArgs | null): PyValue {
  let sep = " ", end = "\n";
  let markup = c.markup, highlight = c.highlight;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === "sep") sep = str(v);
      else if (k === "end") end = str(v);
      else if (k === "markup") markup = v === None ? c.markup : truthy(v);
      else if (k === "highlight") highlight = v === None ? c.highlight : truthy(v);
      else if (["style", "justify", "overflow", "no_wrap", "emoji", "width", "height", "crop", "soft_wrap", "new_line_start"].includes(k)) continue;
      else throw pyErr(TypeError, `Console.print() got an unexpected keyword argument '${k}'`);
    }
  }
  let text: string;
  try {
    text = consolePrint(args.map(toPrintObject), { width: c.width, colorSystem: c.colorSystem, sep, end, markup, highlight });
  } catch (e) {
    if (e instanceof MarkupError) throw newException(markupErrorType, e.message);
    throw e;
  }
  (c.toStderr ? c.interp.stderr : c.interp.stdout).write(text);
  return None;
}

function consoleFactory(interp: Interpreter) {
  return (_cls: unknown, _args: PyValue[], kw: KwArgs | null) => makeConsole(interp, kw);
}

defMethod(consoleType, "print", (a, kw) => consoleWrite(a[0] as PyConsole, a.slice(1), kw));
defMethod(consoleType, "out", (a, kw) => consoleWrite(a[0] as PyConsole, a.slice(1), new Map([...(kw ?? []), ["markup", false], ["highlight", false]])));
defGetter(consoleType, "width", (c) => (c as PyConsole).width);
defGetter(consoleType, "is_terminal", (c) => (c as PyConsole).colorSystem !== null);
defGetter(consoleType, "color_system", (c) => (c as PyConsole).colorSystem ?? None);

export function createRichModules(): [string, ModuleFactory][] {
  // Console construction needs the interpreter; each interpreter's rich.console
  // module gets a Console "class" whose calls build consoles for it.
  const consoleClassFor = new WeakMap<Interpreter, PyValue>();
  const consoleClass = (interp: Interpreter): PyValue => {
    let c = consoleClassFor.get(interp);
    if (!c) {
      c = makeConsoleClass(interp);
      consoleClassFor.set(interp, c);
    }
    return c;
  };
  return [
    ["rich", (interp) => {
      let global: PyConsole | null = null;
      return makeModule("rich", {
        print: (args, kw) => {
          global ??= makeConsole(interp, null);
          return consoleWrite(global, args, kw);
        },
      });
    }],
    ["rich.console", (interp) => makeModule("rich.console", { Console: consoleClass(interp) })],
    ["rich.markup", () => makeModule("rich.markup", { escape: (args) => escapeMarkup(str(args[0])) })],
    ["rich.errors", () => makeModule("rich.errors", { MarkupError: markupErrorType })],
  ];
}

/** A per-interpreter subclass of Console whose constructor knows the interpreter. */
function makeConsoleClass(interp: Interpreter): PyValue {
  const cls = inModule(makeBuiltinType("Console", [consoleType]), "rich.console");
  cls.nativeNew = consoleFactory(interp) as typeof cls.nativeNew;
  return cls;
}

export type { PyModule };
