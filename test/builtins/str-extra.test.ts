import { describe, expect, it } from "vitest";
import { callMethod } from "../../src/runtime/methods.js";
import { call } from "../../src/runtime/call.js";
import { getAttr } from "../../src/runtime/attrs.js";
import { repr } from "../../src/runtime/repr.js";
import { binaryOp, compareOp, pyHash, pyEq } from "../../src/runtime/ops.js";
import { toArray } from "../../src/runtime/iter.js";
import { PyBaseException } from "../../src/runtime/exceptions.js";
import { PyBytes, PyList, PyObject, PyTuple, PyValue } from "../../src/runtime/object.js";
import { strType, bytesType, bytearrayType, objectType, makeBuiltinType } from "../../src/runtime/types.js";
import { newDict, newTuple } from "../../src/runtime/containers.js";
import { installStrMethods, setStrUnwrap, strValue } from "../../src/runtime/builtins/str-methods.js";
import { installBytesMethods, decodeBytes, encodeStr } from "../../src/runtime/builtins/bytes-methods.js";
import { strFormat, strPercent } from "../../src/runtime/builtins/str-format.js";

installStrMethods();
installStrMethods();
installBytesMethods();
installBytesMethods();

const b = (s: string) => new PyBytes(bytesType, Uint8Array.from(s, (c) => c.charCodeAt(0)));
const ba = (s: string) => new PyBytes(bytearrayType, Uint8Array.from(s, (c) => c.charCodeAt(0)));

