// Operators: truth, equality, hashing, ordering, arithmetic, containment.
//
// Each operation tries the builtin types natively first (int, float, str and
// the containers), and otherwise follows CPython's protocol: the left
// operand's __op__, the right operand's __rop__ (first when the right type is
// a subclass of the left), NotImplemented meaning "try the other side".

import { PyClass, PyFloat, PyList, PyObject, PyTuple, PyValue, PyBoxed, unbox } from "./object.js";
import {
  typeOf, objectType, None, NotImplemented, PyRange, PyModule, PyBuiltinFunction, PyMethod, setType, frozensetType,
} from "./types.js";
import * as I from "./int.js";
import { callBound } from "./call.js";
import { pyErr, TypeError, ZeroDivisionError, OverflowError } from "./exceptions.js";
import { typeName } from "./typename.js";
import type { BinOpKind, CmpOpKind } from "../parser/ast.js";
import { PyDict, PySet, newList, newTuple, newSet } from "./containers.js";
import { PyFunction } from "./function.js";

// ------------------------------------------------------------------ truth

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "string":
      return v.length > 0;
    case "bigint":
      return true; // normalised: never zero
  }
  if (v === None) return false;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.table.size > 0;
  const t = (v as PyObject).cls;
  if (!t.isUserClass) {
    if (v instanceof PyRange) return v.length > 0;
    const nb = nativeBool.get(t);
    if (nb) return nb(v);
    return true;
  }
  const b = t.lookupUser("__bool__");
  if (b !== undefined) {
    const r = callBound(b, v, []);
    if (typeof r !== "boolean") throw pyErr(TypeError, `__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  const l = t.lookupUser("__len__");
  if (l !== undefined) return toIndex(callBound(l, v, [])) !== 0;
  if (v instanceof PyBoxed) return truthy(v.prim);
  return true;
}

/** Truth of builtin types defined elsewhere (deque, Counter, ...), keyed by type. */
export const nativeBool = new Map<PyClass, (v: PyValue) => boolean>();

// ------------------------------------------------------------------ numbers

export function isIntLike(v: PyValue): v is number | bigint | boolean {
  const t = typeof v;
  return t === "number" || t === "bigint" || t === "boolean";
}

export function asInt(v: number | bigint | boolean): I.Int {
  return typeof v === "boolean" ? (v ? 1 : 0) : v;
}

/** A value usable as a float operand: int, bool or float. null otherwise. */
export function asFloatOperand(v: PyValue): number | null {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return I.intToFloat(v);
  return null;
}

/** operator.index(): ints (and __index__). Returns a JS number; big values raise OverflowError. */
export function toIndex(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
  const r = indexOrNull(v);
  if (r === null) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  return typeof r === "number" ? r : Number(r);
}

export function indexOrNull(v: PyValue): I.Int | null {
  if (isIntLike(v)) return asInt(v);
  if (v instanceof PyBoxed && isIntLike(v.prim) && !v.cls.lookupUser("__index__")) return asInt(v.prim);
  if (v instanceof PyObject && v.cls.isUserClass) {
    const m = v.cls.lookupUser("__index__");
    if (m !== undefined) {
      const r = callBound(m, v, []);
      if (isIntLike(r)) return asInt(r);
      throw pyErr(TypeError, `__index__ returned non-int (type ${typeName(r)})`);
    }
  }
  return null;
}

function floatMod(a: number, b: number): number {
  if (b === 0) throw pyErr(ZeroDivisionError, "float modulo");
  const m = a % b;
  if (m === 0) return b < 0 ? -0 : 0;
  return (m < 0) !== (b < 0) ? m + b : m;
}

function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw pyErr(ZeroDivisionError, "float floor division by zero");
  return Math.floor((a - floatMod(a, b)) / b + 0) === (a - floatMod(a, b)) / b ? (a - floatMod(a, b)) / b : Math.floor(a / b);
}

function floatPow(a: number, b: number): PyValue {
  if (a === 0 && b < 0) throw pyErr(ZeroDivisionError, "0.0 cannot be raised to a negative power");
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) return complexPowHook!(a, b);
  const r = Math.pow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) throw pyErr(OverflowError, "(34, 'Numerical result out of range')");
  return new PyFloat(r);
}

/** (-8) ** 0.5 is complex in Python 3: set by builtins/complex.ts. */
let complexPowHook: ((a: number, b: number) => PyValue) | null = null;
export function setComplexPowHook(f: (a: number, b: number) => PyValue): void {
  complexPowHook = f;
}

function numericBinary(op: BinOpKind, a: PyValue, b: PyValue): PyValue | undefined {
  if (isIntLike(a) && isIntLike(b)) {
    const x = asInt(a), y = asInt(b);
    switch (op) {
      case "+": return I.intAdd(x, y);
      case "-": return I.intSub(x, y);
      case "*": return I.intMul(x, y);
      case "/": return new PyFloat(I.intTrueDiv(x, y));
      case "//": return I.intFloorDiv(x, y);
      case "%": return I.intMod(x, y);
      case "**": return I.intPow(x, y);
      case "<<": return I.intLshift(x, y);
      case ">>": return I.intRshift(x, y);
      case "&": return typeof a === "boolean" && typeof b === "boolean" ? a && b : I.intAnd(x, y);
      case "|": return typeof a === "boolean" && typeof b === "boolean" ? a || b : I.intOr(x, y);
      case "^": return typeof a === "boolean" && typeof b === "boolean" ? a !== b : I.intXor(x, y);
      default: return undefined;
    }
  }
  const x = asFloatOperand(a), y = x === null ? null : asFloatOperand(b);
  if (x === null || y === null) return undefined;
  switch (op) {
    case "+": return new PyFloat(x + y);
    case "-": return new PyFloat(x - y);
    case "*": return new PyFloat(x * y);
    case "/":
      if (y === 0) throw pyErr(ZeroDivisionError, "float division by zero");
      return new PyFloat(x / y);
    case "//": return new PyFloat(floatFloorDiv(x, y));
    case "%": return new PyFloat(floatMod(x, y));
    case "**": return floatPow(x, y);
    default: return undefined;
  }
}

// ------------------------------------------------------------------ sequences

function repeatCount(n: PyValue): number | null {
  if (!isIntLike(n)) return null;
  const c = asInt(n);
  if (typeof c === "bigint") {
    if (c < 0n) return 0;
    throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return c < 0 ? 0 : c;
}

function repeatArray(items: PyValue[], n: number): PyValue[] {
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) for (const x of items) out.push(x);
  return out;
}

function sequenceBinary(op: BinOpKind, a: PyValue, b: PyValue): PyValue | undefined {
  if (typeof a === "string") {
    if (op === "+" && typeof b === "string") return a + b;
    if (op === "*") {
      const n = repeatCount(b);
      return n === null ? undefined : a.repeat(n);
    }
    if (op === "%") return percentHook!(a, b);
    return undefined;
  }
  if (typeof b === "string" && op === "*" && isIntLike(a)) return b.repeat(repeatCount(a)!);
  if (a instanceof PyList) {
    if (op === "+" && b instanceof PyList) return newList(a.items.concat(b.items));
    if (op === "*") {
      const n = repeatCount(b);
      return n === null ? undefined : newList(repeatArray(a.items, n));
    }
    return undefined;
  }
  if (a instanceof PyTuple) {
    if (op === "+" && b instanceof PyTuple) return newTuple(a.items.concat(b.items));
    if (op === "*") {
      const n = repeatCount(b);
      return n === null ? undefined : newTuple(repeatArray(a.items, n));
    }
    return undefined;
  }
  if (op === "*" && isIntLike(a) && (b instanceof PyList || b instanceof PyTuple)) return sequenceBinary(op, b, a);
  if (a instanceof PySet && b instanceof PySet) return setBinary(op, a, b);
  if (a instanceof PyDict && b instanceof PyDict && op === "|") {
    const d = new PyDict();
    d.table.copyFrom(a.table);
    d.table.copyFrom(b.table);
    return d;
  }
  return undefined;
}

function setBinary(op: BinOpKind, a: PySet, b: PySet): PyValue | undefined {
  const cls = a.frozen ? frozensetType : setType;
  switch (op) {
    case "|": {
      const s = newSet(a.table.keyList(), cls);
      for (const k of b.table.keyList()) s.add(k);
      return s;
    }
    case "&": return newSet(a.table.keyList().filter((k) => b.has(k)), cls);
    case "-": return newSet(a.table.keyList().filter((k) => !b.has(k)), cls);
    case "^": {
      const s = newSet(a.table.keyList().filter((k) => !b.has(k)), cls);
      for (const k of b.table.keyList()) if (!a.has(k)) s.add(k);
      return s;
    }
    default:
      return undefined;
  }
}

/** `str % args`, installed by the str module (kept out of here to avoid a cycle). */
let percentHook: ((fmt: string, args: PyValue) => PyValue) | null = null;
export function setPercentHook(f: (fmt: string, args: PyValue) => PyValue): void {
  percentHook = f;
}

// ------------------------------------------------------------------ binary protocol

const BIN_DUNDERS: Record<BinOpKind, [string, string, string]> = {
  "+": ["__add__", "__radd__", "__iadd__"],
  "-": ["__sub__", "__rsub__", "__isub__"],
  "*": ["__mul__", "__rmul__", "__imul__"],
  "@": ["__matmul__", "__rmatmul__", "__imatmul__"],
  "/": ["__truediv__", "__rtruediv__", "__itruediv__"],
  "//": ["__floordiv__", "__rfloordiv__", "__ifloordiv__"],
  "%": ["__mod__", "__rmod__", "__imod__"],
  "**": ["__pow__", "__rpow__", "__ipow__"],
  "<<": ["__lshift__", "__rlshift__", "__ilshift__"],
  ">>": ["__rshift__", "__rrshift__", "__irshift__"],
  "|": ["__or__", "__ror__", "__ior__"],
  "^": ["__xor__", "__rxor__", "__ixor__"],
  "&": ["__and__", "__rand__", "__iand__"],
};

/** Native behaviour of builtin types (also for user subclasses of them). */
export function nativeBinary(op: BinOpKind, a: PyValue, b: PyValue): PyValue | undefined {
  if (op === "|" && unionHook && (a instanceof PyClass || b instanceof PyClass)) {
    const u = unionHook(a, b);
    if (u !== undefined) return u;
  }
  const r = numericBinary(op, a, b);
  if (r !== undefined) return r;
  const s = sequenceBinary(op, a, b);
  if (s !== undefined) return s;
  const ext = extBinaryFor(typeOf(a)) ?? extBinaryFor(typeOf(b));
  return ext ? ext(op, a, b) : undefined;
}

/** A builtin type's operators, also for instances of its user subclasses (`class B(bytes)`). */
function extBinaryFor(t: PyClass): ((op: BinOpKind, a: PyValue, b: PyValue) => PyValue | undefined) | undefined {
  const f = extBinary.get(t);
  if (f !== undefined || !t.isUserClass) return f;
  for (const c of t.mro) if (!c.isUserClass && extBinary.has(c)) return extBinary.get(c);
  return undefined;
}

/** `int | None`: set by builtins/generic-alias.ts. */
let unionHook: ((a: PyValue, b: PyValue) => PyValue | undefined) | null = null;
export function setUnionHook(f: (a: PyValue, b: PyValue) => PyValue | undefined): void {
  unionHook = f;
}

/** Binary operators of builtin types defined in other files (Counter, timedelta, ...). */
export const extBinary = new Map<PyClass, (op: BinOpKind, a: PyValue, b: PyValue) => PyValue | undefined>();

export function binaryOp(op: BinOpKind, a: PyValue, b: PyValue): PyValue {
  // Fast paths: small ints and strings.
  if (typeof a === "number" && typeof b === "number") {
    if (op === "+") {
      const r = a + b;
      if (Number.isSafeInteger(r)) return r;
    } else if (op === "-") {
      const r = a - b;
      if (Number.isSafeInteger(r)) return r;
    }
  }
  const ta = typeOf(a), tb = typeOf(b);
  if (!ta.isUserClass && !tb.isUserClass) {
    const r = nativeBinary(op, a, b);
    if (r !== undefined) return r;
    throw unsupported(op, a, b);
  }
  const [name, rname] = BIN_DUNDERS[op];
  const fa = ta.lookupUser(name);
  const fb = tb !== ta ? tb.lookupUser(rname) : undefined;
  if (fa !== undefined || fb !== undefined) {
    const r = dispatchPair(a, b, ta, tb, fa, fb);
    if (r !== NotImplemented) return r;
  }
  // The builtin behaviour of the base type: `"%s" % obj` keeps the object;
  // arithmetic on int/float/str subclasses uses their value.
  const r = nativeBinary(op, a, b) ?? nativeBinary(op, unbox(a), unbox(b));
  if (r !== undefined) return r;
  throw unsupported(op, a, b);
}

/**
 * CPython's order for a binary operator or comparison: the right operand's
 * reflected method first when its type is a proper subclass of the left's,
 * then the left's method, then the reflected one. NotImplemented if all decline.
 */
function dispatchPair(a: PyValue, b: PyValue, ta: PyClass, tb: PyClass, fa: PyValue | undefined, fb: PyValue | undefined): PyValue {
  const reflectedFirst = fb !== undefined && tb !== ta && tb.isSubclassOf(ta);
  if (reflectedFirst) {
    const r = callBound(fb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  if (fa !== undefined) {
    const r = callBound(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined && !reflectedFirst) return callBound(fb, b, [a]);
  return NotImplemented;
}

function unsupported(op: string, a: PyValue, b: PyValue) {
  if (op === "**") return pyErr(TypeError, `unsupported operand type(s) for ** or pow(): '${typeName(a)}' and '${typeName(b)}'`);
  if (op === "+" && typeof a === "string") return pyErr(TypeError, `can only concatenate str (not "${typeName(b)}") to str`);
  if (op === "+" && a instanceof PyList) return pyErr(TypeError, `can only concatenate list (not "${typeName(b)}") to list`);
  if (op === "+" && a instanceof PyTuple) return pyErr(TypeError, `can only concatenate tuple (not "${typeName(b)}") to tuple`);
  if (op === "*" && (typeof a === "string" || typeof b === "string" || a instanceof PyList || b instanceof PyList)) {
    const other = typeof a === "string" || a instanceof PyList ? b : a;
    if (!isIntLike(other)) return pyErr(TypeError, `can't multiply sequence by non-int of type '${typeName(other)}'`);
  }
  return pyErr(TypeError, `unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** `a op= b`: __iop__ first, lists and sets mutate in place. */
export function inplaceOp(op: BinOpKind, a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" || typeof a === "string") return binaryOp(op, a, b);
  const ta = typeOf(a);
  if (ta.isUserClass) {
    const f = ta.lookupUser(BIN_DUNDERS[op][2]);
    if (f !== undefined) {
      const r = callBound(f, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  if (!ta.isUserClass) {
    const nf = ta.lookup(BIN_DUNDERS[op][2]);
    if (nf instanceof PyBuiltinFunction) {
      const r = callBound(nf, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  if (a instanceof PyList) {
    if (op === "+") {
      const items = iterToArray!(b);
      for (const x of items) a.items.push(x);
      return a;
    }
    if (op === "*") {
      const n = repeatCount(b);
      if (n !== null) {
        a.items = repeatArray(a.items, n);
        return a;
      }
    }
  }
  if (a instanceof PySet && !a.frozen && b instanceof PySet) {
    const r = setBinary(op, a, b);
    if (r instanceof PySet) {
      a.table.clear();
      a.table.copyFrom(r.table);
      return a;
    }
  }
  if (a instanceof PyDict && op === "|" && b instanceof PyDict) {
    a.table.copyFrom(b.table);
    return a;
  }
  return binaryOp(op, a, b);
}

/** The iteration helper, installed by iter.ts (avoids an import cycle). */
let iterToArray: ((v: PyValue) => PyValue[]) | null = null;
export function setIterToArray(f: (v: PyValue) => PyValue[]): void {
  iterToArray = f;
}

export function unaryOp(op: "not" | "-" | "+" | "~", v: PyValue): PyValue {
  if (op === "not") return !truthy(v);
  if (typeof v === "number") {
    if (op === "-") return v === 0 ? 0 : -v;
    if (op === "+") return v;
    return I.intInvert(v);
  }
  if (typeof v === "boolean" || typeof v === "bigint") {
    const x = asInt(v);
    return op === "-" ? I.intNeg(x) : op === "+" ? x : I.intInvert(x);
  }
  if (v instanceof PyFloat) {
    if (op === "-") return new PyFloat(-v.v);
    if (op === "+") return v;
  }
  const name = op === "-" ? "__neg__" : op === "+" ? "__pos__" : "__invert__";
  const f = typeOf(v).lookupUser(name);
  if (f !== undefined) return callBound(f, v, []);
  if (v instanceof PyBoxed) return unaryOp(op, v.prim);
  const ext = extUnary.get(typeOf(v));
  const r = ext ? ext(op, v) : undefined;
  if (r !== undefined) return r;
  throw pyErr(TypeError, `bad operand type for unary ${op}: '${typeName(v)}'`);
}

export const extUnary = new Map<PyClass, (op: string, v: PyValue) => PyValue | undefined>();

// ------------------------------------------------------------------ equality and hashing

const objectEqCache = new WeakMap<PyClass, boolean>();

/** True when instances of v's type compare and hash by identity (object's defaults). */
export function hasIdentityEquality(v: PyValue): boolean {
  if (!(v instanceof PyObject)) return false;
  const t = v.cls;
  if (!t.isUserClass) return identityTypes.has(t) || (!(v instanceof PyTuple) && !(v instanceof PySet) && !(v instanceof PyList) && !(v instanceof PyDict) && !nativeEq.has(t) && !(v instanceof PyRange) && !nativeHash.has(t));
  let r = objectEqCache.get(t);
  if (r === undefined || (r as unknown) !== (t.version >= 0 && r)) {
    r = !(v instanceof PyBoxed) && !(v instanceof PyTuple) && !(v instanceof PyList) && !(v instanceof PyDict) && !(v instanceof PySet) && t.lookupUser("__eq__") === undefined && t.lookupUser("__hash__") === undefined && !t.mro.some((c) => !c.isUserClass && c !== objectType && nativeEq.has(c));
    objectEqCache.set(t, r);
  }
  return r;
}

/** Types whose instances are hashable by identity although builtin (functions, classes, modules...). */
const identityTypes = new Set<PyClass>();

/** Equality of builtin types defined elsewhere (deque, Counter, datetime, ...). */
export const nativeEq = new Map<PyClass, (a: PyValue, b: PyValue) => boolean | undefined>();
export const nativeHash = new Map<PyClass, (v: PyValue) => number>();

export function pyEq(a: PyValue, b: PyValue): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.v));
  switch (typeof a) {
    case "string":
      return false;
    case "number":
    case "bigint":
    case "boolean":
      if (typeof b === "number" || typeof b === "bigint" || typeof b === "boolean") return asInt(a) == asInt(b);
      if (b instanceof PyFloat) return asInt(a) == b.v;
      if (typeof b === "string" || b === None) return false;
  }
  return truthy(richCompare(a, b, "=="));
}

export function pyHash(v: PyValue): number {
  switch (typeof v) {
    case "number":
    case "bigint":
      return I.intHash(v);
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return strHash(v);
  }
  if (v instanceof PyFloat) return floatHash(v.v);
  if (v === None) return 0xfca86;
  if (v instanceof PyTuple) return tupleHash(v.items);
  if (v instanceof PySet) {
    if (!v.frozen) throw unhashable(v);
    let h = 0;
    for (const k of v.table.keyList()) h ^= pyHash(k) * 0x9e3779b1;
    return h | 0;
  }
  const t = (v as PyObject).cls;
  if (t.isUserClass) {
    const hf = t.lookupUser("__hash__");
    if (hf === None) throw unhashable(v);
    if (hf !== undefined) {
      const r = callBound(hf, v, []);
      if (!isIntLike(r)) throw pyErr(TypeError, "__hash__ method should return an integer");
      return I.intHash(asInt(r));
    }
    if (t.lookupUser("__eq__") !== undefined) throw unhashable(v);
    if (v instanceof PyBoxed) return pyHash(v.prim);
  }
  const nh = nativeHash.get(t);
  if (nh) return nh(v);
  if (v instanceof PyList || v instanceof PyDict) throw unhashable(v);
  return identityHash(v as PyObject);
}

function unhashable(v: PyValue) {
  return pyErr(TypeError, `unhashable type: '${typeName(v)}'`);
}

const identityHashes = new WeakMap<object, number>();
let nextIdentity = 1;
export function identityHash(o: object): number {
  let h = identityHashes.get(o);
  if (h === undefined) {
    h = nextIdentity++;
    identityHashes.set(o, h);
  }
  return h;
}

function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

function floatHash(x: number): number {
  if (Number.isInteger(x)) return Number.isSafeInteger(x) ? I.intHash(x) : I.intHash(BigInt(x));
  if (Number.isNaN(x)) return 0;
  return strHash(String(x));
}

function tupleHash(items: PyValue[]): number {
  let h = 0x345678;
  for (const x of items) h = Math.imul(h ^ pyHash(x), 1000003) + 0x9e3779b9;
  return h | 0;
}

// ------------------------------------------------------------------ ordering

const SWAPPED: Record<string, CmpOpKind> = { "<": ">", ">": "<", "<=": ">=", ">=": "<=", "==": "==", "!=": "!=" };
const CMP_DUNDER: Record<string, string> = { "<": "__lt__", ">": "__gt__", "<=": "__le__", ">=": "__ge__", "==": "__eq__", "!=": "__ne__" };

function cmpNumbers(op: CmpOpKind, x: number | bigint, y: number | bigint): boolean {
  switch (op) {
    case "<": return x < y;
    case ">": return x > y;
    case "<=": return x <= y;
    case ">=": return x >= y;
    case "==": return x == y;
    case "!=": return x != y;
    default: return false;
  }
}

function cmpOrder(op: CmpOpKind, c: number): boolean {
  switch (op) {
    case "<": return c < 0;
    case ">": return c > 0;
    case "<=": return c <= 0;
    case ">=": return c >= 0;
    case "==": return c === 0;
    case "!=": return c !== 0;
    default: return false;
  }
}

function compareSequences(op: CmpOpKind, a: PyValue[], b: PyValue[]): boolean {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) if (!(a[i] === b[i] || pyEq(a[i], b[i]))) break;
  if (i >= n) return cmpOrder(op, a.length - b.length);
  if (op === "==") return false;
  if (op === "!=") return true;
  const x = a[i], y = b[i];
  if (typeof x === "number" && typeof y === "number") return cmpNumbers(op, x, y);
  return truthy(richCompare(x, y, op));
}

/** A big int against a float, exactly (no conversion of the int to float, which could overflow). */
function cmpBigFloat(op: CmpOpKind, i: bigint, f: number, swapped: boolean): boolean {
  if (Number.isNaN(f)) return op === "!=";
  let c: number;
  if (f === Infinity) c = -1;
  else if (f === -Infinity) c = 1;
  else {
    const fl = BigInt(Math.floor(f));
    c = i < fl ? -1 : i > fl ? 1 : Number.isInteger(f) ? 0 : -1;
  }
  return cmpOrder(op, swapped ? -c : c);
}

/** Native comparison of builtin types; undefined when not applicable (NotImplemented). */
function nativeCompare(op: CmpOpKind, a: PyValue, b: PyValue): boolean | undefined {
  const ta = typeof a, tb = typeof b;
  if ((ta === "number" || ta === "bigint") && (tb === "number" || tb === "bigint")) return cmpNumbers(op, a as number, b as number);
  if (ta === "string" && tb === "string") return cmpNumbers(op, (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0, 0);
  if (typeof a === "bigint" && b instanceof PyFloat) return cmpBigFloat(op, a, b.v, false);
  if (typeof b === "bigint" && a instanceof PyFloat) return cmpBigFloat(op, b, a.v, true);
  const x = asFloatOperand(a);
  if (x !== null) {
    const y = asFloatOperand(b);
    if (y !== null) return cmpNumbers(op, x, y);
  }
  if (a instanceof PyList && b instanceof PyList) return compareSequences(op, a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return compareSequences(op, a.items, b.items);
  if (a instanceof PySet && b instanceof PySet) {
    const sub = a.table.size <= b.table.size && a.table.keyList().every((k) => b.has(k));
    const sup = b.table.size <= a.table.size && b.table.keyList().every((k) => a.has(k));
    switch (op) {
      case "==": return sub && sup;
      case "!=": return !(sub && sup);
      case "<=": return sub;
      case "<": return sub && !sup;
      case ">=": return sup;
      case ">": return sup && !sub;
    }
  }
  if (a instanceof PyDict && b instanceof PyDict && (op === "==" || op === "!=")) {
    let eq = a.table.size === b.table.size;
    if (eq) {
      for (const [k, v] of a.table.entries()) {
        const w = b.table.get(k);
        if (w === undefined || !(w === v || pyEq(v, w))) {
          eq = false;
          break;
        }
      }
    }
    return op === "==" ? eq : !eq;
  }
  if (a instanceof PyRange && b instanceof PyRange && (op === "==" || op === "!=")) {
    const eq = a.length === b.length && (a.length === 0 || (a.start === b.start && (a.length === 1 || a.step === b.step)));
    return op === "==" ? eq : !eq;
  }
  const ne = findNative(nativeEq, typeOf(a));
  if (ne) {
    const r = ne(a, b);
    if (r !== undefined && (op === "==" || op === "!=")) return op === "==" ? r : !r;
  }
  const no = findNative(nativeOrder, typeOf(a));
  if (no) {
    const c = no(a, b);
    if (c !== undefined) return cmpOrder(op, c);
  }
  return undefined;
}

function findNative<T>(m: Map<PyClass, T>, t: PyClass): T | undefined {
  const direct = m.get(t);
  if (direct !== undefined || !t.isUserClass) return direct;
  for (const c of t.mro) {
    const f = m.get(c);
    if (f !== undefined) return f;
  }
  return undefined;
}

/** Ordering of builtin types defined elsewhere (datetime, ...): negative, 0, positive or undefined. */
export const nativeOrder = new Map<PyClass, (a: PyValue, b: PyValue) => number | undefined>();

export function richCompare(a: PyValue, b: PyValue, op: CmpOpKind): PyValue {
  const ta = typeOf(a), tb = typeOf(b);
  if (!ta.isUserClass && !tb.isUserClass) {
    const r = nativeCompare(op, a, b);
    if (r !== undefined) return r;
  } else {
    const name = CMP_DUNDER[op], rname = CMP_DUNDER[SWAPPED[op]];
    const fa = ta.lookupUser(name);
    const fb = tb.lookupUser(rname);
    if (fa !== undefined || fb !== undefined) {
      const r = dispatchPair(a, b, ta, tb, fa, fb);
      if (r !== NotImplemented) return r;
    }
    if (op === "!=") {
      const eq = ta.lookupUser("__eq__");
      if (eq !== undefined) {
        const r = callBound(eq, a, [b]);
        if (r !== NotImplemented) return !truthy(r);
      }
      const req = tb.lookupUser("__eq__");
      if (req !== undefined) {
        const r = callBound(req, b, [a]);
        if (r !== NotImplemented) return !truthy(r);
      }
    }
    const r = nativeCompare(op, unbox(a), unbox(b));
    if (r !== undefined) return r;
  }
  if (op === "==") return a === b;
  if (op === "!=") return a !== b;
  throw pyErr(TypeError, `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

export function compareOp(op: CmpOpKind, a: PyValue, b: PyValue): PyValue {
  switch (op) {
    case "is":
      return isSame(a, b);
    case "is not":
      return !isSame(a, b);
    case "in":
      return contains(b, a);
    case "not in":
      return !contains(b, a);
  }
  if (typeof a === "number" && typeof b === "number") return cmpNumbers(op, a, b);
  return richCompare(a, b, op);
}

/** `is`: identity, where equal small primitives count as the same object. */
export function isSame(a: PyValue, b: PyValue): boolean {
  return a === b;
}

/** Python's sort comparison: a < b. */
export function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return a < b;
  // Sort keys are often tuples: builtin tuples compare item by item.
  if (a instanceof PyTuple && b instanceof PyTuple && !a.cls.isUserClass && !b.cls.isUserClass) return compareSequences("<", a.items, b.items);
  return truthy(richCompare(a, b, "<"));
}

// ------------------------------------------------------------------ containment

/** `needle in container`. */
export function contains(container: PyValue, needle: PyValue): boolean {
  if (container instanceof PyBoxed && !container.cls.lookupUser("__contains__")) return contains(container.prim, unbox(needle));
  if (typeof container === "string") {
    if (typeof needle !== "string") throw pyErr(TypeError, `'in <string>' requires string as left operand, not ${typeName(needle)}`);
    return container.includes(needle);
  }
  if (container instanceof PyDict || container instanceof PySet) {
    if (!(container.cls.isUserClass && container.cls.lookupUser("__contains__"))) return container.table.has(needle);
  }
  if ((container instanceof PyList || container instanceof PyTuple) && !container.cls.isUserClass) {
    for (const x of container.items) if (x === needle || pyEq(x, needle)) return true;
    return false;
  }
  if (container instanceof PyRange) {
    if (!isIntLike(needle)) return iterToArray!(container).some((x) => pyEq(x, needle));
    const n = Number(asInt(needle));
    const { start, stop, step } = container;
    if (step > 0 ? n < start || n >= stop : n > start || n <= stop) return false;
    return (n - start) % step === 0;
  }
  const t = typeOf(container);
  const f = t.lookupUser("__contains__");
  if (f !== undefined) return truthy(callBound(f, container, [needle]));
  const ext = extContains.get(t);
  if (ext) return ext(container, needle);
  const nc = t.lookup("__contains__");
  if (nc !== undefined && !(container instanceof PyClass)) return truthy(callBound(nc, container, [needle]));
  if (t.lookupUser("__iter__") === undefined && t.lookupUser("__getitem__") === undefined && !(container instanceof PyList || container instanceof PyTuple || container instanceof PyDict || container instanceof PySet) && !nativeIterable(container)) {
    throw pyErr(TypeError, `argument of type '${typeName(container)}' is not iterable`);
  }
  for (const x of iterToArray!(container)) if (x === needle || pyEq(x, needle)) return true;
  return false;
}

export const extContains = new Map<PyClass, (c: PyValue, x: PyValue) => boolean>();

/** Set by iter.ts: whether a builtin object can be iterated natively. */
let nativeIterable: (v: PyValue) => boolean = () => false;
export function setNativeIterable(f: (v: PyValue) => boolean): void {
  nativeIterable = f;
}

export function markIdentityHashable(...types: PyClass[]): void {
  for (const t of types) identityTypes.add(t);
}

// Functions, methods, classes and modules hash and compare by identity.
markIdentityHashable();
void PyModule;
void PyBuiltinFunction;
void PyMethod;
void PyFunction;
