/**
 * rich 13.3.1's Segment operations (rich.segment) and Text (rich.text, rich.containers.Lines),
 * ported as pure TypeScript. Offsets are UTF-16 indices (rich uses code points; they agree
 * except for astral characters).
 */

import { NULL_STYLE, PY_WS, addStyles, parseStyle, StyleSyntaxError, stripControlCodes, pyRstrip, type Style } from "./rich-markup.js";
import { cellLen, codePointCount, divideLine, getStyle, setCellSize } from "./rich-render.js";

// ---------------------------------------------------------------------------
// Styles

export type StyleType = string | Style;

/** Style equality (Style.__eq__ compares the normalized definition and link). */
export function styleEq(a: Style | null, b: Style | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return (
    a.attributes === b.attributes &&
    a.setAttributes === b.setAttributes &&
    colorEq(a.color, b.color) &&
    colorEq(a.bgcolor, b.bgcolor) &&
    a.link === b.link
  );
}

function colorEq(a: Style["color"], b: Style["color"]): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return a.name === b.name;
}

/** Console.get_style(name, default=Style.null()) */
export function resolveStyle(style: StyleType | null | undefined): Style {
  if (style === null || style === undefined) return NULL_STYLE;
  if (typeof style !== "string") return style;
  return getStyle(style);
}

/** Console.get_style without a default: raises for a bad definition. */
export function resolveStyleStrict(style: StyleType): Style {
  if (typeof style !== "string") return style;
  const s = getStyle(style);
  if (s === NULL_STYLE && style.trim() !== "" && style.trim() !== "none") {
    // getStyle swallowed a syntax error: re-raise it
    parseStyle(style);
  }
  return s;
}

export { StyleSyntaxError };

/** Python's `a + b` for Optional[Style] (a may be None only when b is None). */
export function styleAdd(a: Style | null, b: Style | null): Style | null {
  if (a === null) return b;
  return addStyles(a, b);
}

export function truthyStyle(s: Style | null): boolean {
  return s !== null && !s.isNull;
}

// ---------------------------------------------------------------------------
// Segments

export interface Segment {
  text: string;
  style: Style | null;
  control?: boolean;
}

export const seg = (text: string, style: Style | null = null): Segment => ({ text, style });
export const NEWLINE: Segment = { text: "\n", style: null };

export function applyStyle(segments: Segment[], style: Style | null, postStyle: Style | null = null): Segment[] {
  let result = segments;
  if (truthyStyle(style)) {
    result = result.map((s) => (s.control ? { text: s.text, style: null, control: true } : { text: s.text, style: addStyles(style!, s.style) }));
  }
  if (truthyStyle(postStyle)) {
    result = result.map((s) =>
      s.control ? { text: s.text, style: null, control: true } : { text: s.text, style: truthyStyle(s.style) ? addStyles(s.style!, postStyle) : postStyle },
    );
  }
  return result;
}

export function splitLines(segments: Iterable<Segment>): Segment[][] {
  const lines: Segment[][] = [];
  let line: Segment[] = [];
  for (const segment of segments) {
    if (segment.text.includes("\n") && !segment.control) {
      let text = segment.text;
      while (text) {
        const nl = text.indexOf("\n");
        const part = nl === -1 ? text : text.slice(0, nl);
        if (part) line.push({ text: part, style: segment.style });
        if (nl === -1) break;
        text = text.slice(nl + 1);
        lines.push(line);
        line = [];
      }
    } else {
      line.push(segment);
    }
  }
  if (line.length) lines.push(line);
  return lines;
}

