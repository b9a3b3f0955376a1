// String literals: finding their end (custom lexer patterns) and decoding
// their bodies (escape sequences), as CPython's Parser/string_parser.c.
//
// Python 3.11 tokenizes an f-string exactly like any other string (a
// replacement field cannot reuse the literal's own quote), so one scanner
// serves every prefix; fstring.ts splits f-string bodies afterwards.

export interface StringPrefix {
  readonly raw: boolean;
  readonly bytes: boolean;
  readonly fstring: boolean;
  /** Length of the prefix letters. */
  readonly prefixLen: number;
  /** 1 or 3. */
  readonly quoteLen: number;
}

const PREFIXES = new Set(["", "r", "u", "b", "f", "br", "rb", "fr", "rf"]);

function isPrefixChar(c: number): boolean {
  // r R u U b B f F
  return c === 114 || c === 82 || c === 117 || c === 85 || c === 98 || c === 66 || c === 102 || c === 70;
}

/**
 * Scans a string literal starting at `offset`. Returns the end offset and
 * whether the closing quote was found, or null when no literal starts here.
 */
function scanString(text: string, offset: number): { end: number; terminated: boolean } | null {
  let i = offset;
  while (i < text.length && i - offset < 2 && isPrefixChar(text.charCodeAt(i))) i++;
  const q = text.charCodeAt(i);
  if (q !== 39 && q !== 34) return null;
  if (!PREFIXES.has(text.slice(offset, i).toLowerCase())) return null;
  const triple = text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q;
  i += triple ? 3 : 1;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      i += 2; // a backslash always pairs with the next character
      continue;
    }
    if (c === q) {
      if (!triple) return { end: i + 1, terminated: true };
      if (text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q) return { end: i + 3, terminated: true };
    } else if (c === 10 && !triple) {
      return { end: i, terminated: false };
    }
    i++;
  }
  return { end: n, terminated: false };
}

/** Chevrotain custom pattern for a complete string literal. */
export function matchString(text: string, offset: number): RegExpExecArray | null {
  const r = scanString(text, offset);
  if (r === null || !r.terminated) return null;
  return [text.slice(offset, r.end)] as unknown as RegExpExecArray;
}

/** Chevrotain custom pattern for a literal that runs into the end of its line or file. */
export function matchUnterminatedString(text: string, offset: number): RegExpExecArray | null {
  const r = scanString(text, offset);
  if (r === null || r.terminated) return null;
  return [text.slice(offset, r.end)] as unknown as RegExpExecArray;
}

export function stringPrefix(image: string): StringPrefix {
  let i = 0;
  let raw = false;
  let bytes = false;
  let fstring = false;
  for (;;) {
    const c = image[i];
    if (c === "r" || c === "R") raw = true;
    else if (c === "b" || c === "B") bytes = true;
    else if (c === "f" || c === "F") fstring = true;
    else if (c !== "u" && c !== "U") break;
    i++;
  }
  const q = image[i];
  const quoteLen = image[i + 1] === q && image[i + 2] === q && image.length >= i + 6 ? 3 : 1;
  return { raw, bytes, fstring, prefixLen: i, quoteLen };
}

