// unicodedata: CPython 3.11's C module over JavaScript's own Unicode data.
// Categories come from regex property escapes, normalize() from
// String.prototype.normalize; names (for the common blocks, plus the
// algorithmic CJK and Hangul ones), numeric values, combining classes and
// East Asian widths from d-unicodedata-data.ts, decoded on first import.

import { PyValue, PyFloat, KwArgs } from "../object.js";
import { PyModule } from "../types.js";
import { pyErr, TypeError, ValueError, KeyError } from "../exceptions.js";
import { typeName } from "../typename.js";
import { makeModule } from "./util.js";
import { UNICODE_DATA } from "./d-unicodedata-data.js";
import type { Interpreter } from "../interpreter.js";

interface Tables {
  nameOf: Map<number, string>;
  codeOf: Map<string, number>;
  numeric: Map<number, [number, number, number]>;
  comb: number[];
  eawStarts: number[];
  eawValues: string[];
}

let tables: Tables | null = null;

function load(): Tables {
  if (tables) return tables;
  const t = JSON.parse(UNICODE_DATA) as {
    ranges: [number, number][];
    words: string;
    names: string[];
    numeric: [number, number, number, number][];
    comb: number[];
    eaw: string;
  };
  const words = t.words.split(" ");
  const AL = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const dec = (s: string) => [...s].reduce((n, c) => n * 62 + AL.indexOf(c), 0);
  const nameOf = new Map<number, string>();
  const codeOf = new Map<string, number>();
  t.ranges.forEach(([a], i) => {
    t.names[i].split("|").forEach((enc, j) => {
      if (enc === "") return;
      const name = enc
        .split(" ")
        .map((w) => (w[0] === "~" ? words[dec(w.slice(1))] : w[0] === "^" ? words[dec(w.slice(1))] : w))
        .join(" ");
      nameOf.set(a + j, name);
      codeOf.set(name, a + j);
    });
  });
  const numeric = new Map<number, [number, number, number]>();
  for (const [c, n, d, dg] of t.numeric) numeric.set(c, [n, d, dg]);
  const eawStarts: number[] = [];
  const eawValues: string[] = [];
  for (const part of t.eaw.split(",")) {
    if (!part) continue;
    const [c, v] = part.split(":");
    eawStarts.push(parseInt(c, 16));
    eawValues.push(v);
  }
  tables = { nameOf, codeOf, numeric, comb: t.comb, eawStarts, eawValues };
  return tables;
}

/** The value of the run containing `cp` in a run-length table [start, value, start, value, ...]. */
function runValue(flat: number[], cp: number): number {
  let lo = 0, hi = flat.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (flat[mid * 2] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return flat[lo * 2 + 1];
}

function runIndex(starts: number[], cp: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const CATEGORIES = [
  "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po",
  "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co",
];
let catRegexes: [string, RegExp][] | null = null;
const catCache = new Map<number, string>();

function category(cp: number): string {
  const hit = catCache.get(cp);
  if (hit !== undefined) return hit;
  catRegexes ??= CATEGORIES.map((c) => [c, new RegExp(`^\\p{${c}}$`, "u")]);
  const ch = String.fromCodePoint(cp);
  let r = "Cn";
  for (const [c, re] of catRegexes) {
    if (re.test(ch)) {
      r = c;
      break;
    }
  }
  catCache.set(cp, r);
  return r;
}

function charArg(fn: string, v: PyValue): number {
  if (typeof v !== "string") throw pyErr(TypeError, `${fn}() argument must be a unicode character, not ${typeName(v)}`);
  const cps = [...v];
  if (cps.length !== 1) throw pyErr(TypeError, `${fn}() argument must be a unicode character, not str`);
  return cps[0].codePointAt(0)!;
}

// Hangul syllables (Unicode ch. 3.12)
const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

function isCJK(cp: number): boolean {
  return (
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x20000 && cp <= 0x2a6df) ||
    (cp >= 0x2a700 && cp <= 0x2b738) || (cp >= 0x2b740 && cp <= 0x2b81d) || (cp >= 0x2b820 && cp <= 0x2cea1) ||
    (cp >= 0x2ceb0 && cp <= 0x2ebe0) || (cp >= 0x30000 && cp <= 0x3134a)
  );
}

function nameOf(cp: number): string | undefined {
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const s = cp - 0xac00;
    return "HANGUL SYLLABLE " + JAMO_L[Math.floor(s / 588)] + JAMO_V[Math.floor((s % 588) / 28)] + JAMO_T[s % 28];
  }
  if (isCJK(cp)) return "CJK UNIFIED IDEOGRAPH-" + cp.toString(16).toUpperCase();
  const n = load().nameOf.get(cp);
  if (n !== undefined) return n;
  // Letters JavaScript can describe: a capital/small pair of a named letter.
  return undefined;
}

function lookupName(name: string): number | undefined {
  const up = name.toUpperCase();
  let m = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(up);
  if (m) {
    const cp = parseInt(m[1], 16);
    return isCJK(cp) ? cp : undefined;
  }
  m = /^HANGUL SYLLABLE ([A-Z]+)$/.exec(up);
  if (m) {
    for (let cp = 0xac00; cp <= 0xd7a3; cp++) if (nameOf(cp) === up) return cp;
    return undefined;
  }
  return load().codeOf.get(up);
}

/** The decimal digit value of a character of category Nd (digits come in runs of ten from zero). */
function decimalOf(cp: number): number | undefined {
  if (category(cp) !== "Nd") return undefined;
  let z = cp;
  while (z > 0 && category(z - 1) === "Nd") z--;
  return (cp - z) % 10;
}