export function splitAndCropLines(
  segments: Iterable<Segment>,
  length: number,
  style: Style | null = null,
  pad = true,
  includeNewLines = true,
): Segment[][] {
  const lines: Segment[][] = [];
  let line: Segment[] = [];
  for (const segment of segments) {
    if (segment.text.includes("\n") && !segment.control) {
      let text = segment.text;
      while (text) {
        const nl = text.indexOf("\n");
        const part = nl === -1 ? text : text.slice(0, nl);
        if (part) line.push({ text: part, style: segment.style });
        if (nl === -1) break;
        text = text.slice(nl + 1);
        const cropped = adjustLineLength(line, length, style, pad);
        if (includeNewLines) cropped.push(NEWLINE);
        lines.push(cropped);
        line = [];
      }
    } else {
      line.push(segment);
    }
  }
  if (line.length) lines.push(adjustLineLength(line, length, style, pad));
  return lines;
}

export function adjustLineLength(line: Segment[], length: number, style: Style | null = null, pad = true): Segment[] {
  let lineLength = 0;
  for (const s of line) lineLength += cellLen(s.text);
  if (lineLength < length) {
    return pad ? [...line, { text: " ".repeat(length - lineLength), style }] : line.slice();
  }
  if (lineLength > length) {
    const out: Segment[] = [];
    lineLength = 0;
    for (const segment of line) {
      const segmentLength = cellLen(segment.text);
      if (lineLength + segmentLength < length || segment.control) {
        out.push(segment);
        lineLength += segmentLength;
      } else {
        out.push({ text: setCellSize(segment.text, length - lineLength), style: segment.style });
        break;
      }
    }
    return out;
  }
  return line.slice();
}

export function getLineLength(line: Segment[]): number {
  let n = 0;
  for (const s of line) n += cellLen(s.text);
  return n;
}

export function getShape(lines: Segment[][]): [number, number] {
  let max = 0;
  for (const l of lines) max = Math.max(max, getLineLength(l));
  return [max, lines.length];
}

export function setShape(lines: Segment[][], width: number, height: number | null = null, style: Style | null = null, newLines = false): Segment[][] {
  const h = height || lines.length;
  const blank = newLines ? [seg(" ".repeat(width) + "\n", style)] : [seg(" ".repeat(width), style)];
  const result = lines.map((l) => adjustLineLength(l, width, style));
  while (result.length < h) result.push(blank);
  return result;
}

// ---------------------------------------------------------------------------
// Text

export type JustifyMethod = "default" | "left" | "center" | "right" | "full";
export type OverflowMethod = "fold" | "crop" | "ellipsis" | "ignore";

export interface Span {
  start: number;
  end: number;
  style: StyleType;
}

/** The bits of Console a Text needs while rendering. */
export interface TextConsole {
  tabSize: number;
}

export interface TextOptions {
  justify?: JustifyMethod | null;
  overflow?: OverflowMethod | null;
  noWrap?: boolean | null;
  end?: string;
  tabSize?: number | null;
  spans?: Span[];
}

const RE_WHITESPACE_END = new RegExp(`[${PY_WS}]+$`);

function styleTruthy(style: StyleType | null | undefined): boolean {
  if (style === null || style === undefined) return false;
  if (typeof style === "string") return style.length > 0;
  return !style.isNull;
}

export class Text {
  private _plain: string;
  spans: Span[];
  style: StyleType;
  justify: JustifyMethod | null;
  overflow: OverflowMethod | null;
  noWrap: boolean | null;
  end: string;
  tabSize: number | null;

  constructor(text = "", style: StyleType = "", opts: TextOptions = {}) {
    this._plain = stripControlCodes(text);
    this.style = style;
    this.justify = opts.justify ?? null;
    this.overflow = opts.overflow ?? null;
    this.noWrap = opts.noWrap ?? null;
    this.end = opts.end ?? "\n";
    this.tabSize = opts.tabSize === undefined ? 8 : opts.tabSize;
    this.spans = opts.spans ?? [];
  }

  get plain(): string {
    return this._plain;
  }

  set plain(newText: string) {
    if (newText !== this._plain) {
      const sanitized = stripControlCodes(newText);
      const oldLength = this._plain.length;
      this._plain = sanitized;
      if (oldLength > sanitized.length) this.trimSpans();
    }
  }

