// Native fast paths for the hot methods of asyncio's Python-written classes
// (Queue in queues.py, Lock in locks.py), the way CPython has C versions of
// Future and Task.
//
// The Python code in src/lib/asyncio stays the definition. `accelerate()`
// replaces a method in the class namespace with a copy of the same function
// (same name, code object, defaults) whose calls first try a native fast
// path and otherwise run the Python body. A fast path runs only when the
// receiver is an instance of exactly the class it was written for, while a
// ClassGuard confirms that the class still has the methods the native code
// stands in for, and no instance attribute shadows a method the Python code
// would call on self. It does what the Python body would do, in the same
// order, so futures are woken and callbacks scheduled exactly as before. Everything else — subclasses such
// as PriorityQueue, states in which the Python code raises or waits — runs
// the Python body.

import { PyClass, PyObject, PyValue, KwArgs, classEpoch, PyFloat } from "../object.js";
import { PyFunction } from "../function.js";
import { CompiledCode } from "../compiler/function-code.js";
import { Frame } from "../compiler/frame.js";
import { None } from "../types.js";
import { pyErr, TypeError } from "../exceptions.js";
import { PyCoroutine, JsGen } from "../generators.js";
import { PyDeque, dequeType } from "../modules/a-collections.js";
import { Future, futureType } from "./futures.js";

/** What a fast path returns when the Python body must run instead. */
export const SLOW: unique symbol = Symbol("slow path");
export type FastResult = PyValue | typeof SLOW;

/**
 * A native version of one method taking `arity` positional arguments (self
 * included). `run` gets self and the first argument after it.
 */
export interface FastMethod {
  readonly arity: number;
  run(code: AcceleratedCode, fn: PyFunction, self: PyValue, x: PyValue): FastResult;
}

/** A method's compiled code with a native fast path in front of its calls. */
export class AcceleratedCode extends CompiledCode {
  /** Shared by the native coroutines of this method: they have no locals and one line. */
  readonly nativeFrame: Frame;
  constructor(
    original: CompiledCode,
    globals: Map<string, PyValue>,
    readonly fast: FastMethod,
  ) {
    super(original.info, original.nslots, original.params, original.cellSlots, original.kind, original.body, original.genBody);
    this.nativeFrame = new Frame(original.info, 0, null, globals);
  }

  override call(fn: PyFunction, args: PyValue[], kw: KwArgs | null): PyValue {
    if (kw === null && args.length === this.fast.arity) {
      const r = this.fast.run(this, fn, args[0], args[1]);
      if (r !== SLOW) return r;
    }
    return super.call(fn, args, kw);
  }
  override call1(fn: PyFunction, x: PyValue): PyValue {
    if (this.fast.arity === 1) {
      const r = this.fast.run(this, fn, x, None);
      if (r !== SLOW) return r;
    }
    return super.call1(fn, x);
  }
  override call2(fn: PyFunction, x: PyValue, y: PyValue): PyValue {
    if (this.fast.arity === 2) {
      const r = this.fast.run(this, fn, x, y);
      if (r !== SLOW) return r;
    }
    return super.call2(fn, x, y);
  }

  /** Calls the Python body (for a coroutine method: creates the Python coroutine). */
  python(fn: PyFunction, args: PyValue[]): PyValue {
    return super.call(fn, args, null);
  }

  /**
   * A coroutine object for this method that runs `gen`, named as the Python
   * one would be. `frame` (default: the def line) is where a suspended one
   * reports itself, e.g. in a Task's repr: see frameAt.
   */
  coroutine(fn: PyFunction, gen: JsGen, frame: Frame = this.nativeFrame): PyCoroutine {
    return new PyCoroutine(gen, frame, fn.name, fn.qualname);
  }

  /** A shared frame of this method at the first line of its body containing `text` (an `await`). */
  frameAt(text: string): Frame {
    const info = this.info;
    const f = new Frame(info, 0, null, this.nativeFrame.globals);
    for (let i = info.firstLine; i <= info.source.length; i++) {
      if (info.source[i - 1].includes(text)) {
        f.line = i;
        return f;
      }
    }
    throw new Error(`internal: no '${text}' in ${info.qualname}`);
  }
}

/**
 * Installs fast paths on `cls`: each named method (found along the MRO, so a
 * mixin's method is replaced where it is defined) gets an AcceleratedCode.
 */
export function accelerate(cls: PyClass, methods: Record<string, FastMethod>): void {
  for (const [name, fast] of Object.entries(methods)) {
    const owner = cls.mro.find((c) => c.dict.has(name));
    const fn = owner?.dict.get(name);
    if (!(fn instanceof PyFunction) || !(fn.code instanceof CompiledCode) || fn.code instanceof AcceleratedCode) {
      throw pyErr(TypeError, `cannot accelerate ${cls.name}.${name}`);
    }
    const copy = new PyFunction(new AcceleratedCode(fn.code, fn.globals, fast), fn.globals, fn.name, fn.qualname, fn.defaults, fn.kwDefaults, fn.closure, fn.doc, fn.module);
    copy.annotations = fn.annotations;
    if (fn.dict !== null) copy.dict = new Map(fn.dict);
    owner!.dict.set(name, copy);
  }
}

/** A class attribute no instance attribute access can go through: absent, or a plain value. */
function plainOrAbsent(v: PyValue | undefined): boolean {
  return v === undefined || typeof v !== "object" || v instanceof PyFloat || v === None;
}

/**
 * When a fast path may stand in for the Python code on an instance of `cls`:
 * the class has no attribute hooks, its methods named in `methods` are still
 * the ones seen when the guard was made, and its `fields` are not class-level
 * descriptors (so `self.field` is the instance dict's entry). Each fast path
 * also checks, with `shadowed`, that no instance attribute hides a method the
 * Python code would call on self.
 */
export class ClassGuard {
  private readonly expected: Map<string, PyValue | undefined>;
  private epoch = -1;
  private ok = false;
  constructor(
    readonly cls: PyClass,
    methods: readonly string[],
    private readonly fields: readonly string[],
  ) {
    this.expected = new Map(methods.map((m) => [m, cls.lookup(m)]));
  }

  /** The instance dict of `o` when `o` is exactly of the class and the class is as expected; null otherwise. */
  dictOf(o: PyValue): Map<string, PyValue> | null {
    if (!(o instanceof PyObject) || o.cls !== this.cls) return null;
    if (this.epoch !== classEpoch.n) this.check();
    return this.ok ? o.dict : null;
  }

  private check(): void {
    this.epoch = classEpoch.n;
    const c = this.cls;
    const h = c.hooks();
    this.ok =
      h.getattribute === undefined &&
      h.setattr === undefined &&
      [...this.expected].every(([m, v]) => c.lookup(m) === v) &&
      this.fields.every((f) => plainOrAbsent(c.lookup(f)));
  }
}

/** A deque of exactly the builtin type (whose methods the fast paths may call natively). */
export function plainDeque(v: PyValue | undefined): PyDeque | null {
  return v instanceof PyDeque && v.cls === dequeType ? v : null;
}

/** A future of exactly the builtin type (loop.create_future()'s), whose methods are native. */
export function isPlainFuture(v: PyValue): v is Future {
  return v instanceof Future && v.cls === futureType;
}

/** Whether an instance attribute (a key of its dict `d`) hides one of the methods `names`. */
export function shadowed(d: Map<string, PyValue>, names: readonly string[]): boolean {
  for (let i = 0; i < names.length; i++) if (d.has(names[i])) return true;
  return false;
}
