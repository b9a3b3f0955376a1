// _c_re: the engine under the Python-source `re` module (src/lib/c/re.py).
// Translates Python regular-expression syntax to a JavaScript RegExp (always
// with the `u` flag, so that matching works on code points) and runs it,
// reporting positions in code points as Python does.
//
// Python semantics kept by the translation: `.` excludes only "\n" (unless
// DOTALL); `^`/`$` follow Python's MULTILINE rules ("\n" only, `$` also before
// a final newline); \d \w \s \b are Unicode-aware (ASCII with re.A); \A \Z;
// (?P<name>...) and (?P=name); global inline flags; scoped (?imsx-imsx:...)
// groups; Python's literal `{`; CPython's error messages and positions.

import { PyObject, PyValue, PyTuple } from "../object.js";
import { PyModule, None, makeBuiltinType, objectType } from "../types.js";
import { newTuple, newDict } from "../containers.js";
import { asInt } from "../ops.js";
import { pyErr, TypeError } from "../exceptions.js";
import { makeModule, inModule } from "./util.js";
import type { Interpreter } from "../interpreter.js";

export const F = { T: 1, I: 2, L: 4, M: 8, S: 16, U: 32, D: 128, X: 64, A: 256 } as const;

class ReError extends Error {
  constructor(readonly msg: string, readonly pos: number | null) {
    super(msg);
  }
}

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  a: boolean;
}

const W_U = "\\p{L}\\p{N}_";
const W_A = "A-Za-z0-9_";
const S_U = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const S_A = "\\t\\n\\x0b\\x0c\\r\\x20";
const D_U = "\\p{Nd}";
const D_A = "0-9";