/** A problem found while decoding; `pos` is an offset into the decoded body. */
export class StringDecodeError {
  constructor(
    readonly message: string,
    readonly pos: number,
  ) {}
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\n": "",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

// A few names for \N{...}; others are reported as unknown.
const UNICODE_NAMES: Record<string, number> = {
  "BULLET": 0x2022,
  "EM DASH": 0x2014,
  "EN DASH": 0x2013,
  "HORIZONTAL ELLIPSIS": 0x2026,
  "NO-BREAK SPACE": 0xa0,
  "DEGREE SIGN": 0xb0,
  "GREEK SMALL LETTER ALPHA": 0x3b1,
  "GREEK SMALL LETTER BETA": 0x3b2,
  "GREEK SMALL LETTER PI": 0x3c0,
  "GREEK CAPITAL LETTER DELTA": 0x394,
  "CHECK MARK": 0x2713,
  "BLACK STAR": 0x2605,
  "SNOWMAN": 0x2603,
  "COPYRIGHT SIGN": 0xa9,
  "EURO SIGN": 0x20ac,
  "POUND SIGN": 0xa3,
  "RIGHTWARDS ARROW": 0x2192,
  "LEFTWARDS ARROW": 0x2190,
  "SPACE": 0x20,
  "LINE FEED": 0x0a,
  "NULL": 0,
};

function isHex(s: string): boolean {
  return /^[0-9a-fA-F]+$/.test(s);
}

/** Decodes the escapes of a (non-raw) str body. */
export function decodeStr(body: string): string {
  if (body.indexOf("\\") < 0) return body;
  let out = "";
  let i = 0;
  const n = body.length;
  while (i < n) {
    const j = body.indexOf("\\", i);
    if (j < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, j);
    const c = body[j + 1];
    if (c === undefined) {
      out += "\\";
      break;
    }
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out += simple;
      i = j + 2;
    } else if (c >= "0" && c <= "7") {
      let k = j + 1;
      while (k < n && k < j + 4 && body[k] >= "0" && body[k] <= "7") k++;
      out += globalThis.String.fromCodePoint(parseInt(body.slice(j + 1, k), 8));
      i = k;
    } else if (c === "x" || c === "u" || c === "U") {
      const len = c === "x" ? 2 : c === "u" ? 4 : 8;
      const hex = body.slice(j + 2, j + 2 + len);
      if (hex.length < len || !isHex(hex)) {
        throw new StringDecodeError(
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${j + 1 + hex.length}: truncated \\${c}${"X".repeat(len)} escape`,
          j,
        );
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) {
        throw new StringDecodeError(
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${j + 9}: illegal Unicode character`,
          j,
        );
      }
      out += globalThis.String.fromCodePoint(cp);
      i = j + 2 + len;
    } else if (c === "N") {
      const close = body.indexOf("}", j);
      const name = body[j + 2] === "{" && close > 0 ? body.slice(j + 3, close).toUpperCase() : null;
      const cp = name === null ? undefined : UNICODE_NAMES[name];
      if (cp === undefined) {
        throw new StringDecodeError(
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${close < 0 ? j + 1 : close}: ${name === null ? "malformed \\N character escape" : "unknown Unicode character name"}`,
          j,
        );
      }
      out += globalThis.String.fromCodePoint(cp);
      i = close + 1;
    } else {
      // Unknown escapes keep their backslash (CPython warns).
      out += "\\" + c;
      i = j + 2;
    }
  }
  return out;
}

/** Decodes a bytes body (raw or not) into its bytes. */
export function decodeBytes(body: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body.charCodeAt(i) >= 128) {
      throw new StringDecodeError("bytes can only contain ASCII literal characters", i);
    }
  }
  let i = 0;
  const n = body.length;
  while (i < n) {
    const ch = body[i];
    if (ch !== "\\" || raw) {
      out.push(body.charCodeAt(i));
      i++;
      continue;
    }
    const c = body[i + 1];
    if (c === undefined) {
      out.push(92);
      break;
    }
    const simple = c === "u" || c === "U" || c === "N" ? undefined : SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      if (simple.length) out.push(simple.charCodeAt(0));
      i += 2;
    } else if (c >= "0" && c <= "7") {
      let k = i + 1;
      while (k < n && k < i + 4 && body[k] >= "0" && body[k] <= "7") k++;
      out.push(parseInt(body.slice(i + 1, k), 8) & 0xff);
      i = k;
    } else if (c === "x") {
      const hex = body.slice(i + 2, i + 4);
      if (hex.length < 2 || !isHex(hex)) {
        throw new StringDecodeError(`(value error) invalid \\x escape at position ${i}`, i);
      }
      out.push(parseInt(hex, 16));
      i += 4;
    } else {
      out.push(92, body.charCodeAt(i + 1));
      i += 2;
    }
  }
  return Uint8Array.from(out);
}
