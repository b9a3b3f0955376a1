// ascii(): repr() with every non-ASCII character escaped.
import { PyValue } from "./object.js";
import { repr } from "./repr.js";

export function asciiRepr(v: PyValue): string {
  const r = repr(v);
  let out = "";
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}