  /** Assign plain text without sanitizing (rich writes `_text` directly in places). */
  setRaw(text: string): void {
    this._plain = text;
  }

  get length(): number {
    return this._plain.length;
  }

  get cellLen(): number {
    return cellLen(this._plain);
  }

  toString(): string {
    return this._plain;
  }

  copy(): Text {
    const t = new Text(this._plain, this.style, this.opts());
    t.spans = this.spans.slice();
    return t;
  }

  blankCopy(plain = ""): Text {
    return new Text(plain, this.style, this.opts());
  }

  private opts(): TextOptions {
    return { justify: this.justify, overflow: this.overflow, noWrap: this.noWrap, end: this.end, tabSize: this.tabSize };
  }

  private trimSpans(): void {
    const maxOffset = this._plain.length;
    this.spans = this.spans
      .filter((s) => s.start < maxOffset)
      .map((s) => (s.end < maxOffset ? s : { start: s.start, end: Math.min(maxOffset, s.end), style: s.style }));
  }

  /** Text.append */
  append(text: string | Text, style: StyleType | null = null): this {
    if (typeof text === "string") {
      if (text.length) {
        const sanitized = stripControlCodes(text);
        const offset = this._plain.length;
        if (style !== null) this.spans.push({ start: offset, end: offset + sanitized.length, style });
        this._plain += sanitized;
      }
    } else if (text.length) {
      if (style !== null) throw new Error("style must not be set when appending Text instance");
      this.appendText(text);
    }
    return this;
  }

  /** Text.append_text */
  appendText(text: Text): this {
    const offset = this._plain.length;
    this.spans.push({ start: offset, end: offset + text.length, style: text.style });
    this._plain += text.plain;
    for (const s of text.spans) this.spans.push({ start: s.start + offset, end: s.end + offset, style: s.style });
    return this;
  }

  appendTokens(tokens: [string, StyleType | null][]): this {
    let offset = this._plain.length;
    for (const [content, style] of tokens) {
      const t = stripControlCodes(content);
      this._plain += t;
      if (style !== null) this.spans.push({ start: offset, end: offset + t.length, style });
      offset += t.length;
    }
    return this;
  }

  stylize(style: StyleType, start = 0, end: number | null = null): void {
    if (!styleTruthy(style)) return;
    const length = this.length;
    if (start < 0) start = length + start;
    if (end === null) end = length;
    if (end < 0) end = length + end;
    if (start >= length || end <= start) return;
    this.spans.push({ start, end: Math.min(length, end), style });
  }

  stylizeBefore(style: StyleType, start = 0, end: number | null = null): void {
    if (!styleTruthy(style)) return;
    const length = this.length;
    if (start < 0) start = length + start;
    if (end === null) end = length;
    if (end < 0) end = length + end;
    if (start >= length || end <= start) return;
    this.spans.unshift({ start, end: Math.min(length, end), style });
  }

  /** Text.copy_styles */
  copyStyles(text: Text): void {
    this.spans.push(...text.spans);
  }

  /** Text.highlight_regex with a precompiled global regex with named groups (d flag). */
  highlightRegex(re: RegExp, stylePrefix = ""): number {
    let count = 0;
    re.lastIndex = 0;
    for (const match of this._plain.matchAll(re)) {
      const groups = match.indices?.groups;
      if (!groups) continue;
      for (const [name, range] of Object.entries(groups)) {
        if (range !== undefined && range[1] > range[0]) {
          this.spans.push({ start: range[0], end: range[1], style: `${stylePrefix}${name}` });
          count++;
        }
      }
    }
    return count;
  }

