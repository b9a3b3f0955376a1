// str(object) and str(bytes, encoding, errors).

import { PyBytes } from "../object.js";
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
  if (cls !== strType) throw pyErr(TypeError, `subclasses of str are not supported yet (${cls.name})`);
  return s;
};
