// str.format(): parsing replacement fields, following CPython's
// Objects/stringlib/unicode_format.h.

import { valueError } from "./errors.js";
import { decimalValue } from "./int-text.js";

export type FieldKey = { attr: string } | { index: string | number };

export interface FormatField {
  /** The field name as written, e.g. "0.x[1]" ('' for "{}"). */
  fieldName: string;
  /** Argument index, keyword name, or '' for automatic numbering. */
  first: string | number;
  /** Attribute and item accesses after the first part. */
  rest: FieldKey[];
  conversion: "r" | "s" | "a" | null;
  /** The raw format spec; may contain nested {fields} (see specHasFields). */
  spec: string;
  specHasFields: boolean;
}

/**
 * A literal piece of text (with {{ and }} unescaped; never empty, and never
 * two in a row) or a replacement field.
 */
export type FormatPart = string | FormatField;

interface Markup {
  literal: string;
  /** null when no field follows the literal. */
  name: string | null;
  conv: string;
  spec: string;
  expand: boolean;
  end: number;
}

/** MarkupIterator_next: the literal text at `pos` and the field after it, if any. */
function nextMarkup(fmt: string, pos: number): Markup {
  const end = fmt.length;
  const start = pos;
  let c = "";
  let markup = false;
  while (pos < end) {
    c = fmt[pos++];
    if (c === "{" || c === "}") {
      markup = true;
      break;
    }
  }
  const atEnd = pos >= end;
  let len = pos - start;
  if (c === "}" && (atEnd || fmt[pos] !== "}")) throw valueError("Single '}' encountered in format string");
  if (atEnd && c === "{") throw valueError("Single '{' encountered in format string");
  if (!atEnd) {
    if (fmt[pos] === c) {
      pos++;
      markup = false;
    } else {
      len--;
    }
  }
  const literal = fmt.slice(start, start + len);
  if (!markup) return { literal, name: null, conv: "", spec: "", expand: false, end: pos };
  return parseField(fmt, pos, literal);
}

/** parse_field: the field starting after its '{'. */
function parseField(fmt: string, pos: number, literal: string): Markup {
  const end = fmt.length;
  const nameStart = pos;
  let c = "";
  while (pos < end) {
    c = fmt[pos++];
    if (c === "{") throw valueError("unexpected '{' in field name");
    if (c === "[") {
      while (pos < end && fmt[pos] !== "]") pos++;
      continue;
    }
    if (c === "}" || c === ":" || c === "!") break;
  }
  const name = fmt.slice(nameStart, pos - 1);
  let conv = "";
  if (c === "!" || c === ":") {
    if (c === "!") {
      if (pos >= end) throw valueError("end of string while looking for conversion specifier");
      const cp = fmt.codePointAt(pos)!;
      conv = String.fromCodePoint(cp);
      pos += conv.length;
      if (pos < end) {
        c = fmt[pos++];
        if (c === "}") return { literal, name, conv, spec: "", expand: false, end: pos };
        if (c !== ":") throw valueError("expected ':' after conversion specifier");
      }
    }
    const specStart = pos;
    let count = 1;
    let expand = false;
    while (pos < end) {
      c = fmt[pos++];
      if (c === "{") {
        expand = true;
        count++;
      } else if (c === "}") {
        if (--count === 0) return { literal, name, conv, spec: fmt.slice(specStart, pos - 1), expand, end: pos };
      }
    }
    throw valueError("unmatched '{' in format spec");
  }
  if (c !== "}") throw valueError("expected '}' before end of string");
  return { literal, name, conv, spec: "", expand: false, end: pos };
}

/** get_integer: the value of an all-decimal-digit string, or -1. */
function fieldInteger(s: string): number {
  if (s === "") return -1;
  let acc = 0;
  let digits = 0;
  for (const ch of s) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    acc = acc * 10 + d;
    if (acc > 0 || d > 0) digits++;
    if (digits > 19 || (digits === 19 && acc > 9223372036854775807)) {
      throw valueError("Too many decimal digits in format string");
    }
  }
  return acc;
}

/** Checks a conversion character ('' = none). */
export function checkConversion(conv: string): "r" | "s" | "a" | null {
  if (conv === "") return null;
  if (conv === "r" || conv === "s" || conv === "a") return conv;
  const cp = conv.codePointAt(0)!;
  const shown = cp > 32 && cp < 127 ? conv : "\\x" + cp.toString(16);
  throw valueError(`Unknown conversion specifier ${shown}`);
}

/** field_name_split, first part: ['' | index | name, offset of the rest]. */
function splitFirst(name: string): [string | number, number] {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const first = name.slice(0, i);
  if (first === "") return ["", i];
  const idx = fieldInteger(first);
  return [idx >= 0 ? idx : first, i];
}

