// The `builtins` namespace of one interpreter: the builtin functions and
// types, the exceptions, and the functions bound to this interpreter
// (print writes to its stdout, input reads nothing).

import { PyValue, KwArgs, PyClass } from "../object.js";
import {
  None, NotImplemented, Ellipsis, builtinFunction, intType, boolType, floatType, strType, bytesType, bytearrayType, listType,
  tupleType, dictType, setType, frozensetType, rangeType, sliceType, objectType, typeType, propertyType, staticmethodType,
  classmethodType, superType, complexType, PyStaticMethod, PyBuiltinFunction,
} from "../types.js";
import { builtinExceptions, pyErr, EOFError, TypeError, newException, SystemExit, PyBaseException, StopAsyncIteration } from "../exceptions.js";
import { JsGen, awaitIterator, AsyncGenStep } from "../generators.js";
import { str } from "../repr.js";
import { callMethod } from "../methods.js";
import { truthy } from "../ops.js";
import { pureBuiltins, enumerateType, zipType, mapType, filterType, reversedType, importHook } from "./functions.js";
import { installRangeSlice } from "./range-slice.js";
import { dictOfNamespace, namespaceMap } from "./live-dict.js";
import { evalOrExec } from "./eval-exec.js";
import { setOrder } from "../repr.js";
import { setIterationOrder } from "../setorder.js";
import type { Interpreter } from "../interpreter.js";
import "./object-type.js";
import "./numbers.js";
import "./sequence-methods.js";
import "./mapping-methods.js";
import "./exception-methods.js";
import "./str-constructor.js";
import "./complex.js";
import "./generic-alias.js";
import { installStrMethods } from "./str-methods.js";
import { installBytesMethods } from "./bytes-methods.js";

export function createBuiltins(interp: Interpreter): Map<string, PyValue> {
  installRangeSlice();
  importHook.interp = interp;
  setOrder.keys = setIterationOrder;
  installStrMethods();
  installBytesMethods();
  const b = namespaceMap();
  for (const [name, fn] of pureBuiltins()) b.set(name, builtinFunction(name, fn));
  const types: [string, PyClass][] = [
    ["int", intType], ["bool", boolType], ["float", floatType], ["str", strType], ["bytes", bytesType],
    ["bytearray", bytearrayType], ["list", listType], ["tuple", tupleType], ["dict", dictType], ["set", setType],
    ["frozenset", frozensetType], ["range", rangeType], ["slice", sliceType], ["object", objectType], ["type", typeType],
    ["property", propertyType], ["staticmethod", staticmethodType], ["classmethod", classmethodType], ["super", superType],
    ["enumerate", enumerateType], ["zip", zipType], ["map", mapType], ["filter", filterType], ["reversed", reversedType],
    ["complex", complexType],
  ];
  for (const [name, t] of types) b.set(name, t);
  for (const t of [...types.map(([, t]) => t), builtinExceptions[0]]) installNew(t);
  for (const e of builtinExceptions) b.set(e.name, e);
  b.set("None", None);
  b.set("NotImplemented", NotImplemented);
  b.set("Ellipsis", Ellipsis);
  b.set("True", true);
  b.set("False", false);
  b.set("__debug__", true);
  b.set("eval", builtinFunction("eval", (args) => evalOrExec(interp, "eval", args)));
  b.set("exec", builtinFunction("exec", (args) => evalOrExec(interp, "exec", args)));
  b.set("aiter", builtinFunction("aiter", (args) => callMethod(args[0], "__aiter__", [])));
  b.set("anext", builtinFunction("anext", (args) => {
    const aw = callMethod(args[0], "__anext__", []);
    return args.length > 1 ? anextWithDefault(aw, args[1]) : aw;
  }));
  b.set("print", builtinFunction("print", (args, kw) => print(interp, args, kw)));
  b.set("input", builtinFunction("input", (args) => {
    if (args.length > 0) interp.stdout.write(str(args[0]));
    throw newException(EOFError, "EOF when reading a line");
  }));
  b.set("globals", builtinFunction("globals", () => {
    const main = interp.modules.get("__main__");
    const d = main ? dictOfNamespace(main.dict!) : null;
    if (!d) throw pyErr(TypeError, "globals() is not available here");
    return d;
  }));
  const exit = builtinFunction("exit", (args) => {
    throw newException(SystemExit, ...(args.length ? [args[0]] : []));
  });
  b.set("exit", exit);
  b.set("quit", exit);
  return b;
}

/** anext(it, default): an awaitable that turns StopAsyncIteration into the default. */
function anextWithDefault(aw: PyValue, dflt: PyValue): PyValue {
  function* gen(): JsGen {
    try {
      return yield* awaitIterator(aw);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubclassOf(StopAsyncIteration)) return dflt;
      throw e;
    }
  }
  return new AsyncGenStep(gen());
}

/**
 * `int.__new__`, `str.__new__`, ...: each builtin type with a native
 * constructor exposes it as its own __new__ (enum and other metaclass code
 * compares them with object.__new__ and calls them with a subclass).
 */
function installNew(t: PyClass): void {
  const native = t.nativeNew;
  if (!native || t.dict.has("__new__")) return;
  t.dict.set("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyClass)) throw pyErr(TypeError, `${t.name}.__new__(X): X is not a type object (${typeNameOf(cls)})`);
    return native(cls, args.slice(1), kw);
  }, false, `${t.name}.__new__`)));
}

function print(interp: Interpreter, args: PyValue[], kw: KwArgs | null): PyValue {
  let sep = " ", end = "\n";
  let file: PyValue = None;
  let flush = false;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === "sep") {
        if (v !== None && typeof v !== "string") throw pyErr(TypeError, `sep must be None or a string, not ${v === undefined ? "" : typeNameOf(v)}`);
        if (v !== None) sep = v as string;
      } else if (k === "end") {
        if (v !== None && typeof v !== "string") throw pyErr(TypeError, `end must be None or a string, not ${typeNameOf(v)}`);
        if (v !== None) end = v as string;
      } else if (k === "file") file = v;
      else if (k === "flush") flush = truthy(v);
      else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for print()`);
    }
  }
  let text = "";
  for (let i = 0; i < args.length; i++) {
    if (i > 0) text += sep;
    text += str(args[i]);
  }
  text += end;
  if (file === None) {
    const out = interp.modules.get("sys")?.dict?.get("stdout");
    if (out !== undefined && !isStdStream(out)) {
      callMethod(out, "write", [text]);
      return None;
    }
    interp.stdout.write(text);
    if (flush) interp.stdout.flush?.();
  } else {
    callMethod(file, "write", [text]);
    if (flush) callMethod(file, "flush", []);
  }
  return None;
}

import { StdStream } from "../modules/sys.js";
import { typeName as typeNameOf } from "../typename.js";
function isStdStream(v: PyValue): boolean {
  return v instanceof StdStream;
}