function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.cls.name}: ${String(e.args[0])}`;
    throw e;
  }
  return "no error";
}

describe("str methods through the runtime", () => {
  it("calls methods on JS strings", () => {
    const r = callMethod("a,b", "split", [","]);
    expect(r).toBeInstanceOf(PyList);
    expect((r as PyList).items).toEqual(["a", "b"]);
    expect(callMethod("x", "upper", [])).toBe("X");
    expect(call(getAttr(strType, "upper"), ["x"])).toBe("X");
    expect(call(getAttr(strType, "__len__"), ["ab"])).toBe(2);
    expect(call(getAttr(strType, "__str__"), ["ab"])).toBe("ab");
    expect(repr(call(getAttr(strType, "maketrans"), ["ab", "cd"]))).toBe("{97: 99, 98: 100}");
  });

  it("installs the % hook", () => {
    expect(binaryOp("%", "%s-%d", newTuple(["a", 3]))).toBe("a-3");
    expect(binaryOp("%", "%(k)r", newDict([["k", "v"]]))).toBe("'v'");
    expect(strPercent("%c%c", newTuple([0x1f600, "!"]))).toBe("\u{1f600}!");
    expect(err(() => binaryOp("%", "%d", "x"))).toBe("TypeError: %d format: a real number is required, not str");
  });

  it("formats attributes and items", () => {
    const o = new PyObject(objectType);
    o.dict = new Map<string, PyValue>([["x", 5], ["name", "obj"]]);
    expect(strFormat("{0.x}/{0.name!r:>7}", [o], null)).toBe("5/  'obj'");
    expect(strFormat("{a.x:03}", [], new Map([["a", o]]))).toBe("005");
    expect(err(() => strFormat("{0.y}", [o], null))).toBe("AttributeError: 'object' object has no attribute 'y'");
    expect(strFormat("{0[1]}{0[k]}", [newDict([[1, "i"], ["k", "s"]])], null)).toBe("is");
  });

  it("counts code points in strings with surrogate pairs", () => {
    const s = "a\u{1F600}b";
    expect(callMethod(s, "__len__", [])).toBe(3);
    expect(callMethod(s, "find", ["b"])).toBe(2);
    expect(callMethod(s, "center", [5, "*"])).toBe("*a\u{1F600}b*");
    expect(toArray(callMethod(s, "__iter__", []))).toEqual(["a", "\u{1F600}", "b"]);
    expect(callMethod(s, "index", ["\u{1F600}"])).toBe(1);
    expect(callMethod("\u{1F600}", "find", ["\uDE00"])).toBe(-1);
  });

  it("unwraps instances of str subclasses", () => {
    const sub = makeBuiltinType("MyStr", [strType]);
    const o = new PyObject(sub) as PyObject & { value: string };
    o.value = "Hello";
    expect(strValue(o)).toBe("Hello");
    expect(call(getAttr(strType, "upper"), [o])).toBe("HELLO");
    expect(callMethod(", ", "join", [newTuple([o, "x"])])).toBe("Hello, x");
    setStrUnwrap((v) => (typeof v === "string" ? v : undefined));
    expect(err(() => call(getAttr(strType, "upper"), [o]))).toBe("TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'MyStr' object");
    setStrUnwrap((v) => (typeof v === "string" ? v : v instanceof PyObject && v.cls.isSubclassOf(strType) ? (v as unknown as { value: string }).value : undefined));
  });
});

describe("bytes and bytearray through the runtime", () => {
  it("constructs through the type", () => {
    expect(repr(call(bytesType, ["h\u00e9", "utf-8"]))).toBe("b'h\\xc3\\xa9'");
    expect(repr(call(bytearrayType, [3]))).toBe("bytearray(b'\\x00\\x00\\x00')");
    expect(err(() => call(bytesType, ["x"]))).toBe("TypeError: string argument without an encoding");
  });

  it("registers repr, equality, hashing, order, iteration and +", () => {
    expect(repr(b("a'\n"))).toBe(`b"a'\\n"`);
    expect(pyEq(b("ab"), ba("ab"))).toBe(true);
    expect(pyEq(b("ab"), "ab")).toBe(false);
    expect(pyHash(b("abc"))).toBe(pyHash("abc"));
    expect(err(() => pyHash(ba("abc")))).toBe("TypeError: unhashable type: 'bytearray'");
    const d = newDict([[b("k"), 1]]);
    expect(d.get(b("k"))).toBe(1);
    expect(compareOp("<", b("ab"), b("b"))).toBe(true);
    expect(compareOp(">=", ba("b"), b("ab"))).toBe(true);
    expect(toArray(b("AB"))).toEqual([65, 66]);
    expect(repr(binaryOp("+", b("a"), ba("b")))).toBe("b'ab'");
    expect(repr(binaryOp("+", ba("a"), b("b")))).toBe("bytearray(b'ab')");
    expect(repr(binaryOp("*", 2, b("ab")))).toBe("b'abab'");
    expect(err(() => binaryOp("+", b("a"), "a"))).toBe("TypeError: can't concat str to bytes");
    expect(compareOp("in", 98, b("abc"))).toBe(true);
    expect(compareOp("in", b("bc"), b("abc"))).toBe(true);
  });

  it("mutates bytearrays in place", () => {
    const x = ba("ab");
    callMethod(x, "append", [99]);
    callMethod(x, "extend", [b("de")]);
    expect(callMethod(x, "pop", [])).toBe(101);
    expect(repr(x)).toBe("bytearray(b'abcd')");
    expect(err(() => callMethod(x, "append", [256]))).toBe("ValueError: byte must be in range(0, 256)");
  });

  it("round-trips the codecs", () => {
    const text = "a\u00e9\u20ac\u{1F600}";
    for (const enc of ["utf-8", "utf-16", "utf-16-be", "utf-32", "utf-32-le"]) {
      expect(decodeBytes(encodeStr(text, enc, "strict").data, enc, "strict")).toBe(text);
    }
    expect(decodeBytes(encodeStr("\udc80x", "utf-8", "surrogateescape").data, "utf-8", "surrogateescape")).toBe("\udc80x");
    expect(callMethod(b("\xff"), "decode", ["utf-8", "replace"])).toBe("\ufffd");
    expect(callMethod(callMethod("x", "encode", []), "decode", [])).toBe("x");
    expect(callMethod(b("abc"), "hex", [])).toBe("616263");
    expect(repr(callMethod(bytesType, "fromhex", ["61 62"]))).toBe("b'ab'");
    expect(callMethod(b("a,b"), "split", [b(",")]) instanceof PyList).toBe(true);
    expect(callMethod(b("a=b"), "partition", [b("=")]) instanceof PyTuple).toBe(true);
  });
});