/** FieldNameIterator_next: the access at `pos`, or null at the end. */
function nextKey(name: string, pos: number): [FieldKey, number] | null {
  const end = name.length;
  if (pos >= end) return null;
  const c = name[pos++];
  let key: FieldKey;
  let text: string;
  if (c === ".") {
    const start = pos;
    while (pos < end && name[pos] !== "." && name[pos] !== "[") pos++;
    text = name.slice(start, pos);
    key = { attr: text };
  } else if (c === "[") {
    const start = pos;
    while (pos < end && name[pos] !== "]") pos++;
    if (pos >= end) throw valueError("Missing ']' in format string");
    text = name.slice(start, pos);
    pos++;
    const idx = fieldInteger(text);
    key = { index: idx >= 0 ? idx : text };
  } else {
    throw valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  if (text === "") throw valueError("Empty attribute in format string");
  return [key, pos];
}

/**
 * Automatic field numbering state of one str.format call (shared with the
 * nested fields of its format specs).
 */
export class AutoNumber {
  private state = 0; // 0 not yet known, 1 automatic, 2 manual
  private next = 0;

  /** '' becomes the next automatic index; raises when mixing the two styles. */
  resolve(first: string | number): string | number {
    const empty = first === "";
    if (!empty && typeof first !== "number") return first;
    if (this.state === 0) this.state = empty ? 1 : 2;
    if (this.state === 2 && empty) {
      throw valueError("cannot switch from manual field specification to automatic field numbering");
    }
    if (this.state === 1 && !empty) {
      throw valueError("cannot switch from automatic field numbering to manual field specification");
    }
    return empty ? this.next++ : first;
  }
}

/**
 * Parses a whole format string eagerly. CPython parses lazily while
 * formatting, so an error late in the string is raised here before any
 * field is evaluated; use renderFormat for CPython's exact order.
 */
export function parseFormatString(fmt: string): FormatPart[] {
  const parts: FormatPart[] = [];
  let pos = 0;
  while (pos < fmt.length) {
    const m = nextMarkup(fmt, pos);
    pos = m.end;
    if (m.literal !== "") {
      const last = parts.length - 1;
      if (last >= 0 && typeof parts[last] === "string") parts[last] += m.literal;
      else parts.push(m.literal);
    }
    if (m.name === null) continue;
    const [first, restStart] = splitFirst(m.name);
    const rest: FieldKey[] = [];
    let p = restStart;
    for (let k = nextKey(m.name, p); k !== null; k = nextKey(m.name, p)) {
      rest.push(k[0]);
      p = k[1];
    }
    parts.push({
      fieldName: m.name,
      first,
      rest,
      conversion: checkConversion(m.conv),
      spec: m.spec,
      specHasFields: m.expand,
    });
  }
  return parts;
}

/** What renderFormat needs from the runtime. */
export interface FormatFieldHooks<V> {
  /** args[key] (number) or kwargs[key] (string), raising IndexError / KeyError. */
  getArg(key: number | string): V;
  getAttr(obj: V, name: string): V;
  getItem(obj: V, key: number | string): V;
  /** repr / str / ascii of obj. */
  convert(obj: V, conversion: "r" | "s" | "a"): V;
  /** format(obj, spec). */
  format(obj: V, spec: string): string;
}

/**
 * str.format: build_string with CPython's evaluation order (fields are
 * parsed and evaluated left to right, errors raised when reached).
 */
export function renderFormat<V>(fmt: string, hooks: FormatFieldHooks<V>, auto = new AutoNumber(), depth = 2): string {
  if (depth <= 0) throw valueError("Max string recursion exceeded");
  let out = "";
  let pos = 0;
  while (pos < fmt.length) {
    const m = nextMarkup(fmt, pos);
    pos = m.end;
    out += m.literal;
    if (m.name === null) continue;
    const [first, restStart] = splitFirst(m.name);
    let obj = hooks.getArg(auto.resolve(first));
    let p = restStart;
    for (let k = nextKey(m.name, p); k !== null; k = nextKey(m.name, p)) {
      const key = k[0];
      obj = "attr" in key ? hooks.getAttr(obj, key.attr) : hooks.getItem(obj, key.index);
      p = k[1];
    }
    const conv = checkConversion(m.conv);
    if (conv !== null) obj = hooks.convert(obj, conv);
    const spec = m.expand ? renderFormat(m.spec, hooks, auto, depth - 1) : m.spec;
    out += hooks.format(obj, spec);
  }
  return out;
}
