// The object model: how Python values are represented in JavaScript.
//
//   Python            JavaScript
//   int               number (an integer within ±(2**53-1)) or bigint (outside it, never inside)
//   bool              boolean
//   float             PyFloat (a boxed number, so that 1.0 and 1 stay different)
//   str               string
//   None              the None singleton below
//   everything else   an instance of PyObject (or a subclass), whose `cls` is its type
//
// Keeping int, bool and str as JavaScript primitives puts the common cases on
// V8's fast paths; every operation checks `typeof` first and only falls back
// to the generic (dunder-method) protocol for objects.

export type PyValue = number | bigint | boolean | string | PyFloat | PyObject;

/** Base of every Python object that is not a primitive. */
export class PyObject {
  /** The Python type. Set for every object (builtin classes pass their type). */
  cls: PyClass;
  /** Instance attributes (`__dict__`), created on first use; null for objects without one. */
  dict: Map<string, PyValue> | null = null;
  constructor(cls: PyClass) {
    this.cls = cls;
  }
}

/** A Python float. Immutable. */
export class PyFloat {
  constructor(readonly v: number) {}
}

/** `flags` with `bit` set or cleared: for objects that pack their booleans in one field (many of them live at once). */
export function withFlag(flags: number, bit: number, on: boolean): number {
  return on ? flags | bit : flags & ~bit;
}

/** Bumped by any change to any class namespace; method caches compare it. */
export const classEpoch = { n: 0 };

/** A class namespace: a Map that invalidates every class's lookup cache when written. */
export class ClassDict extends Map<string, PyValue> {
  override set(k: string, v: PyValue): this {
    classEpoch.n++;
    return super.set(k, v);
  }
  override delete(k: string): boolean {
    classEpoch.n++;
    return super.delete(k);
  }
  override clear(): void {
    classEpoch.n++;
    super.clear();
  }
}

const MISSING = Symbol("missing");

export interface AttributeHooks {
  readonly getattribute: PyValue | undefined;
  readonly getattr: PyValue | undefined;
  readonly setattr: PyValue | undefined;
  readonly delattr: PyValue | undefined;
}
const NO_HOOKS: AttributeHooks = { getattribute: undefined, getattr: undefined, setattr: undefined, delattr: undefined };

/** A Python type (`type` instance): a builtin type or a user class. */
export class PyClass extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyClass[];
  private _mro: PyClass[] = [];
  get mro(): PyClass[] {
    return this._mro;
  }
  set mro(m: PyClass[]) {
    classEpoch.n++;
    this._mro = m;
  }
  declare dict: Map<string, PyValue>;
  /**
   * Builtin types implement construction natively: `native(cls, args, kw)`
   * returns the new, initialised instance (it plays both `__new__` and
   * `__init__`). User classes inherit the native constructor of the first
   * builtin base (object, Exception, list, ...).
   */
  nativeNew: ((cls: PyClass, args: PyValue[], kw: KwArgs | null) => PyValue) | null = null;
  /** With __slots__ throughout a user hierarchy: the only attribute names instances accept. */
  slotsOnly: Set<string> | null = null;
  /** Set for classes whose instances may carry a __dict__ (user classes). */
  isUserClass = false;
  /** Classes created with this one among their bases (type.__subclasses__). */
  readonly subclasses: PyClass[] = [];
  /** Bumped whenever this class or a base changes a dunder, to invalidate caches. */
  version = 0;
  constructor(meta: PyClass | null, name: string, bases: PyClass[], module = "builtins") {
    super(meta as PyClass);
    this.name = name;
    this.qualname = name;
    this.module = module;
    this.bases = bases;
    this.dict = new ClassDict();
  }
  private cache: Map<string, PyValue | typeof MISSING> | null = null;
  private userCache: Map<string, PyValue | typeof MISSING> | null = null;
  private cacheEpoch = -1;
  private hooksCache: AttributeHooks | null = null;
  private validCaches(): void {
    if (this.cacheEpoch !== classEpoch.n) {
      this.cache = null;
      this.userCache = null;
      this.hooksCache = null;
      this.cacheEpoch = classEpoch.n;
    }
  }
  /** The attribute-access methods a Python class overrides (checked on every attribute access). */
  hooks(): AttributeHooks {
    this.validCaches();
    if (this.hooksCache === null) {
      const h = this.isUserClass
        ? {
            getattribute: this.lookupUser("__getattribute__"),
            getattr: this.lookupUser("__getattr__"),
            setattr: this.lookupUser("__setattr__"),
            delattr: this.lookupUser("__delattr__"),
          }
        : NO_HOOKS;
      this.hooksCache = h;
    }
    return this.hooksCache;
  }
  /** Finds `name` along the MRO without invoking descriptors (cached until any class changes). */
  lookup(name: string): PyValue | undefined {
    this.validCaches();
    const c = (this.cache ??= new Map());
    const hit = c.get(name);
    if (hit !== undefined) return hit === MISSING ? undefined : hit;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v !== undefined) {
        if (mro.length > 0) c.set(name, v);
        return v;
      }
    }
    if (mro.length > 0) c.set(name, MISSING);
    return undefined;
  }
  /**
   * Like lookup(), but only definitions made in Python (user classes): the
   * operators of builtin types are implemented natively, so a dunder found on
   * a builtin base means "use the native behaviour".
   */
  lookupUser(name: string): PyValue | undefined {
    if (!this.isUserClass) return undefined;
    this.validCaches();
    const cache = (this.userCache ??= new Map());
    const hit = cache.get(name);
    if (hit !== undefined) return hit === MISSING ? undefined : hit;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const c = mro[i];
      if (!c.isUserClass) continue;
      const v = c.dict.get(name);
      if (v !== undefined) {
        cache.set(name, v);
        return v;
      }
    }
    cache.set(name, MISSING);
    return undefined;
  }
  isSubclassOf(other: PyClass): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/** Keyword arguments of a call, in the order they were given. */
export type KwArgs = Map<string, PyValue>;

export class PyNoneType extends PyObject {}
export class PyTuple extends PyObject {
  constructor(cls: PyClass, readonly items: PyValue[]) {
    super(cls);
  }
}
export class PyList extends PyObject {
  constructor(cls: PyClass, public items: PyValue[]) {
    super(cls);
  }
}

/** A variable captured by an inner function (`nonlocal`, closures). */
export class Cell {
  constructor(public v: PyValue | undefined) {}
}

/** C3 linearisation, as `type.__mro__`. Returns null when no consistent order exists. */
export function computeMro(cls: PyClass): PyClass[] | null {
  const seqs: PyClass[][] = cls.bases.map((b) => b.mro.slice());
  seqs.push(cls.bases.slice());
  const out: PyClass[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let head: PyClass | null = null;
    for (const s of nonEmpty) {
      const cand = s[0];
      if (!nonEmpty.some((t) => t.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (head === null) return null;
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

/** A Python bytes or bytearray object (the type says which). */
export class PyBytes extends PyObject {
  constructor(cls: PyClass, public data: Uint8Array) {
    super(cls);
  }
}

/**
 * An instance of a user subclass of int, float or str: the primitive value
 * in `prim`, plus an instance dict. Operations the subclass does not
 * override use the value (IntEnum members add like ints).
 */
export class PyBoxed extends PyObject {
  constructor(cls: PyClass, readonly prim: PyValue) {
    super(cls);
    this.dict = new Map();
  }
  /** The int value (for int subclasses). */
  get value(): number | bigint {
    return this.prim as number | bigint;
  }
}

export function unbox(v: PyValue): PyValue {
  return v instanceof PyBoxed ? v.prim : v;
}