  /** Text.join */
  join(lines: Text[]): Text {
    const out = this.blankCopy();
    const pieces: Text[] = [];
    if (this._plain) {
      lines.forEach((t, i) => {
        pieces.push(t);
        if (i < lines.length - 1) pieces.push(this);
      });
    } else {
      pieces.push(...lines);
    }
    let offset = 0;
    const parts: string[] = [];
    for (const t of pieces) {
      parts.push(t.plain);
      if (styleTruthy(t.style)) out.spans.push({ start: offset, end: offset + t.length, style: t.style });
      for (const s of t.spans) out.spans.push({ start: s.start + offset, end: s.end + offset, style: s.style });
      offset += t.length;
    }
    out._plain = parts.join("");
    return out;
  }

  divide(offsets: number[]): Text[] {
    if (!offsets.length) return [this.copy()];
    const text = this._plain;
    const bounds = [0, ...offsets, text.length];
    const lines: Text[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      lines.push(new Text(text.slice(bounds[i], bounds[i + 1]), this.style, { justify: this.justify, overflow: this.overflow }));
    }
    if (!this.spans.length) return lines;
    for (const span of this.spans) {
      for (let i = 0; i < lines.length; i++) {
        const lineStart = bounds[i];
        const lineEnd = bounds[i + 1];
        if (lineEnd < span.start || lineStart > span.end) continue;
        const newStart = Math.max(0, span.start - lineStart);
        const newEnd = Math.min(span.end - lineStart, lineEnd - lineStart);
        if (newEnd > newStart) lines[i].spans.push({ start: newStart, end: newEnd, style: span.style });
      }
    }
    return lines;
  }

  split(separator = "\n", includeSeparator = false, allowBlank = false): Text[] {
    const text = this._plain;
    if (!text.includes(separator)) return [this.copy()];
    const positions: number[] = [];
    for (let i = text.indexOf(separator); i !== -1; i = text.indexOf(separator, i + separator.length)) positions.push(i);
    let lines: Text[];
    if (includeSeparator) {
      lines = this.divide(positions.map((p) => p + separator.length));
    } else {
      const offsets: number[] = [];
      for (const p of positions) offsets.push(p, p + separator.length);
      lines = this.divide(offsets).filter((line) => line.plain !== separator);
    }
    if (!allowBlank && text.endsWith(separator)) lines.pop();
    return lines;
  }

  rightCrop(amount: number): void {
    const maxOffset = this._plain.length - amount;
    this.spans = this.spans
      .filter((s) => s.start < maxOffset)
      .map((s) => (s.end < maxOffset ? s : { start: s.start, end: Math.min(maxOffset, s.end), style: s.style }));
    this._plain = this._plain.slice(0, this._plain.length - amount);
  }

  rstrip(): void {
    this.plain = pyRstrip(this._plain);
  }

  rstripEnd(size: number): void {
    const textLength = this.length;
    if (textLength > size) {
      const excess = textLength - size;
      const m = RE_WHITESPACE_END.exec(this._plain);
      if (m !== null) this.rightCrop(Math.min(m[0].length, excess));
    }
  }

  setLength(newLength: number): void {
    const length = this.length;
    if (length !== newLength) {
      if (length < newLength) this.padRight(newLength - length);
      else this.rightCrop(length - newLength);
    }
  }

  padLeft(count: number, character = " "): void {
    if (count > 0) {
      this.plain = character.repeat(count) + this._plain;
      this.spans = this.spans.map((s) => ({ start: s.start + count, end: s.end + count, style: s.style }));
    }
  }

  padRight(count: number, character = " "): void {
    if (count > 0) this.plain = this._plain + character.repeat(count);
  }

  align(align: "left" | "center" | "right", width: number, character = " "): void {
    this.truncate(width);
    const excess = width - cellLen(this._plain);
    if (excess) {
      if (align === "left") this.padRight(excess, character);
      else if (align === "center") {
        const left = Math.floor(excess / 2);
        this.padLeft(left, character);
        this.padRight(excess - left, character);
      } else this.padLeft(excess, character);
    }
  }

