// User-defined functions and the data descriptor used for native attributes.

import { Cell, KwArgs, PyClass, PyObject, PyValue } from "./object.js";
import { CodeInfo } from "./exceptions.js";
import { functionType, makeBuiltinType, objectType } from "./types.js";

/** The compiled, immutable part of a `def` or `lambda`; see compiler/function-code.ts. */
export interface FunctionCode {
  readonly info: CodeInfo;
  /** Binds arguments and runs (or, for generators and coroutines, creates) the body. */
  call(fn: PyFunction, args: PyValue[], kw: KwArgs | null): PyValue;
  /** call(fn, [], null), [x] and [x, y] without the argument array where the parameters allow. */
  call0(fn: PyFunction): PyValue;
  call1(fn: PyFunction, x: PyValue): PyValue;
  call2(fn: PyFunction, x: PyValue, y: PyValue): PyValue;
  readonly isCoroutine: boolean;
  readonly isGenerator: boolean;
  readonly isAsyncGenerator: boolean;
}

export class PyFunction extends PyObject {
  doc: PyValue;
  module: PyValue;
  annotations: PyObject | null = null;
  constructor(
    readonly code: FunctionCode,
    readonly globals: Map<string, PyValue>,
    public name: string,
    public qualname: string,
    public defaults: PyValue[],
    public kwDefaults: Map<string, PyValue> | null,
    readonly closure: Cell[] | null,
    doc: PyValue,
    module: PyValue,
  ) {
    super(functionType);
    this.doc = doc;
    this.module = module;
  }
}

export const getsetType = makeBuiltinType("getset_descriptor", [objectType]);

/** A native attribute with getter (and optional setter): a data descriptor. */
export class PyGetSet extends PyObject {
  constructor(
    readonly name: string,
    readonly get: (obj: PyValue) => PyValue,
    readonly set: ((obj: PyValue, v: PyValue) => void) | null = null,
  ) {
    super(getsetType);
  }
}

export function defGetter(cls: PyClass, name: string, get: (obj: PyValue) => PyValue, set?: (obj: PyValue, v: PyValue) => void): void {
  cls.dict.set(name, new PyGetSet(name, get, set ?? null));
}
