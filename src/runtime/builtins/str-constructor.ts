// str(object) and str(bytes, encoding, errors).

import { PyBytes, PyBoxed } from "../object.js";
import { setStrUnwrap } from "./str-methods.js";

setStrUnwrap((v) => (v instanceof PyBoxed && typeof v.prim === "string" ? v.prim : undefined));
import { strType } from "../types.js";
import { str } from "../repr.js";
import { callMethod } from "../methods.js";
import { parseArgs } from "./args.js";
import { pyErr, TypeError } from "../exceptions.js";
import { typeName } from "../typename.js";

strType.nativeNew = (cls, args, kw) => {
  const [obj, encoding, errors] = parseArgs("str", args, kw, ["object?", "encoding?", "errors?"]);
  let s: string;
  if (obj === undefined) s = "";
  else if (encoding === undefined && errors === undefined) s = str(obj);
  else {
    if (!(obj instanceof PyBytes)) throw pyErr(TypeError, `decoding to str: need a bytes-like object, ${typeName(obj)} found`);
    s = callMethod(obj, "decode", [encoding ?? "utf-8", errors ?? "strict"]) as string;
  }
  return cls === strType ? s : new PyBoxed(cls, s);
};