  truncate(maxWidth: number, overflow: OverflowMethod | null = null, pad = false): void {
    const o = overflow || this.overflow || "fold";
    if (o !== "ignore") {
      const length = cellLen(this._plain);
      if (length > maxWidth) {
        if (o === "ellipsis") this.plain = setCellSize(this._plain, maxWidth - 1) + "…";
        else this.plain = setCellSize(this._plain, maxWidth);
      }
      if (pad && length < maxWidth) {
        this._plain = this._plain + " ".repeat(maxWidth - length);
      }
    }
  }

  expandTabs(tabSize: number | null = null): void {
    if (!this._plain.includes("\t")) return;
    let pos = 0;
    const size = tabSize ?? this.tabSize ?? 8;
    const result = this.blankCopy();
    for (const line of this.split("\n", true)) {
      for (const part of line.split("\t", true)) {
        if (part.plain.endsWith("\t")) {
          part._plain = part._plain.slice(0, -1) + " ";
          result.append(part);
          pos += codePointCount(part.plain);
          const spaces = size - ((pos - 1) % size) - 1;
          if (spaces) {
            result.append(" ".repeat(spaces), this.style);
            pos += spaces;
          }
        } else {
          result.append(part);
        }
      }
    }
    this._plain = result.plain;
    this.spans = result.spans;
  }

  getStyleAtOffset(offset: number): Style {
    if (offset < 0) offset = this.length + offset;
    let style = resolveStyle(this.style);
    for (const s of this.spans) {
      if (s.end > offset && offset >= s.start) style = addStyles(style, resolveStyle(s.style));
    }
    return style;
  }

  wrap(
    width: number,
    opts: { justify?: JustifyMethod | null; overflow?: OverflowMethod | null; tabSize?: number; noWrap?: boolean | null } = {},
  ): Text[] {
    const wrapJustify = opts.justify || this.justify || "default";
    const wrapOverflow = opts.overflow || this.overflow || "fold";
    const noWrap = pickBool(opts.noWrap, this.noWrap, false) || opts.overflow === "ignore";
    const lines: Text[] = [];
    for (const line of this.split("\n", false, true)) {
      if (line.plain.includes("\t")) line.expandTabs(opts.tabSize ?? 8);
      let newLines: Text[];
      if (noWrap) newLines = [line];
      else newLines = line.divide(divideLine(line.plain, width, wrapOverflow === "fold"));
      for (const l of newLines) l.rstripEnd(width);
      if (wrapJustify) justifyLines(newLines, width, wrapJustify, wrapOverflow);
      for (const l of newLines) l.truncate(width, wrapOverflow);
      lines.push(...newLines);
    }
    return lines;
  }

  /** Text.render */
  render(end = ""): Segment[] {
    const out: Segment[] = [];
    const plain = this._plain;
    if (!this.spans.length) {
      out.push({ text: plain, style: null });
      if (end) out.push({ text: end, style: null });
      return out;
    }
    const styleMap: Style[] = [resolveStyle(this.style), ...this.spans.map((s) => resolveStyle(s.style))];
    const events: [number, boolean, number][] = [[0, false, 0]];
    this.spans.forEach((s, i) => events.push([s.start, false, i + 1]));
    this.spans.forEach((s, i) => events.push([s.end, true, i + 1]));
    events.push([plain.length, true, 0]);
    events.sort((a, b) => a[0] - b[0] || Number(a[1]) - Number(b[1]));
    const stack: number[] = [];
    const cache = new Map<string, Style>();
    const currentStyle = (): Style => {
      const ids = stack.slice().sort((a, b) => a - b);
      const key = ids.join(",");
      let style = cache.get(key);
      if (style === undefined) {
        style = ids.map((id) => styleMap[id]).reduce((acc, s) => addStyles(acc, s), NULL_STYLE);
        cache.set(key, style);
      }
      return style;
    };
    for (let i = 0; i + 1 < events.length; i++) {
      const [offset, leaving, styleId] = events[i];
      const nextOffset = events[i + 1][0];
      if (leaving) stack.splice(stack.indexOf(styleId), 1);
      else stack.push(styleId);
      if (nextOffset > offset) out.push({ text: plain.slice(offset, nextOffset), style: currentStyle() });
    }
    if (end) out.push({ text: end, style: null });
    return out;
  }