function hex(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

function isAlnumAscii(c: string): boolean {
  return /^[A-Za-z0-9]$/.test(c);
}

/** A literal code point as JS regex source (outside a class). */
function lit(cp: number, fold: boolean): string {
  const c = String.fromCodePoint(cp);
  if (fold) {
    const lo = c.toLowerCase(), up = c.toUpperCase();
    if (lo !== up && [...lo].length === 1 && [...up].length === 1) return `[${hex(lo.codePointAt(0)!)}${hex(up.codePointAt(0)!)}]`;
  }
  return isAlnumAscii(c) ? c : hex(cp);
}

interface Translation {
  source: string;
  groups: number;
  names: Map<string, number>;
  flags: number;
  parents: number[];
}

export function translate(pattern: string, flagsIn: number): Translation {
  const cps = [...pattern];
  const n = cps.length;
  let pos = 0;
  let flags = flagsIn;
  const names = new Map<string, number>();
  let groups = 0;
  const open: number[] = [];
  const parents: number[] = [0];
  const closed = new Set<number>();
  // Global inline flags: CPython 3.11 only accepts them at the start.
  const fl = (): Flags => ({ i: !!(flags & F.I), m: !!(flags & F.M), s: !!(flags & F.S), x: !!(flags & F.X), a: !!(flags & F.A) });
  const peek = (k = 0) => cps[pos + k];
  const err = (msg: string, at: number | null = pos): never => {
    throw new ReError(msg, at);
  };

  // Leading (?flags) groups set the global flags.
  const FLAGCHARS: Record<string, number> = { i: F.I, L: F.L, m: F.M, s: F.S, x: F.X, a: F.A, u: F.U };
  {
    let p = 0;
    for (;;) {
      if (cps[p] === "(" && cps[p + 1] === "?" && cps[p + 2] !== undefined && cps[p + 2] in FLAGCHARS) {
        let q = p + 2;
        let add = 0;
        while (cps[q] !== undefined && cps[q] in FLAGCHARS) add |= FLAGCHARS[cps[q++]];
        if (cps[q] === ")") {
          flags |= add;
          p = q + 1;
          continue;
        }
      }
      break;
    }
  }
  if ((flags & F.A) && (flags & F.U)) throw new ReError("ASCII and UNICODE flags are incompatible", null);
  if (flags & F.L) throw new ReError("cannot use LOCALE flag with a str pattern", null);

  function skipVerbose(f: Flags): void {
    if (!f.x) return;
    for (;;) {
      const c = peek();
      if (c === undefined) return;
      if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f") {
        pos++;
        continue;
      }
      if (c === "#") {
        while (pos < n && cps[pos] !== "\n") pos++;
        continue;
      }
      return;
    }
  }

  function classEscapes(f: Flags): { w: string; s: string; d: string } {
    return f.a ? { w: W_A, s: S_A, d: D_A } : { w: W_U, s: S_U, d: D_U };
  }

  /** Parses \x.., \u...., \U........, octal; returns a code point or null when not such an escape. */
  function numericEscape(c: string, start: number, inClass: boolean): number | null {
    const hexDigits = (count: number, what: string): number => {
      let s = "";
      for (let k = 0; k < count; k++) {
        const d = peek();
        if (d === undefined || !/[0-9a-fA-F]/.test(d)) err(`incomplete escape \\${what}${s}`, start);
        s += d;
        pos++;
      }
      return parseInt(s, 16);
    };
    if (c === "x") return hexDigits(2, "x");
    if (c === "u") return hexDigits(4, "u");
    if (c === "U") {
      const v = hexDigits(8, "U");
      if (v > 0x10ffff) err(`bad escape \\U${cps.slice(start + 2, pos).join("")}`, start);
      return v;
    }
    if (c === "0") {
      let s = "0";
      while (s.length < 3 && peek() !== undefined && /[0-7]/.test(peek())) s += cps[pos++];
      return parseInt(s, 8);
    }
    if (inClass && /[1-9]/.test(c)) {
      // In a class, \1.. are octal escapes when possible.
      let s = c;
      while (s.length < 3 && peek() !== undefined && /[0-7]/.test(peek())) s += cps[pos++];
      if (s.length < 3 || /[89]/.test(s)) err(`bad escape \\${s}`, start);
      const v = parseInt(s, 8);
      if (v > 0o377) err(`octal escape value \\${s} outside of range 0-0o377`, start);
      return v;
    }
    return null;
  }

  const SIMPLE: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, a: 7 };

  function parseClass(f: Flags): string {
    const start = pos; // at '['
    pos++;
    let negate = false;
    if (peek() === "^") {
      negate = true;
      pos++;
    }
    const { w, s, d } = classEscapes(f);
    let body = "";
    const negs: string[] = [];
    let first = true;
    // Each item is a code point (may begin a range) or a class escape.
    for (;;) {
      const c = peek();
      if (c === undefined) err("unterminated character set", start);
      if (c === "]" && !first) {
        pos++;
        break;
      }
      first = false;
      const itemStart = pos;
      let lo: number | null = null;
      let escText: string | null = null;
      if (c === "\\") {
        pos++;
        const e = peek();
        if (e === undefined) err("bad escape (end of pattern)", itemStart);
        pos++;
        if (e === "d") escText = d;
        else if (e === "w") escText = w;
        else if (e === "s") escText = s;
        else if (e === "D") negs.push(d);
        else if (e === "W") negs.push(w);
        else if (e === "S") negs.push(s);
        else if (e === "b") lo = 8;
        else if (e in SIMPLE) lo = SIMPLE[e];
        else {
          const v = numericEscape(e, itemStart, true);
          if (v !== null) lo = v;
          else if (/[A-Za-z0-9]/.test(e)) err(`bad escape \\${e}`, itemStart);
          else lo = e.codePointAt(0)!;
        }
        if (lo === null) {
          if (escText !== null) body += escText;
          if (peek() === "-" && cps[pos + 1] !== "]" && cps[pos + 1] !== undefined) {
            err(`bad character range ${cps.slice(itemStart, pos + 2).join("")}`, itemStart);
          }
          continue;
        }
      } else {
        pos++;
        lo = c.codePointAt(0)!;
      }
      // A range?
      if (peek() === "-" && cps[pos + 1] !== undefined && cps[pos + 1] !== "]") {
        pos++;
        const hiStart = pos;
        let hi: number;
        const h = cps[pos];
        if (h === "\\") {
          pos++;
          const e = peek();
          if (e === undefined) err("bad escape (end of pattern)", hiStart);
          pos++;
          if (e in SIMPLE) hi = SIMPLE[e];
          else if (e === "b") hi = 8;
          else {
            const v = numericEscape(e, hiStart, true);
            if (v !== null) hi = v;
            else if (/[A-Za-z0-9]/.test(e)) {
              if ("dwsDWS".includes(e)) err(`bad character range ${cps.slice(itemStart, pos).join("")}`, itemStart);
              err(`bad escape \\${e}`, hiStart);
            } else hi = e.codePointAt(0)!;
          }
        } else {
          pos++;
          hi = h.codePointAt(0)!;
        }
        hi = hi!;
        if (hi < lo) err(`bad character range ${cps.slice(itemStart, pos).join("")}`, itemStart);
        body += `${hex(lo)}-${hex(hi)}`;
        if (f.i && !(flags & F.I)) body += foldRange(lo, hi);
      } else {
        body += hex(lo);
        if (f.i && !(flags & F.I)) {
          const ch = String.fromCodePoint(lo);
          for (const o of new Set([ch.toLowerCase(), ch.toUpperCase()])) if ([...o].length === 1 && o !== ch) body += hex(o.codePointAt(0)!);
        }
      }
    }
    if (negs.length === 0) return negate ? (body === "" ? "[\\s\\S]" : `[^${body}]`) : `[${body}]`;
    const alts = [...(body ? [`[${body}]`] : []), ...negs.map((x) => `[^${x}]`)].join("|");
    return negate ? `(?:(?!${alts})[\\s\\S])` : `(?:${alts})`;
  }

  function foldRange(lo: number, hi: number): string {
    let extra = "";
    // Common cases: ASCII letter ranges.
    const a = Math.max(lo, 0x61), b = Math.min(hi, 0x7a);
    if (a <= b) extra += `${hex(a - 32)}-${hex(b - 32)}`;
    const A = Math.max(lo, 0x41), B = Math.min(hi, 0x5a);
    if (A <= B) extra += `${hex(A + 32)}-${hex(B + 32)}`;
    return extra;
  }

  function wordBoundary(f: Flags, negate: boolean): string {
    if (f.a) return negate ? "\\B" : "\\b";
    const W = `[${W_U}]`;
    return negate ? `(?:(?<=${W})(?=${W})|(?<!${W})(?!${W}))` : `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
  }

  /** Parses an alternation up to `)` or the end; returns its JS source. */
  function parseAlt(f: Flags, depth: number): string {
    let out = "";
    let last: "none" | "atom" | "quant" = "none";
    let lastStart = 0;
    for (;;) {
      skipVerbose(f);
      const c = peek();
      if (c === undefined) return out;
      if (c === ")") {
        if (depth === 0) err("unbalanced parenthesis");
        return out;
      }
      const start = pos;
      if (c === "|") {
        pos++;
        out += "|";
        last = "none";
        continue;
      }
      if (c === "*" || c === "+" || c === "?" || (c === "{" && isQuant())) {
        if (last === "none") err("nothing to repeat");
        if (last === "quant") err("multiple repeat");
        let q: string;
        if (c === "{") q = parseBrace();
        else {
          pos++;
          q = c;
        }
        skipVerbose(f);
        if (peek() === "?") {
          pos++;
          q += "?";
        } else if (peek() === "+") {
          pos++; // possessive: matched greedily
        }
        out += q;
        last = "quant";
        void lastStart;
        continue;
      }
      lastStart = out.length;
      if (c === "(") {
        out += parseGroup(f, depth);
        last = out.endsWith("\u0000") ? "none" : "atom";
        if (out.endsWith("\u0000")) out = out.slice(0, -1);
        continue;
      }
      last = "atom";
      pos++;
      if (c === "[") {
        pos--;
        out += parseClass(f);
      } else if (c === ".") out += f.s ? "[\\s\\S]" : "[^\\n]";
      else if (c === "^") {
        out += f.m ? "(?:^|(?<=\\n))" : "^";
        last = "none";
      } else if (c === "$") {
        out += f.m ? "(?=\\n|$)" : "(?=\\n?$)";
        last = "none";
      } else if (c === "\\") out += parseEscape(f, start);
      else out += lit(c.codePointAt(0)!, f.i && !(flags & F.I));
      if (c === "\\" && "bBAZ".includes(cps[start + 1] ?? "")) last = "none";
    }
  }

  function isQuant(): boolean {
    let q = pos + 1;
    let digits1 = 0, digits2 = 0;
    while (cps[q] !== undefined && /[0-9]/.test(cps[q])) {
      q++;
      digits1++;
    }
    if (cps[q] === ",") {
      q++;
      while (cps[q] !== undefined && /[0-9]/.test(cps[q])) {
        q++;
        digits2++;
      }
    } else if (digits1 === 0) return false;
    void digits2;
    return cps[q] === "}";
  }

  function parseBrace(): string {
    const start = pos;
    pos++;
    let a = "";
    while (/[0-9]/.test(peek())) a += cps[pos++];
    let b: string | null = null;
    if (peek() === ",") {
      pos++;
      b = "";
      while (/[0-9]/.test(peek())) b += cps[pos++];
    }
    pos++; // }
    const min = a === "" ? 0 : parseInt(a, 10);
    if (b !== null && b !== "" && parseInt(b, 10) < min) err("min repeat greater than max repeat", start + 1);
    if (min > 4294967295) err("the repetition number is too large", start + 1);
    return b === null ? `{${min}}` : `{${min},${b}}`;
  }

  function parseEscape(f: Flags, start: number): string {
    const e = peek();
    if (e === undefined) err("bad escape (end of pattern)", start);
    pos++;
    const { w, s, d } = classEscapes(f);
    switch (e) {
      case "d": return `[${d}]`;
      case "D": return `[^${d}]`;
      case "w": return `[${w}]`;
      case "W": return `[^${w}]`;
      case "s": return `[${s}]`;
      case "S": return `[^${s}]`;
      case "b": return wordBoundary(f, false);
      case "B": return wordBoundary(f, true);
      case "A": return "^";
      case "Z": return "$";
    }
    if (e in SIMPLE) return hex(SIMPLE[e]);
    if (/[1-9]/.test(e)) {
      // Group reference or octal escape.
      let s2 = e;
      if (/[0-9]/.test(peek() ?? "")) {
        if (/[0-7]/.test(e) && /[0-7]/.test(peek()) && /[0-7]/.test(cps[pos + 1] ?? "")) {
          s2 += cps[pos++] + cps[pos++];
          const v = parseInt(s2, 8);
          if (v > 0o377) err(`octal escape value \\${s2} outside of range 0-0o377`, start);
          return lit(v, f.i && !(flags & F.I));
        }
        s2 += cps[pos++];
      }
      const g = parseInt(s2, 10);
      if (g > groups) err(`invalid group reference ${g}`, start + 1);
      if (!closed.has(g)) err("cannot refer to an open group", start);
      return `(?:\\${g})`;
    }
    const v = numericEscape(e, start, false);
    if (v !== null) return lit(v, f.i && !(flags & F.I));
    if (/[A-Za-z0-9]/.test(e)) err(`bad escape \\${e}`, start);
    return lit(e.codePointAt(0)!, false);
  }

  function groupName(start: number, end: string): string {
    let name = "";
    while (peek() !== undefined && peek() !== end) name += cps[pos++];
    if (peek() === undefined) err(end === ">" ? "missing >, unterminated name" : "missing ), unterminated name", start);
    pos++;
    if (name === "") err("missing group name", start);
    if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name)) err(`bad character in group name '${name}'`, start);
    return name;
  }

  function capture(f: Flags, depth: number, name: string | null, groupStart: number): string {
    const g = ++groups;
    parents[g] = open.length ? open[open.length - 1] : 0;
    if (name !== null) {
      if (names.has(name)) err(`redefinition of group name '${name}' as group ${g}; was group ${names.get(name)}`, groupStart);
      names.set(name, g);
    }
    open.push(g);
    const inner = parseAlt(f, depth + 1);
    if (peek() !== ")") err("missing ), unterminated subpattern", groupStart - (name !== null ? 0 : 0));
    pos++;
    open.pop();
    closed.add(g);
    return name !== null ? `(?<${jsName(name)}>${inner})` : `(${inner})`;
  }

  function parseGroup(f: Flags, depth: number): string {
    const groupStart = pos;
    pos++;
    if (peek() !== "?") return capture(f, depth, null, groupStart);
    pos++;
    const c = peek();
    if (c === "P") {
      pos++;
      if (peek() === "<") {
        pos++;
        const name = groupName(pos, ">");
        return capture(f, depth, name, groupStart);
      }
      if (peek() === "=") {
        pos++;
        const nameStart = pos;
        const name = groupName(nameStart, ")");
        const g = names.get(name);
        if (g === undefined) err(`unknown group name '${name}'`, nameStart);
        if (!closed.has(g!)) err("cannot refer to an open group", nameStart);
        return `(?:\\k<${jsName(name)}>)`;
      }
      const x = peek();
      if (x === undefined) err("unexpected end of pattern", pos);
      err(`unknown extension ?P${x}`, groupStart + 1);
    }
    if (c === ":" || c === ">") {
      pos++;
      return sub(f, depth, "(?:", groupStart);
    }
    if (c === "=" || c === "!") {
      pos++;
      return sub(f, depth, `(?${c}`, groupStart);
    }
    if (c === "<") {
      pos++;
      const d = peek();
      if (d === "=" || d === "!") {
        pos++;
        return sub(f, depth, `(?<${d}`, groupStart);
      }
      if (d === undefined) err("unexpected end of pattern", pos);
      // Python 3.11 does not accept (?<name>...).
      err(`unknown extension ?<${d}`, groupStart + 1);
    }
    if (c === "#") {
      while (peek() !== undefined && peek() !== ")") pos++;
      if (peek() === undefined) err("missing ), unterminated comment", groupStart);
      pos++;
      return "\u0000";
    }
    if (c === "(") err("conditional groups are not supported", groupStart);
    if (c !== undefined && (c in FLAGCHARS || c === "-")) {
      const nf = { ...f };
      let on = true;
      let sawMinus = false;
      for (;;) {
        const x = peek();
        if (x === undefined) err("missing -, : or )", pos);
        if (x === ")") {
          pos++;
          if (sawMinus) err("missing :", pos - 1);
          if (groupStart !== 0 && !leadingFlagGroup(groupStart)) err("global flags not at the start of the expression", groupStart);
          return "\u0000";
        }
        if (x === ":") {
          pos++;
          return sub(nf, depth, "(?:", groupStart);
        }
        if (x === "-") {
          if (sawMinus) err("bad inline flags: flag turned on and off", pos);
          sawMinus = true;
          on = false;
          pos++;
          continue;
        }
        if (!(x in FLAGCHARS)) err(x.match(/[A-Za-z]/) ? "unknown flag" : "missing -, : or )", pos);
        const key = ({ i: "i", m: "m", s: "s", x: "x", a: "a", u: null, L: null } as Record<string, keyof Flags | null>)[x];
        if (key) (nf as unknown as Record<string, boolean>)[key] = on;
        pos++;
      }
    }
    if (c === undefined) err("unexpected end of pattern", pos);
    err(`unknown extension ?${c}`, groupStart + 1);
    return "";
  }

  function leadingFlagGroup(at: number): boolean {
    // True when only flag groups precede `at`.
    let p = 0;
    while (p < at) {
      if (cps[p] !== "(" || cps[p + 1] !== "?") return false;
      let q = p + 2;
      while (cps[q] !== undefined && cps[q] in FLAGCHARS) q++;
      if (cps[q] !== ")") return false;
      p = q + 1;
    }
    return p === at;
  }

  function sub(f: Flags, depth: number, opener: string, groupStart: number): string {
    const inner = parseAlt(f, depth + 1);
    if (peek() !== ")") err("missing ), unterminated subpattern", groupStart);
    pos++;
    return `${opener}${inner})`;
  }

  const top = parseAlt(fl(), 0);
  if (pos < n) err("unbalanced parenthesis");
  return { source: top, groups, names, flags: flags | (flags & F.A ? 0 : F.U), parents };
}

/** JS group names must be identifiers; Python's are too, except for some Unicode. */
function jsName(name: string): string {
  return name;
}

const handleType = inModule(makeBuiltinType("_Regex", [objectType]), "_c_re");

class RegexHandle extends PyObject {
  constructor(readonly search: RegExp, readonly sticky: RegExp, readonly full: RegExp, readonly t: Translation) {
    super(handleType);
  }
}

function hasSurrogates(s: string): boolean {
  return /[\uD800-\uDFFF]/.test(s);
}

/** Code-point index → UTF-16 index. */
function unitIndex(s: string, cp: number): number {
  let u = 0;
  for (let k = 0; k < cp && u < s.length; k++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length ? 2 : 1;
  }
  return u;
}

function cpIndex(s: string, unit: number): number {
  let cp = 0;
  for (let u = 0; u < unit; cp++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length ? 2 : 1;
  }
  return cp;
}

export function createCReModule(_interp: Interpreter): PyModule {
  return makeModule("_c_re", {
    /** compile(pattern, flags) -> (handle, groups, groupindex, flags, parents) or (None, msg, pos) */
    compile: (a) => {
      const pattern = a[0];
      if (typeof pattern !== "string") throw pyErr(TypeError, "first argument must be string or compiled pattern");
      const flags = Number(asInt(a[1] as number));
      let t: Translation;
      try {
        t = translate(pattern, flags);
      } catch (e) {
        if (e instanceof ReError) return newTuple([None, e.msg, e.pos === null ? None : e.pos]);
        throw e;
      }
      const jsFlags = "du" + (t.flags & F.I ? "i" : "");
      let search: RegExp, sticky: RegExp, full: RegExp;
      try {
        search = new RegExp(t.source, jsFlags + "g");
        sticky = new RegExp(t.source, jsFlags + "y");
        full = new RegExp(`(?:${t.source})$`, jsFlags + "y");
      } catch (e) {
        return newTuple([None, (e as Error).message.replace(/^Invalid regular expression: /, ""), None]);
      }
      const gi = newDict();
      for (const [k, v] of t.names) gi.set(k, v);
      return newTuple([new RegexHandle(search, sticky, full, t), t.groups, gi, t.flags, newTuple(t.parents.map((p) => p ?? 0))]);
    },
    /** exec(handle, string, pos, endpos, mode) -> tuple of spans (-1 when unmatched) or None. mode: 0 search, 1 match, 2 fullmatch */
    exec: (a) => {
      const h = a[0] as RegexHandle;
      let s = a[1] as string;
      let pos = Number(asInt(a[2] as number));
      let endpos = Number(asInt(a[3] as number));
      const mode = Number(asInt(a[4] as number));
      const sur = hasSurrogates(s);
      const len = sur ? [...s].length : s.length;
      if (endpos > len) endpos = len;
      if (pos < 0) pos = 0;
      if (endpos < 0) endpos = 0;
      if (pos > endpos) return None;
      let upos = pos, uend = endpos;
      if (sur) {
        upos = unitIndex(s, pos);
        uend = unitIndex(s, endpos);
      }
      if (uend < s.length) s = s.slice(0, uend);
      const re = mode === 0 ? h.search : mode === 1 ? h.sticky : h.full;
      re.lastIndex = upos;
      const m = re.exec(s) as (RegExpExecArray & { indices?: [number, number][] }) | null;
      if (!m) return None;
      const out: number[] = [];
      const start = m.index;
      const end = start + m[0].length;
      out.push(start, end);
      const ind = m.indices!;
      for (let g = 1; g < m.length; g++) {
        const span = ind[g];
        if (span) out.push(span[0], span[1]);
        else out.push(-1, -1);
      }
      if (sur) for (let k = 0; k < out.length; k++) if (out[k] >= 0) out[k] = cpIndex(s, out[k]);
      return newTuple(out);
    },
  });
}

export type { PyValue, PyTuple };