function eastAsianWidth(cp: number): string {
  const t = load();
  return t.eawValues[runIndex(t.eawStarts, cp)];
}

const F = (x: number) => new PyFloat(x);

function withDefault(fn: string, args: PyValue[], v: number | string | undefined, err: string): PyValue {
  if (v !== undefined) return typeof v === "number" && fn === "numeric" ? F(v) : v;
  if (args.length > 1) return args[1];
  throw pyErr(ValueError, err);
}

export function createUnicodedataModule(_interp: Interpreter): PyModule {
  const fns: Record<string, (a: PyValue[], kw: KwArgs | null) => PyValue> = {
    name: (a) => {
      const cp = charArg("name", a[0]);
      const n = nameOf(cp);
      if (n !== undefined) return n;
      if (a.length > 1) return a[1];
      throw pyErr(ValueError, "no such name");
    },
    lookup: (a) => {
      if (typeof a[0] !== "string") throw pyErr(TypeError, `lookup() argument must be str, not ${typeName(a[0])}`);
      const cp = lookupName(a[0]);
      if (cp === undefined) throw pyErr(KeyError, `undefined character name '${a[0]}'`);
      return String.fromCodePoint(cp);
    },
    category: (a) => category(charArg("category", a[0])),
    combining: (a) => runValue(load().comb, charArg("combining", a[0])),
    east_asian_width: (a) => eastAsianWidth(charArg("east_asian_width", a[0])),
    mirrored: (a) => {
      const ch = String.fromCodePoint(charArg("mirrored", a[0]));
      return /\p{Bidi_M}/u.test(ch) ? 1 : 0;
    },
    decimal: (a) => withDefault("decimal", a, decimalOf(charArg("decimal", a[0])), "not a decimal"),
    digit: (a) => {
      const cp = charArg("digit", a[0]);
      let v = decimalOf(cp);
      if (v === undefined) {
        const n = load().numeric.get(cp);
        if (n && n[2] >= 0) v = n[2];
      }
      return withDefault("digit", a, v, "not a digit");
    },
    numeric: (a) => {
      const cp = charArg("numeric", a[0]);
      let v: number | undefined = decimalOf(cp);
      if (v === undefined) {
        const n = load().numeric.get(cp);
        if (n) v = n[0] / n[1];
      }
      return withDefault("numeric", a, v, "not a numeric character");
    },
    normalize: (a) => {
      const form = a[0], s = a[1];
      if (typeof form !== "string") throw pyErr(TypeError, `normalize() argument 1 must be str, not ${typeName(form)}`);
      if (typeof s !== "string") throw pyErr(TypeError, `normalize() argument 2 must be str, not ${typeName(s)}`);
      if (form !== "NFC" && form !== "NFD" && form !== "NFKC" && form !== "NFKD") throw pyErr(ValueError, "invalid normalization form");
      return s.normalize(form);
    },
    is_normalized: (a) => {
      const form = a[0], s = a[1];
      if (form !== "NFC" && form !== "NFD" && form !== "NFKC" && form !== "NFKD") throw pyErr(ValueError, "invalid normalization form");
      return (s as string).normalize(form) === s;
    },
    decomposition: (a) => {
      const cp = charArg("decomposition", a[0]);
      const ch = String.fromCodePoint(cp);
      const hex = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")).join(" ");
      if (cp >= 0xac00 && cp <= 0xd7a3) return "";
      const nfd = ch.normalize("NFD");
      if (nfd !== ch) {
        // One level of canonical decomposition: recompose all but the last mark.
        const parts = [...nfd];
        if (parts.length > 2) return hex(parts.slice(0, -1).join("").normalize("NFC") + parts[parts.length - 1]);
        return hex(nfd);
      }
      const nfkd = ch.normalize("NFKD");
      if (nfkd !== ch) return "<compat> " + hex(nfkd);
      return "";
    },
    /** An approximation from the category and script (JavaScript has no Bidi_Class). */
    bidirectional: (a) => {
      const cp = charArg("bidirectional", a[0]);
      const ch = String.fromCodePoint(cp);
      const c = category(cp);
      if (cp === 10 || cp === 13 || cp === 0x1c || cp === 0x1d || cp === 0x1e || cp === 0x85 || cp === 0x2029) return "B";
      if (cp === 9 || cp === 11 || cp === 0x1f) return "S";
      if (c === "Zs" || cp === 12 || cp === 0x2028) return "WS";
      if (c === "Mn" || c === "Me") return "NSM";
      if (c === "Cc" || c === "Cf") return "BN";
      if (/\p{Script=Hebrew}/u.test(ch) && c[0] === "L") return "R";
      if (/\p{Script=Arabic}/u.test(ch)) return c === "Nd" ? "AN" : "AL";
      if (c === "Nd") return "EN";
      if (cp === 0x2b || cp === 0x2d) return "ES";
      if (c === "Sc" || cp === 0x23 || cp === 0x25) return "ET";
      if (cp === 0x2c || cp === 0x2e || cp === 0x2f || cp === 0x3a || cp === 0xa0) return "CS";
      if (c[0] === "L" || c === "Mc" || c === "Nl") return "L";
      return c === "Cn" ? "" : "ON";
    },
  };
  const m = makeModule("unicodedata", fns);
  m.dict!.set("unidata_version", "14.0.0");
  return m;
}