  /** Text.__rich_measure__ */
  measure(): [number, number] {
    const lines = pySplitLines(this._plain);
    const maxW = lines.length ? Math.max(...lines.map((l) => cellLen(l))) : 0;
    const words = this._plain.split(new RegExp(`[${PY_WS}]+`)).filter((w) => w);
    const minW = words.length ? Math.max(...words.map((w) => cellLen(w))) : maxW;
    return [minW, maxW];
  }

  /** Text.__rich_console__ given the options' values. */
  renderConsole(maxWidth: number, o: { justify: JustifyMethod | null; overflow: OverflowMethod | null; noWrap: boolean | null; tabSize: number }): Segment[] {
    const tabSize = o.tabSize || this.tabSize || 8;
    const justify = this.justify || o.justify || "default";
    const overflow = this.overflow || o.overflow || "fold";
    const lines = this.wrap(maxWidth, { justify, overflow, tabSize, noWrap: pickBool(this.noWrap, o.noWrap, false) });
    const all = new Text("\n").join(lines);
    return all.render(this.end);
  }
}

export function pickBool(...values: (boolean | null | undefined)[]): boolean {
  for (const v of values) if (v !== null && v !== undefined) return v;
  return false;
}

/** str.splitlines */
export function pySplitLines(s: string): string[] {
  const lines = s.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Lines.justify */
export function justifyLines(lines: Text[], width: number, justify: JustifyMethod, overflow: OverflowMethod): void {
  if (justify === "left") {
    for (const line of lines) line.truncate(width, overflow, true);
  } else if (justify === "center") {
    for (const line of lines) {
      line.rstrip();
      line.truncate(width, overflow);
      line.padLeft(Math.floor((width - cellLen(line.plain)) / 2));
      line.padRight(width - cellLen(line.plain));
    }
  } else if (justify === "right") {
    for (const line of lines) {
      line.rstrip();
      line.truncate(width, overflow);
      line.padLeft(width - cellLen(line.plain));
    }
  } else if (justify === "full") {
    for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
      if (lineIndex === lines.length - 1) break;
      const line = lines[lineIndex];
      const words = line.split(" ");
      let wordsSize = 0;
      for (const w of words) wordsSize += cellLen(w.plain);
      let numSpaces = words.length - 1;
      const spaces = new Array(numSpaces).fill(1);
      let index = 0;
      if (spaces.length) {
        while (wordsSize + numSpaces < width) {
          spaces[spaces.length - index - 1] += 1;
          numSpaces += 1;
          index = (index + 1) % spaces.length;
        }
      }
      const tokens: Text[] = [];
      words.forEach((word, i) => {
        tokens.push(word);
        if (i < spaces.length) {
          const style = word.getStyleAtOffset(-1);
          const nextStyle = words[i + 1].getStyleAtOffset(0);
          const spaceStyle = styleEq(style, nextStyle) ? style : line.style;
          tokens.push(new Text(" ".repeat(spaces[i]), spaceStyle));
        }
      });
      lines[lineIndex] = new Text("").join(tokens);
    }
  }
}

/** Text.assemble-like helper */
export function textFrom(parts: (string | Text | [string, StyleType])[], style: StyleType = "", opts: TextOptions = {}): Text {
  const t = new Text("", style, opts);
  for (const p of parts) {
    if (typeof p === "string") t.append(p);
    else if (p instanceof Text) t.append(p);
    else t.append(p[0], p[1]);
  }
  return t;
}
