/**
 * rich 13.3.1's rendering pipeline as pure TypeScript: Console.render / render_lines /
 * render_str / measure, Console.print and Console.log, and the renderables learners use
 * (Align, Constrain, Padding, Panel, Rule, Pretty, Table, Styled, Renderables).
 * Nothing here runs at module load beyond defining classes and small constants.
 */

import { NULL_STYLE, addStyles, emojiReplace, renderMarkup, stripControlCodes, MarkupError, StyleSyntaxError, parseStyle, type Style } from "./rich-markup.js";
import { cellLen, getStyle, themeStyle, reprHighlightSpans, renderStyled, setCellSize, type ColorSystem } from "./rich-render.js";
import {
  NEWLINE,
  Text,
  adjustLineLength,
  applyStyle,
  getShape,
  pickBool,
  resolveStyle,
  seg,
  setShape,
  splitAndCropLines,
  splitLines,
  styleAdd,
  type JustifyMethod,
  type OverflowMethod,
  type Segment,
  type StyleType,
} from "./rich-text.js";

export { MarkupError };

// ---------------------------------------------------------------------------
// Options

export interface RenderOptions {
  minWidth: number;
  maxWidth: number;
  maxHeight: number;
  isTerminal: boolean;
  asciiOnly: boolean;
  justify: JustifyMethod | null;
  overflow: OverflowMethod | null;
  noWrap: boolean | null;
  highlight: boolean | null;
  markup: boolean | null;
  height: number | null;
}

type OptionPatch = Partial<Omit<RenderOptions, "minWidth" | "maxWidth">> & { width?: number; minWidth?: number; maxWidth?: number };

/** ConsoleOptions.update */
export function updateOptions(o: RenderOptions, patch: OptionPatch): RenderOptions {
  const out = { ...o };
  if (patch.width !== undefined) out.minWidth = out.maxWidth = Math.max(0, patch.width);
  if (patch.minWidth !== undefined) out.minWidth = patch.minWidth;
  if (patch.maxWidth !== undefined) out.maxWidth = patch.maxWidth;
  if ("justify" in patch) out.justify = patch.justify ?? null;
  if ("overflow" in patch) out.overflow = patch.overflow ?? null;
  if ("noWrap" in patch) out.noWrap = patch.noWrap ?? null;
  if ("highlight" in patch) out.highlight = patch.highlight ?? null;
  if ("markup" in patch) out.markup = patch.markup ?? null;
  if ("height" in patch) {
    const h = patch.height ?? null;
    if (h !== null) out.maxHeight = h;
    out.height = h === null ? null : Math.max(0, h);
  }
  return out;
}

export function updateWidth(o: RenderOptions, width: number): RenderOptions {
  return { ...o, minWidth: Math.max(0, width), maxWidth: Math.max(0, width) };
}

// ---------------------------------------------------------------------------
// Renderables

export type Measurement = [number, number];

export abstract class Renderable {
  abstract richConsole(c: RichConsole, o: RenderOptions): RenderResult;
}

type Measurable = { richMeasure?: (c: RichConsole, o: RenderOptions) => Measurement };

export type RenderableType = Renderable | Text | string;
export type RenderResult = (Segment | RenderableType)[];

function isSegment(x: Segment | RenderableType): x is Segment {
  return typeof x === "object" && !(x instanceof Renderable) && !(x instanceof Text);
}

// ---------------------------------------------------------------------------
// Highlighters

export type Highlighter = (text: Text) => void;

export const reprHighlighter: Highlighter = (text) => {
  text.spans.push(...reprHighlightSpans(text.plain));
};

const JSON_STR = `(?<![\\\\\\p{L}\\p{N}_])(?<str>b?"[^\\n]*?(?<!\\\\)")`;
let jsonRes: { main: RegExp; str: RegExp } | null = null;

export const jsonHighlighter: Highlighter = (text) => {
  jsonRes ??= {
    main: new RegExp(
      [
        `(?<brace>[\\{\\[\\(\\)\\]\\}])`,
        `(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))(?<bool_true>true)(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))|(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))(?<bool_false>false)(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))|(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))(?<null>null)(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))`,
        `(?<number>(?<![\\p{L}\\p{N}_])-?[0-9]+\\.?[0-9]*(e[\\-\\+]?\\p{Nd}+?)?(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))|0x[0-9a-fA-F]*)`,
        JSON_STR,
      ].join("|"),
      "gdu",
    ),
    str: new RegExp(JSON_STR, "gu"),
  };
  text.highlightRegex(jsonRes.main, "json.");
  const plain = text.plain;
  const ws = new Set([" ", "\n", "\r", "\t"]);
  jsonRes.str.lastIndex = 0;
  for (const m of plain.matchAll(jsonRes.str)) {
    const start = m.index!;
    const end = start + m[0].length;
    let cursor = end;
    while (cursor < plain.length) {
      const ch = plain[cursor];
      cursor++;
      if (ch === ":") text.spans.push({ start, end, style: "json.key" });
      else if (ws.has(ch)) continue;
      break;
    }
  }
};

// ---------------------------------------------------------------------------
// The console

export interface ConsoleSettings {
  width: number;
  height?: number;
  colorSystem: ColorSystem | null;
  /** Console.is_terminal (force_terminal or a tty) */
  isTerminal?: boolean;
  markup?: boolean;
  highlight?: boolean;
  emoji?: boolean;
  softWrap?: boolean;
  tabSize?: number;
  style?: StyleType | null;
}

export class MissingStyle extends Error {}

let linkCounter = 0;

export class RichConsole {
  width: number;
  height: number;
  colorSystem: ColorSystem | null;
  isTerminal: boolean;
  markup: boolean;
  highlight: boolean;
  emoji: boolean;
  softWrap: boolean;
  tabSize: number;
  style: StyleType | null;
  /** LogRender._last_time */
  lastLogTime: string | null = null;

  constructor(s: ConsoleSettings) {
    this.width = s.width;
    this.height = s.height ?? 25;
    this.colorSystem = s.colorSystem;
    this.isTerminal = s.isTerminal ?? s.colorSystem !== null;
    this.markup = s.markup ?? true;
    this.highlight = s.highlight ?? true;
    this.emoji = s.emoji ?? true;
    this.softWrap = s.softWrap ?? false;
    this.tabSize = s.tabSize ?? 8;
    this.style = s.style ?? null;
  }

  get options(): RenderOptions {
    return {
      minWidth: 1,
      maxWidth: this.width,
      maxHeight: this.height,
      isTerminal: this.isTerminal,
      asciiOnly: false,
      justify: null,
      overflow: null,
      noWrap: null,
      highlight: null,
      markup: null,
      height: null,
    };
  }

  /** Console.get_style without a default (raises MissingStyle). */
  getStyle(style: StyleType): Style {
    if (typeof style !== "string") return style;
    const themed = themeStyle(style);
    if (themed !== undefined) return themed;
    const s = getStyle(style);
    if (s === NULL_STYLE) {
      try {
        parseStyle(style);
      } catch (e) {
        if (e instanceof StyleSyntaxError) throw new MissingStyle(`Failed to get style ${pyStrRepr(style)}; ${e.message}`);
        throw e;
      }
    }
    return s;
  }

  /** Console.render_str */
  renderStr(
    text: string,
    o: { style?: StyleType; justify?: JustifyMethod | null; overflow?: OverflowMethod | null; emoji?: boolean | null; markup?: boolean | null; highlight?: boolean | null; highlighter?: Highlighter | null } = {},
  ): Text {
    const emoji = o.emoji || (o.emoji == null && this.emoji);
    const markup = o.markup || (o.markup == null && this.markup);
    const highlight = o.highlight || (o.highlight == null && this.highlight);
    let richText: Text;
    if (markup) {
      const rendered = renderMarkup(text, { emoji });
      richText = new Text(rendered.text, o.style ?? "", { spans: rendered.spans.slice() });
      richText.setRaw(rendered.text);
      richText.justify = o.justify ?? null;
      richText.overflow = o.overflow ?? null;
    } else {
      richText = new Text(emoji ? emojiReplace(text) : text, o.style ?? "", { justify: o.justify, overflow: o.overflow });
    }
    const highlighter = highlight ? (o.highlighter === undefined ? reprHighlighter : o.highlighter) : null;
    if (highlight && highlighter === null) return new Text(richText.plain, "", { spans: richText.spans.slice() });
    if (highlighter) {
      const ht = new Text(richText.plain);
      highlighter(ht);
      ht.copyStyles(richText);
      return ht;
    }
    return richText;
  }

  /** Console.render */
  render(renderable: RenderableType, options?: RenderOptions): Segment[] {
    const o = options ?? this.options;
    if (o.maxWidth < 1) return [];
    let result: RenderResult;
    if (renderable instanceof Text) {
      result = renderable.renderConsole(o.maxWidth, { justify: o.justify, overflow: o.overflow, noWrap: o.noWrap, tabSize: this.tabSize });
    } else if (typeof renderable === "string") {
      const t = this.renderStr(renderable, { highlight: o.highlight, markup: o.markup });
      result = t.renderConsole(o.maxWidth, { justify: o.justify, overflow: o.overflow, noWrap: o.noWrap, tabSize: this.tabSize });
    } else {
      result = renderable.richConsole(this, o);
    }
    const child = o.height === null ? o : { ...o, height: null };
    const out: Segment[] = [];
    for (const r of result) {
      if (isSegment(r)) out.push(r);
      else for (const s of this.render(r, child)) out.push(s);
    }
    return out;
  }

  /** Console.render_lines */
  renderLines(renderable: RenderableType, options?: RenderOptions, style: Style | null = null, pad = true, newLines = false): Segment[][] {
    const o = options ?? this.options;
    let rendered = this.render(renderable, o);
    if (style && !style.isNull) rendered = applyStyle(rendered, style);
    let lines = splitAndCropLines(rendered, o.maxWidth, style, pad, newLines);
    if (o.height !== null) {
      const h = Math.max(0, o.height);
      lines = lines.slice(0, h);
      const extra = o.height - lines.length;
      for (let i = 0; i < extra; i++) {
        lines.push(newLines ? [seg(" ".repeat(o.maxWidth), style), NEWLINE] : [seg(" ".repeat(o.maxWidth), style)]);
      }
    }
    return lines;
  }

  /** Measurement.get */
  measure(renderable: RenderableType, options?: RenderOptions): Measurement {
    const o = options ?? this.options;
    const maxWidth = o.maxWidth;
    if (maxWidth < 1) return [0, 0];
    let r = renderable;
    if (typeof r === "string") r = this.renderStr(r, { markup: o.markup, highlight: false });
    let m: Measurement | null = null;
    if (r instanceof Text) m = r.measure();
    else if ((r as Measurable).richMeasure) m = (r as Measurable).richMeasure!(this, o);
    if (m === null) return [0, maxWidth];
    let [mn, mx] = normalize(m);
    mn = Math.min(mn, maxWidth);
    mx = Math.min(mx, maxWidth);
    if (mx < 1) return [0, 0];
    return normalize([mn, mx]);
  }

  /** Console._collect_renderables */
  collectRenderables(objects: PrintItem[], sep: string, end: string, o: { justify?: JustifyMethod | null; emoji?: boolean | null; markup?: boolean | null; highlight?: boolean | null }): RenderableType[] {
    let renderables: RenderableType[] = [];
    const justify = o.justify ?? null;
    const append = (r: RenderableType): void => {
      if (justify === "left" || justify === "center" || justify === "right") renderables.push(new Align(r, justify));
      else renderables.push(r);
    };
    const highlight = o.highlight || (o.highlight == null && this.highlight);
    const highlighter: Highlighter | null = highlight ? reprHighlighter : null;
    let texts: Text[] = [];
    const checkText = (): void => {
      if (texts.length) {
        const sepText = new Text(sep, "", { justify, end });
        append(sepText.join(texts));
        texts = [];
      }
    };
    for (const obj of objects) {
      if (typeof obj === "string") {
        texts.push(this.renderStr(obj, { emoji: o.emoji, markup: o.markup, highlighter }));
      } else if (obj instanceof Text) {
        texts.push(obj);
      } else if (obj instanceof Renderable) {
        checkText();
        append(obj);
      } else if (obj instanceof PrettyNodeSource) {
        checkText();
        append(new Pretty(obj.node, { highlighter }));
      } else {
        // str(obj) of a non-renderable
        const t = new Text(obj.str);
        if (highlighter) highlighter(t);
        texts.push(t);
      }
    }
    checkText();
    if (this.style !== null) {
      const style = this.getStyle(this.style);
      renderables = renderables.map((r) => new Styled(r, style));
    }
    return renderables;
  }

  /** Console._render_buffer */
  renderBuffer(segments: Segment[]): string {
    const out: string[] = [];
    const system = this.colorSystem;
    const linkIds = new Map<Style, string>();
    for (const segment of segments) {
      const style = segment.style;
      if (segment.control) continue;
      if (style && !style.isNull) {
        const linkId = (): string => {
          let id = linkIds.get(style);
          if (id === undefined) {
            id = String(++linkCounter);
            linkIds.set(style, id);
          }
          return id;
        };
        out.push(renderStyled(segment.text, style, system, linkId));
      } else {
        out.push(segment.text);
      }
    }
    return out.join("");
  }

  /** Console.print: returns the text written. */
  print(objects: PrintItem[], kw: PrintKw = {}): string {
    const sep = kw.sep ?? " ";
    const end = kw.end ?? "\n";
    if (objects.length === 0) objects = [new NewLine()];
    const softWrap = kw.softWrap ?? this.softWrap;
    let noWrap = kw.noWrap ?? null;
    let overflow = kw.overflow ?? null;
    let crop = kw.crop ?? true;
    if (softWrap) {
      if (noWrap === null) noWrap = true;
      if (overflow === null) overflow = "ignore";
      crop = false;
    }
    const renderables = this.collectRenderables(objects, sep, end, { justify: kw.justify, emoji: kw.emoji, markup: kw.markup, highlight: kw.highlight });
    const patch: OptionPatch = {
      justify: kw.justify ?? null,
      overflow,
      noWrap,
      markup: kw.markup ?? null,
      highlight: kw.highlight ?? null,
      height: kw.height ?? null,
    };
    if (kw.width !== undefined && kw.width !== null) patch.width = Math.min(kw.width, this.width);
    const renderOptions = updateOptions(this.options, patch);
    const segments: Segment[] = [];
    const style = kw.style !== undefined && kw.style !== null ? this.getStyle(kw.style) : null;
    for (const r of renderables) {
      const rendered = this.render(r, renderOptions);
      segments.push(...(style ? applyStyle(rendered, style) : rendered));
    }
    if (crop) {
      const buffer: Segment[] = [];
      for (const line of splitAndCropLines(segments, this.width, null, false)) buffer.push(...line);
      return this.renderBuffer(buffer);
    }
    return this.renderBuffer(segments);
  }

  /** Console.log: `time` is the "[%X]" display, `path` the file's base name. */
  log(objects: PrintItem[], kw: PrintKw & { time: string; path: string; lineNo: number; linkPath: string | null }): string {
    const sep = kw.sep ?? " ";
    const end = kw.end ?? "\n";
    if (objects.length === 0) objects = [new NewLine()];
    let renderables = this.collectRenderables(objects, sep, end, { justify: kw.justify, emoji: kw.emoji, markup: kw.markup, highlight: kw.highlight });
    if (kw.style !== undefined && kw.style !== null) {
      const st = kw.style;
      renderables = renderables.map((r) => new Styled(r, st));
    }
    const table = this.logRender(renderables, kw.time, kw.path, kw.lineNo, kw.linkPath);
    const segments = this.render(table, this.options);
    const buffer: Segment[] = [];
    for (const line of splitAndCropLines(segments, this.width, null, false)) buffer.push(...line);
    return this.renderBuffer(buffer);
  }

  /** LogRender.__call__ with the default settings (time, no level, path). */
  private logRender(renderables: RenderableType[], time: string, path: string, lineNo: number, linkPath: string | null): Table {
    const output = Table.grid({ padding: [0, 1] });
    output.expandFlag = true;
    output.addColumn({ style: "log.time" });
    output.addColumn({ ratio: 1, style: "log.message", overflow: "fold" });
    if (path) output.addColumn({ style: "log.path" });
    const row: RenderableType[] = [];
    const display = new Text(time);
    if (this.lastLogTime === time) {
      row.push(new Text(" ".repeat(time.length)));
    } else {
      row.push(display);
      this.lastLogTime = time;
    }
    row.push(new Renderables(renderables));
    if (path) {
      const pathText = new Text();
      pathText.append(path, linkPath ? `link file://${linkPath}` : "");
      if (lineNo) {
        pathText.append(":");
        pathText.append(String(lineNo), linkPath ? `link file://${linkPath}#${lineNo}` : "");
      }
      row.push(pathText);
    }
    output.addRow(row);
    return output;
  }
}

export interface PrintKw {
  sep?: string;
  end?: string;
  style?: StyleType | null;
  justify?: JustifyMethod | null;
  overflow?: OverflowMethod | null;
  noWrap?: boolean | null;
  emoji?: boolean | null;
  markup?: boolean | null;
  highlight?: boolean | null;
  width?: number | null;
  height?: number | null;
  crop?: boolean;
  softWrap?: boolean | null;
}

/** A non-renderable printed with str(): `str` is its str(). */
export interface StrObject {
  str: string;
}

/** An object rich pretty-prints (containers, dataclasses, __rich_repr__). */
export class PrettyNodeSource {
  constructor(readonly node: PNode) {}
}

export type PrintItem = string | Text | Renderable | PrettyNodeSource | StrObject;

function normalize([mn, mx]: Measurement): Measurement {
  const minimum = Math.min(Math.max(0, mn), mx);
  return [Math.max(0, minimum), Math.max(0, Math.max(minimum, mx))];
}

function clampMeasure(m: Measurement, minWidth: number | null, maxWidth: number | null): Measurement {
  let [a, b] = m;
  if (minWidth !== null) {
    const w = Math.max(0, minWidth);
    a = Math.max(a, w);
    b = Math.max(b, w);
  }
  if (maxWidth !== null) {
    a = Math.min(a, maxWidth);
    b = Math.min(b, maxWidth);
  }
  return [a, b];
}

function measureRenderables(c: RichConsole, o: RenderOptions, renderables: RenderableType[]): Measurement {
  if (!renderables.length) return [0, 0];
  const ms = renderables.map((r) => c.measure(r, o));
  // max(measurements, key=itemgetter(0)) picks the first maximal one
  let a = ms[0];
  let b = ms[0];
  for (const m of ms) {
    if (m[0] > a[0]) a = m;
    if (m[1] > b[1]) b = m;
  }
  return [a[0], b[1]];
}

export function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch < " " || ch === "\x7f") out += "\\x" + ch.charCodeAt(0).toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + q;
}

// ---------------------------------------------------------------------------
// Simple renderables

export class NewLine extends Renderable {
  constructor(readonly count = 1) {
    super();
  }
  richConsole(): RenderResult {
    return [seg("\n".repeat(this.count))];
  }
}

export class Renderables extends Renderable {
  constructor(readonly renderables: RenderableType[]) {
    super();
  }
  richConsole(): RenderResult {
    return this.renderables.slice();
  }
  richMeasure(c: RichConsole, o: RenderOptions): Measurement {
    return measureRenderables(c, o, this.renderables);
  }
}

export class Styled extends Renderable {
  constructor(
    readonly renderable: RenderableType,
    readonly style: StyleType,
  ) {
    super();
  }
  richConsole(c: RichConsole, o: RenderOptions): RenderResult {
    return applyStyle(c.render(this.renderable, o), c.getStyle(this.style));
  }
  richMeasure(c: RichConsole, o: RenderOptions): Measurement {
    return c.measure(this.renderable, o);
  }
}

export class Constrain extends Renderable {
  constructor(
    readonly renderable: RenderableType,
    readonly width: number | null = 80,
  ) {
    super();
  }
  richConsole(c: RichConsole, o: RenderOptions): RenderResult {
    if (this.width === null) return [this.renderable];
    return c.render(this.renderable, updateWidth(o, Math.min(this.width, o.maxWidth)));
  }
  richMeasure(c: RichConsole, o: RenderOptions): Measurement {
    return c.measure(this.renderable, this.width === null ? o : updateWidth(o, this.width));
  }
}

export class Align extends Renderable {
  constructor(
    readonly renderable: RenderableType,
    readonly align: "left" | "center" | "right" = "left",
    readonly opts: { style?: StyleType | null; pad?: boolean; width?: number | null } = {},
  ) {
    super();
  }
  richConsole(c: RichConsole, o: RenderOptions): RenderResult {
    const pad = this.opts.pad ?? true;
    let width = c.measure(this.renderable, o)[1];
    const w = this.opts.width ?? null;
    const rendered = c.render(new Constrain(this.renderable, w === null ? width : Math.min(width, w)), updateOptions(o, { height: null }));
    let lines = splitLines(rendered);
    const [shapeWidth, height] = getShape(lines);
    width = shapeWidth;
    lines = setShape(lines, width, height);
    const excess = o.maxWidth - width;
    const style = this.opts.style != null ? c.getStyle(this.opts.style) : null;
    const out: Segment[] = [];
    if (excess <= 0) {
      for (const l of lines) out.push(...l, NEWLINE);
    } else if (this.align === "left") {
      for (const l of lines) {
        out.push(...l);
        if (pad) out.push(seg(" ".repeat(excess), style));
        out.push(NEWLINE);
      }
    } else if (this.align === "center") {
      const left = Math.floor(excess / 2);
      for (const l of lines) {
        if (left) out.push(seg(" ".repeat(left), style));
        out.push(...l);
        if (pad) out.push(seg(" ".repeat(excess - left), style));
        out.push(NEWLINE);
      }
    } else {
      for (const l of lines) out.push(seg(" ".repeat(excess), style), ...l, NEWLINE);
    }
    if (this.opts.style) return applyStyle(out, c.getStyle(this.opts.style));
    return out;
  }
  richMeasure(c: RichConsole, o: RenderOptions): Measurement {
    return c.measure(this.renderable, o);
  }
}

export type PaddingDims = [number, number, number, number];

export function unpackPadding(pad: number | number[]): PaddingDims {
  if (typeof pad === "number") return [pad, pad, pad, pad];
  if (pad.length === 1) return [pad[0], pad[0], pad[0], pad[0]];
  if (pad.length === 2) return [pad[0], pad[1], pad[0], pad[1]];
  if (pad.length === 4) return [pad[0], pad[1], pad[2], pad[3]];
  throw new RangeError(`1, 2 or 4 integers required for padding; ${pad.length} given`);
}

export class Padding extends Renderable {
  top: number;
  right: number;
  bottom: number;
  left: number;
  constructor(
    readonly renderable: RenderableType,
    pad: number | number[] = [0, 0, 0, 0],
    readonly style: StyleType = "none",
    readonly expand = true,
  ) {
    super();
    [this.top, this.right, this.bottom, this.left] = unpackPadding(pad);
  }
  richConsole(c: RichConsole, o: RenderOptions): RenderResult {
    const style = c.getStyle(this.style);
    const width = this.expand ? o.maxWidth : Math.min(c.measure(this.renderable, o)[1] + this.left + this.right, o.maxWidth);
    let ro = updateWidth(o, width - this.left - this.right);
    if (ro.height !== null) ro = updateOptions(ro, { height: ro.height - this.top - this.bottom });
    const lines = c.renderLines(this.renderable, ro, style, true);
    const left = this.left ? seg(" ".repeat(this.left), style) : null;
    const right = this.right ? [seg(" ".repeat(this.right), style), NEWLINE] : [NEWLINE];
    const out: Segment[] = [];
    const blank = seg(" ".repeat(width) + "\n", style);
    for (let i = 0; i < this.top; i++) out.push(blank);
    for (const line of lines) {
      if (left) out.push(left);
      out.push(...line, ...right);
    }
    for (let i = 0; i < this.bottom; i++) out.push(blank);
    return out;
  }
  richMeasure(c: RichConsole, o: RenderOptions): Measurement {
    const maxWidth = o.maxWidth;
    const extra = this.left + this.right;
    if (maxWidth - extra < 1) return [maxWidth, maxWidth];
    const [mn, mx] = c.measure(this.renderable, o);
    return [Math.min(mn + extra, maxWidth), Math.min(mx + extra, maxWidth)];
  }
}

// ---------------------------------------------------------------------------
// Box

const BOX_DATA: Record<string, [string, boolean]> = {
  ASCII: ["+--+\n| ||\n|-+|\n| ||\n|-+|\n|-+|\n| ||\n+--+\n", true],
  ASCII2: ["+-++\n| ||\n+-++\n| ||\n+-++\n+-++\n| ||\n+-++\n", true],
  ASCII_DOUBLE_HEAD: ["+-++\n| ||\n+=++\n| ||\n+-++\n+-++\n| ||\n+-++\n", true],
  DOUBLE: ["╔═╦╗\n║ ║║\n╠═╬╣\n║ ║║\n╠═╬╣\n╠═╬╣\n║ ║║\n╚═╩╝\n", false],
  DOUBLE_EDGE: ["╔═╤╗\n║ │║\n╟─┼╢\n║ │║\n╟─┼╢\n╟─┼╢\n║ │║\n╚═╧╝\n", false],
  HEAVY: ["┏━┳┓\n┃ ┃┃\n┣━╋┫\n┃ ┃┃\n┣━╋┫\n┣━╋┫\n┃ ┃┃\n┗━┻┛\n", false],
  HEAVY_EDGE: ["┏━┯┓\n┃ │┃\n┠─┼┨\n┃ │┃\n┠─┼┨\n┠─┼┨\n┃ │┃\n┗━┷┛\n", false],
  HEAVY_HEAD: ["┏━┳┓\n┃ ┃┃\n┡━╇┩\n│ ││\n├─┼┤\n├─┼┤\n│ ││\n└─┴┘\n", false],
  HORIZONTALS: [" ── \n    \n ── \n    \n ── \n ── \n    \n ── \n", false],
  MARKDOWN: ["    \n| ||\n|-||\n| ||\n|-||\n|-||\n| ||\n    \n", true],
  MINIMAL: ["  ╷ \n  │ \n╶─┼╴\n  │ \n╶─┼╴\n╶─┼╴\n  │ \n  ╵ \n", false],
  MINIMAL_DOUBLE_HEAD: ["  ╷ \n  │ \n ═╪ \n  │ \n ─┼ \n ─┼ \n  │ \n  ╵ \n", false],
  MINIMAL_HEAVY_HEAD: ["  ╷ \n  │ \n╺━┿╸\n  │ \n╶─┼╴\n╶─┼╴\n  │ \n  ╵ \n", false],
  ROUNDED: ["╭─┬╮\n│ ││\n├─┼┤\n│ ││\n├─┼┤\n├─┼┤\n│ ││\n╰─┴╯\n", false],
  SIMPLE: ["    \n    \n ── \n    \n    \n ── \n    \n    \n", false],
  SIMPLE_HEAD: ["    \n    \n ── \n    \n    \n    \n    \n    \n", false],
  SIMPLE_HEAVY: ["    \n    \n ━━ \n    \n    \n ━━ \n    \n    \n", false],
  SQUARE: ["┌─┬┐\n│ ││\n├─┼┤\n│ ││\n├─┼┤\n├─┼┤\n│ ││\n└─┴┘\n", false],
  SQUARE_DOUBLE_HEAD: ["┌─┬┐\n│ ││\n╞═╪╡\n│ ││\n├─┼┤\n├─┼┤\n│ ││\n└─┴┘\n", false],
};

const PLAIN_HEADED: Record<string, string> = {
  HEAVY_HEAD: "SQUARE",
  SQUARE_DOUBLE_HEAD: "SQUARE",
  MINIMAL_DOUBLE_HEAD: "MINIMAL",
  MINIMAL_HEAVY_HEAD: "MINIMAL",
  ASCII_DOUBLE_HEAD: "ASCII2",
};

export const BOX_NAMES = Object.keys(BOX_DATA);

export class Box {
  readonly lines: string[][];
  constructor(
    readonly name: string,
    readonly box: string,
    readonly ascii: boolean,
  ) {
    this.lines = box.split("\n").slice(0, 8).map((l) => Array.from(l));
  }
  get topLeft(): string { return this.lines[0][0]; }
  get top(): string { return this.lines[0][1]; }
  get topDivider(): string { return this.lines[0][2]; }
  get topRight(): string { return this.lines[0][3]; }
  get headLeft(): string { return this.lines[1][0]; }
  get headVertical(): string { return this.lines[1][2]; }
  get headRight(): string { return this.lines[1][3]; }
  get midLeft(): string { return this.lines[3][0]; }
  get midVertical(): string { return this.lines[3][2]; }
  get midRight(): string { return this.lines[3][3]; }
  get footLeft(): string { return this.lines[6][0]; }
  get footVertical(): string { return this.lines[6][2]; }
  get footRight(): string { return this.lines[6][3]; }
  get bottomLeft(): string { return this.lines[7][0]; }
  get bottom(): string { return this.lines[7][1]; }
  get bottomDivider(): string { return this.lines[7][2]; }
  get bottomRight(): string { return this.lines[7][3]; }

  getTop(widths: number[]): string {
    return this.topLeft + widths.map((w) => this.top.repeat(w)).join(this.topDivider) + this.topRight;
  }
  getBottom(widths: number[]): string {
    return this.bottomLeft + widths.map((w) => this.bottom.repeat(w)).join(this.bottomDivider) + this.bottomRight;
  }
  getRow(widths: number[], level: "head" | "row" | "mid" | "foot" = "row", edge = true): string {
    const line = { head: 2, row: 4, mid: 3, foot: 5 }[level];
    const [left, h, cross, right] = this.lines[line];
    const horizontal = level === "mid" ? " " : h;
    return (edge ? left : "") + widths.map((w) => horizontal.repeat(w)).join(cross) + (edge ? right : "");
  }
  substitute(o: RenderOptions): Box {
    if (o.asciiOnly && !this.ascii) return getBox("ASCII");
    return this;
  }
  plainHeaded(): Box {
    const n = PLAIN_HEADED[this.name];
    return n ? getBox(n) : this;
  }
}

const boxes = new Map<string, Box>();
export function getBox(name: string): Box {
  let b = boxes.get(name);
  if (!b) {
    const [s, ascii] = BOX_DATA[name];
    b = new Box(name, s, ascii);
    boxes.set(name, b);
  }
  return b;
}

// ---------------------------------------------------------------------------
// Rule

export class Rule extends Renderable {
  constructor(
    readonly title: string | Text = "",
    readonly opts: { characters?: string; style?: StyleType; end?: string; align?: "left" | "center" | "right" } = {},
  ) {
    super();
  }
  richConsole(c: RichConsole, o: RenderOptions): RenderResult {
    const width = o.maxWidth;
    const characters = this.opts.characters ?? "─";
    const style = this.opts.style ?? "rule.line";
    const align = this.opts.align ?? "center";
    const end = this.opts.end ?? "\n";
    const charsLen = cellLen(characters);
    const ruleLine = (): Text => {
      const t = new Text(characters.repeat(Math.floor(width / charsLen) + 1), style);
      t.truncate(width);
      t.plain = setCellSize(t.plain, width);
      return t;
    };
    if (!(this.title instanceof Text ? this.title.plain : this.title)) return [ruleLine()];
    const titleText = this.title instanceof Text ? this.title : c.renderStr(this.title, { style: "rule.text" });
    titleText.plain = titleText.plain.replace(/\n/g, " ");
    titleText.expandTabs();
    const requiredSpace = align === "center" ? 4 : 2;
    const truncateWidth = Math.max(0, width - requiredSpace);
    if (!truncateWidth) return [ruleLine()];
    const ruleText = new Text("", "", { end });
    if (align === "center") {
      titleText.truncate(truncateWidth, "ellipsis");
      const sideWidth = Math.floor((width - cellLen(titleText.plain)) / 2);
      const left = new Text(characters.repeat(Math.floor(sideWidth / charsLen) + 1));
      left.truncate(sideWidth - 1);
      const rightLength = width - cellLen(left.plain) - cellLen(titleText.plain);
      const right = new Text(characters.repeat(Math.floor(sideWidth / charsLen) + 1));
      right.truncate(rightLength);
      ruleText.append(left.plain + " ", style);
      ruleText.append(titleText);
      ruleText.append(" " + right.plain, style);
    } else if (align === "left") {
      titleText.truncate(truncateWidth, "ellipsis");
      ruleText.append(titleText);
      ruleText.append(" ");
      ruleText.append(characters.repeat(Math.max(0, width - ruleText.cellLen)), style);
    } else {
      titleText.truncate(truncateWidth, "ellipsis");
      ruleText.append(characters.repeat(Math.max(0, width - titleText.cellLen - 1)), style);
      ruleText.append(" ");
      ruleText.append(titleText);
    }
    ruleText.plain = setCellSize(ruleText.plain, width);
    return [ruleText];
  }
  richMeasure(): Measurement {
    return [1, 1];
  }
}

// ---------------------------------------------------------------------------
// Panel

export interface PanelOptions {
  box?: Box;
  title?: string | Text | null;
  titleAlign?: "left" | "center" | "right";
  subtitle?: string | Text | null;
  subtitleAlign?: "left" | "center" | "right";
  expand?: boolean;
  style?: StyleType;
  borderStyle?: StyleType;
  width?: number | null;
  height?: number | null;
  padding?: number | number[];
  highlight?: boolean;
}

export class Panel extends Renderable {
  constructor(
    readonly renderable: RenderableType,
    readonly o: PanelOptions = {},
  ) {
    super();
  }

  private titleLike(t: string | Text | null | undefined): Text | null {
    if (!t || (t instanceof Text && !t.plain)) return null;
    const text = typeof t === "string" ? textFromMarkup(t) : t.copy();
    text.end = "";
    text.plain = text.plain.replace(/\n/g, " ");
    text.noWrap = true;
    text.expandTabs();
    text.padLeft(1);
    text.padRight(1);
    return text;
  }

  richConsole(c: RichConsole, options: RenderOptions): RenderResult {
    const padding = unpackPadding(this.o.padding ?? [0, 1]);
    const renderable = padding.some((p) => p) ? new Padding(this.renderable, padding) : this.renderable;
    const style = c.getStyle(this.o.style ?? "none");
    const borderStyle = addStyles(style, c.getStyle(this.o.borderStyle ?? "none"));
    let width = this.o.width == null ? options.maxWidth : Math.min(options.maxWidth, this.o.width);
    const box = (this.o.box ?? getBox("ROUNDED")).substitute(options);
    const alignText = (text: Text, w: number, align: string, character: string, st: Style): Text => {
      text = text.copy();
      text.truncate(w);
      const excess = w - cellLen(text.plain);
      if (excess) {
        const mk = (parts: (Text | [string, Style])[]): Text => {
          const t = new Text("", "", { noWrap: true, end: "" });
          for (const p of parts) if (p instanceof Text) t.append(p);
          else t.append(p[0], p[1]);
          return t;
        };
        if (align === "left") return mk([text, [character.repeat(excess), st]]);
        if (align === "center") {
          const left = Math.floor(excess / 2);
          return mk([[character.repeat(left), st], text, [character.repeat(excess - left), st]]);
        }
        return mk([[character.repeat(excess), st], text]);
      }
      return text;
    };
    let titleText = this.titleLike(this.o.title);
    if (titleText !== null) titleText.stylizeBefore(borderStyle);
    const expand = this.o.expand ?? true;
    let childWidth = expand ? width - 2 : c.measure(renderable, updateWidth(options, width - 2))[1];
    let childHeight = this.o.height || options.height || null;
    if (childHeight) childHeight -= 2;
    if (titleText !== null) childWidth = Math.min(options.maxWidth - 2, Math.max(childWidth, titleText.cellLen + 2));
    width = childWidth + 2;
    const childOptions = updateOptions(options, { width: childWidth, height: childHeight, highlight: this.o.highlight ?? false });
    const lines = c.renderLines(renderable, childOptions, style);
    const lineStart = seg(box.midLeft, borderStyle);
    const lineEnd = seg(box.midRight, borderStyle);
    const out: Segment[] = [];
    if (titleText === null || width <= 4) {
      out.push(seg(box.getTop([width - 2]), borderStyle));
    } else {
      titleText = alignText(titleText, width - 4, this.o.titleAlign ?? "center", box.top, borderStyle);
      out.push(seg(box.topLeft + box.top, borderStyle));
      out.push(...c.render(titleText, updateWidth(childOptions, width - 4)));
      out.push(seg(box.top + box.topRight, borderStyle));
    }
    out.push(NEWLINE);
    for (const line of lines) out.push(lineStart, ...line, lineEnd, NEWLINE);
    let subtitleText = this.titleLike(this.o.subtitle);
    if (subtitleText !== null) subtitleText.stylizeBefore(borderStyle);
    if (subtitleText === null || width <= 4) {
      out.push(seg(box.getBottom([width - 2]), borderStyle));
    } else {
      subtitleText = alignText(subtitleText, width - 4, this.o.subtitleAlign ?? "center", box.bottom, borderStyle);
      out.push(seg(box.bottomLeft + box.bottom, borderStyle));
      out.push(...c.render(subtitleText, updateWidth(childOptions, width - 4)));
      out.push(seg(box.bottom + box.bottomRight, borderStyle));
    }
    out.push(NEWLINE);
    return out;
  }

  richMeasure(c: RichConsole, o: RenderOptions): Measurement {
    const title = this.titleLike(this.o.title);
    const [, right, , left] = unpackPadding(this.o.padding ?? [0, 1]);
    const padding = left + right;
    const renderables: RenderableType[] = title ? [this.renderable, title] : [this.renderable];
    const width = this.o.width == null ? measureRenderables(c, updateWidth(o, o.maxWidth - padding - 2), renderables)[1] + padding + 2 : this.o.width;
    return [width, width];
  }
}

/** Text.from_markup */
export function textFromMarkup(markup: string, style: StyleType = "", opts: { emoji?: boolean; justify?: JustifyMethod | null; overflow?: OverflowMethod | null; end?: string } = {}): Text {
  const rendered = renderMarkup(markup, { emoji: opts.emoji ?? true });
  const t = new Text("", style, { justify: opts.justify, overflow: opts.overflow, end: opts.end ?? "\n", spans: rendered.spans.slice() });
  t.setRaw(rendered.text);
  return t;
}

// ---------------------------------------------------------------------------
// Pretty (rich.pretty)

export interface PNode {
  keyRepr: string;
  valueRepr: string;
  openBrace: string;
  closeBrace: string;
  empty: string;
  last: boolean;
  isTuple: boolean;
  isNamedtuple: boolean;
  children: PNode[] | null;
  keySeparator: string;
  separator: string;
}

export function makeNode(init: Partial<PNode>): PNode {
  return {
    keyRepr: "",
    valueRepr: "",
    openBrace: "",
    closeBrace: "",
    empty: "",
    last: false,
    isTuple: false,
    isNamedtuple: false,
    children: null,
    keySeparator: ": ",
    separator: ", ",
    ...init,
  };
}

function* iterTokens(node: PNode): Generator<string> {
  if (node.keyRepr) {
    yield node.keyRepr;
    yield node.keySeparator;
  }
  if (node.valueRepr) {
    yield node.valueRepr;
  } else if (node.children !== null) {
    if (node.children.length) {
      yield node.openBrace;
      if (node.isTuple && !node.isNamedtuple && node.children.length === 1) {
        yield* iterTokens(node.children[0]);
        yield ",";
      } else {
        for (const child of node.children) {
          yield* iterTokens(child);
          if (!child.last) yield node.separator;
        }
      }
      yield node.closeBrace;
    } else {
      yield node.empty;
    }
  }
}

function nodeCheckLength(node: PNode, start: number, max: number): boolean {
  let total = start;
  for (const token of iterTokens(node)) {
    total += cellLen(token);
    if (total > max) return false;
  }
  return true;
}

export function nodeStr(node: PNode): string {
  return Array.from(iterTokens(node)).join("");
}

interface PLine {
  node: PNode | null;
  text: string;
  suffix: string;
  whitespace: string;
  expanded: boolean;
  last: boolean;
}

/** Node.render */
export function renderNode(root: PNode, maxWidth = 80, indentSize = 4, expandAll = false): string {
  const mk = (l: Partial<PLine>): PLine => ({ node: null, text: "", suffix: "", whitespace: "", expanded: false, last: false, ...l });
  const lines: PLine[] = [mk({ node: root })];
  let lineNo = 0;
  while (lineNo < lines.length) {
    const line = lines[lineNo];
    const expandable = line.node !== null && !!line.node.children && line.node.children.length > 0;
    if (expandable && !line.expanded) {
      const start = line.whitespace.length + cellLen(line.text) + cellLen(line.suffix);
      if (expandAll || !nodeCheckLength(line.node!, start, maxWidth)) {
        const node = line.node!;
        const ws = line.whitespace;
        const newLines: PLine[] = [];
        newLines.push(mk({ text: node.keyRepr ? `${node.keyRepr}${node.keySeparator}${node.openBrace}` : node.openBrace, whitespace: ws }));
        const childWs = ws + " ".repeat(indentSize);
        const tupleOfOne = node.isTuple && node.children!.length === 1;
        node.children!.forEach((child, i) => {
          const last = i === node.children!.length - 1;
          newLines.push(mk({ node: child, whitespace: childWs, suffix: tupleOfOne ? "," : node.separator, last: last && !tupleOfOne }));
        });
        newLines.push(mk({ text: node.closeBrace, whitespace: ws, suffix: line.suffix, last: line.last }));
        lines.splice(lineNo, 1, ...newLines);
      }
    }
    lineNo++;
  }
  return lines
    .map((l) => {
      const n = l.node ? nodeStr(l.node) : "";
      return l.last ? `${l.whitespace}${l.text}${n}` : `${l.whitespace}${l.text}${n}${l.suffix.replace(/[\s]+$/, "")}`;
    })
    .join("\n");
}

export interface PrettyOptions {
  highlighter?: Highlighter | null;
  indentSize?: number;
  justify?: JustifyMethod | null;
  overflow?: OverflowMethod | null;
  noWrap?: boolean | null;
  indentGuides?: boolean;
  expandAll?: boolean;
  margin?: number;
  insertLine?: boolean;
  /** type(obj) as printed in the empty-repr message */
  typeRepr?: string;
}

export class Pretty extends Renderable {
  constructor(
    readonly node: PNode,
    readonly o: PrettyOptions = {},
  ) {
    super();
  }
  richConsole(c: RichConsole, options: RenderOptions): RenderResult {
    const prettyStr = renderNode(this.node, options.maxWidth - (this.o.margin ?? 0), this.o.indentSize ?? 4, this.o.expandAll ?? false);
    let text = new Text("\n", "pretty", {
      justify: this.o.justify || options.justify,
      overflow: this.o.overflow || options.overflow,
      noWrap: pickBool(this.o.noWrap ?? false, options.noWrap),
    }).join(pySplitLinesAnsi(prettyStr).map((l) => new Text(l)));
    if (text.plain) {
      const hl = this.o.highlighter === undefined ? reprHighlighter : this.o.highlighter;
      if (hl) {
        text = text.copy();
        hl(text);
      }
    } else {
      text = new Text(`${this.o.typeRepr ?? "<class 'object'>"}.__repr__ returned empty string`, "dim italic");
    }
    if (this.o.indentGuides && !options.asciiOnly) text = withIndentGuides(text, this.o.indentSize ?? 4, "repr.indent");
    const out: RenderResult = [];
    if (this.o.insertLine && text.plain.includes("\n")) out.push("");
    out.push(text);
    return out;
  }
  richMeasure(_c: RichConsole, o: RenderOptions): Measurement {
    const s = renderNode(this.node, o.maxWidth, this.o.indentSize ?? 4, this.o.expandAll ?? false);
    const w = s ? Math.max(...s.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/).map((l) => cellLen(l))) : 0;
    return [w, w];
  }
}

/** AnsiDecoder.decode's line splitting (str.splitlines, then the part after the last \r). */
function pySplitLinesAnsi(s: string): string[] {
  const lines = s.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines.map((l) => stripControlCodes(l));
}

/** Text.with_indent_guides */
export function withIndentGuides(textIn: Text, indentSize: number, style: StyleType = "dim green", character = "│"): Text {
  const text = textIn.copy();
  text.expandTabs();
  const indentLine = character + " ".repeat(indentSize - 1);
  const newLines: Text[] = [];
  let blank = 0;
  for (const line of text.split("\n", false, true)) {
    const m = /^( *)(.*)$/.exec(line.plain);
    if (!m || !m[2]) {
      blank++;
      continue;
    }
    const indent = m[1];
    const full = Math.floor(indent.length / indentSize);
    const rem = indent.length % indentSize;
    const newIndent = indentLine.repeat(full) + " ".repeat(rem);
    line.plain = newIndent + line.plain.slice(newIndent.length);
    line.stylize(style, 0, newIndent.length);
    if (blank) {
      for (let i = 0; i < blank; i++) newLines.push(new Text(newIndent, style));
      blank = 0;
    }
    newLines.push(line);
  }
  for (let i = 0; i < blank; i++) newLines.push(new Text("", style));
  return text.blankCopy("\n").join(newLines);
}

// ---------------------------------------------------------------------------
// Table

function pyRound(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

function ratioReduce(total: number, ratios: number[], maximums: number[], values: number[]): number[] {
  ratios = ratios.map((r, i) => (maximums[i] ? r : 0));
  let totalRatio = ratios.reduce((a, b) => a + b, 0);
  if (!totalRatio) return values.slice();
  let remaining = total;
  const result: number[] = [];
  ratios.forEach((ratio, i) => {
    if (ratio && totalRatio > 0) {
      const distributed = Math.min(maximums[i], pyRound((ratio * remaining) / totalRatio));
      result.push(values[i] - distributed);
      remaining -= distributed;
      totalRatio -= ratio;
    } else result.push(values[i]);
  });
  return result;
}

function ratioDistribute(total: number, ratios: number[], minimums?: number[]): number[] {
  if (minimums) ratios = ratios.map((r, i) => (minimums[i] ? r : 0));
  let totalRatio = ratios.reduce((a, b) => a + b, 0);
  let remaining = total;
  const out: number[] = [];
  const mins = minimums ?? ratios.map(() => 0);
  ratios.forEach((ratio, i) => {
    const distributed = totalRatio > 0 ? Math.max(mins[i], Math.ceil((ratio * remaining) / totalRatio)) : remaining;
    out.push(distributed);
    totalRatio -= ratio;
    remaining -= distributed;
  });
  return out;
}

export interface ColumnOptions {
  header?: RenderableType;
  footer?: RenderableType;
  headerStyle?: StyleType | null;
  footerStyle?: StyleType | null;
  style?: StyleType | null;
  justify?: JustifyMethod;
  vertical?: "top" | "middle" | "bottom";
  overflow?: OverflowMethod;
  width?: number | null;
  minWidth?: number | null;
  maxWidth?: number | null;
  ratio?: number | null;
  noWrap?: boolean;
}

export class Column {
  header: RenderableType;
  footer: RenderableType;
  headerStyle: StyleType;
  footerStyle: StyleType;
  style: StyleType;
  justify: JustifyMethod;
  vertical: "top" | "middle" | "bottom";
  overflow: OverflowMethod;
  width: number | null;
  minWidth: number | null;
  maxWidth: number | null;
  ratio: number | null;
  noWrap: boolean;
  index = 0;
  cells: RenderableType[] = [];
  constructor(o: ColumnOptions = {}) {
    this.header = o.header ?? "";
    this.footer = o.footer ?? "";
    this.headerStyle = o.headerStyle || "";
    this.footerStyle = o.footerStyle || "";
    this.style = o.style || "";
    this.justify = o.justify ?? "left";
    this.vertical = o.vertical ?? "top";
    this.overflow = o.overflow ?? "ellipsis";
    this.width = o.width ?? null;
    this.minWidth = o.minWidth ?? null;
    this.maxWidth = o.maxWidth ?? null;
    this.ratio = o.ratio ?? null;
    this.noWrap = o.noWrap ?? false;
  }
  get flexible(): boolean {
    return this.ratio !== null;
  }
}

export interface TableOptions {
  title?: string | Text | null;
  caption?: string | Text | null;
  width?: number | null;
  minWidth?: number | null;
  box?: Box | null;
  padding?: number | number[];
  collapsePadding?: boolean;
  padEdge?: boolean;
  expand?: boolean;
  showHeader?: boolean;
  showFooter?: boolean;
  showEdge?: boolean;
  showLines?: boolean;
  leading?: number;
  style?: StyleType;
  rowStyles?: StyleType[];
  headerStyle?: StyleType | null;
  footerStyle?: StyleType | null;
  borderStyle?: StyleType | null;
  titleStyle?: StyleType | null;
  captionStyle?: StyleType | null;
  titleJustify?: JustifyMethod;
  captionJustify?: JustifyMethod;
  highlight?: boolean;
}

interface Row {
  style: StyleType | null;
  endSection: boolean;
}

interface Cell {
  style: Style;
  renderable: RenderableType;
  vertical: "top" | "middle" | "bottom";
}

export class Table extends Renderable {
  columns: Column[] = [];
  rows: Row[] = [];
  title: string | Text | null;
  caption: string | Text | null;
  width: number | null;
  minWidth: number | null;
  box: Box | null;
  padding: PaddingDims;
  collapsePadding: boolean;
  padEdge: boolean;
  expandFlag: boolean;
  showHeader: boolean;
  showFooter: boolean;
  showEdge: boolean;
  showLines: boolean;
  leading: number;
  style: StyleType;
  rowStyles: StyleType[];
  headerStyle: StyleType;
  footerStyle: StyleType;
  borderStyle: StyleType | null;
  titleStyle: StyleType | null;
  captionStyle: StyleType | null;
  titleJustify: JustifyMethod;
  captionJustify: JustifyMethod;
  highlight: boolean;

  constructor(headers: (string | Column)[] = [], o: TableOptions = {}) {
    super();
    this.title = o.title ?? null;
    this.caption = o.caption ?? null;
    this.width = o.width ?? null;
    this.minWidth = o.minWidth ?? null;
    this.box = o.box === undefined ? getBox("HEAVY_HEAD") : o.box;
    this.padding = unpackPadding(o.padding ?? [0, 1]);
    this.padEdge = o.padEdge ?? true;
    this.expandFlag = o.expand ?? false;
    this.showHeader = o.showHeader ?? true;
    this.showFooter = o.showFooter ?? false;
    this.showEdge = o.showEdge ?? true;
    this.showLines = o.showLines ?? false;
    this.leading = o.leading ?? 0;
    this.collapsePadding = o.collapsePadding ?? false;
    this.style = o.style ?? "none";
    this.headerStyle = o.headerStyle === undefined ? "table.header" : o.headerStyle || "";
    this.footerStyle = o.footerStyle === undefined ? "table.footer" : o.footerStyle || "";
    this.borderStyle = o.borderStyle ?? null;
    this.titleStyle = o.titleStyle ?? null;
    this.captionStyle = o.captionStyle ?? null;
    this.titleJustify = o.titleJustify ?? "center";
    this.captionJustify = o.captionJustify ?? "center";
    this.highlight = o.highlight ?? false;
    this.rowStyles = o.rowStyles ?? [];
    for (const h of headers) {
      if (typeof h === "string") this.addColumn({ header: h });
      else {
        h.index = this.columns.length;
        this.columns.push(h);
      }
    }
  }

  static grid(o: { padding?: number | number[]; collapsePadding?: boolean; padEdge?: boolean; expand?: boolean } = {}, headers: (string | Column)[] = []): Table {
    return new Table(headers, {
      box: null,
      padding: o.padding ?? 0,
      collapsePadding: o.collapsePadding ?? true,
      showHeader: false,
      showFooter: false,
      showEdge: false,
      padEdge: o.padEdge ?? false,
      expand: o.expand ?? false,
    });
  }

  get expand(): boolean {
    return this.expandFlag || this.width !== null;
  }

  get extraWidth(): number {
    let w = 0;
    if (this.box && this.showEdge) w += 2;
    if (this.box) w += this.columns.length - 1;
    return w;
  }

  addColumn(o: ColumnOptions = {}): void {
    const c = new Column(o);
    c.index = this.columns.length;
    this.columns.push(c);
  }

  addRow(renderables: (RenderableType | null)[], style: StyleType | null = null, endSection = false): void {
    const cells = renderables.slice();
    while (cells.length < this.columns.length) cells.push(null);
    cells.forEach((r, index) => {
      let column: Column;
      if (index === this.columns.length) {
        column = new Column();
        column.index = index;
        for (let i = 0; i < this.rows.length; i++) column.cells.push(new Text(""));
        this.columns.push(column);
      } else column = this.columns[index];
      column.cells.push(r === null ? "" : r);
    });
    this.rows.push({ style, endSection });
  }

  private getRowStyle(c: RichConsole, index: number): Style {
    let style = NULL_STYLE;
    if (this.rowStyles.length) style = addStyles(style, c.getStyle(this.rowStyles[index % this.rowStyles.length]));
    const rowStyle = this.rows[index].style;
    if (rowStyle !== null) style = addStyles(style, c.getStyle(rowStyle));
    return style;
  }

  richMeasure(c: RichConsole, o: RenderOptions): Measurement {
    let maxWidth = o.maxWidth;
    if (this.width !== null) maxWidth = this.width;
    if (maxWidth < 0) return [0, 0];
    const extra = this.extraWidth;
    maxWidth = this.calculateColumnWidths(c, updateWidth(o, maxWidth - extra)).reduce((a, b) => a + b, 0);
    const ms = this.columns.map((col) => this.measureColumn(c, updateWidth(o, maxWidth), col));
    const minimum = ms.reduce((a, m) => a + m[0], 0) + extra;
    const maximum = this.width === null ? ms.reduce((a, m) => a + m[1], 0) + extra : this.width;
    return clampMeasure([minimum, maximum], this.minWidth, null);
  }

  richConsole(c: RichConsole, o: RenderOptions): RenderResult {
    if (!this.columns.length) return [seg("\n")];
    let maxWidth = o.maxWidth;
    if (this.width !== null) maxWidth = this.width;
    const extra = this.extraWidth;
    const widths = this.calculateColumnWidths(c, updateWidth(o, maxWidth - extra));
    const tableWidth = widths.reduce((a, b) => a + b, 0) + extra;
    const renderOptions = updateOptions(o, { width: tableWidth, highlight: this.highlight, height: null });
    const out: Segment[] = [];
    const annotation = (text: string | Text, style: StyleType, justify: JustifyMethod): void => {
      const t = typeof text === "string" ? c.renderStr(text, { style, highlight: false }) : text;
      out.push(...c.render(t, updateOptions(renderOptions, { justify })));
    };
    const truthy = (t: string | Text | null): t is string | Text => t !== null && (typeof t === "string" ? t.length > 0 : t.plain.length > 0);
    if (truthy(this.title)) annotation(this.title, this.titleStyle || "table.title", this.titleJustify);
    out.push(...this.renderTable(c, renderOptions, widths));
    if (truthy(this.caption)) annotation(this.caption, this.captionStyle || "table.caption", this.captionJustify);
    return out;
  }

  private calculateColumnWidths(c: RichConsole, o: RenderOptions): number[] {
    const maxWidth = o.maxWidth;
    const columns = this.columns;
    let ranges = columns.map((col) => this.measureColumn(c, o, col));
    let widths = ranges.map((r) => r[1] || 1);
    const extra = this.extraWidth;
    if (this.expand) {
      const ratios = columns.filter((col) => col.flexible).map((col) => col.ratio || 0);
      if (ratios.some((r) => r)) {
        const fixed = ranges.map((r, i) => (columns[i].flexible ? 0 : r[1]));
        const flexMin = columns.filter((col) => col.flexible).map((col) => (col.width || 1) + this.paddingWidth(col.index));
        const flexWidths = ratioDistribute(maxWidth - fixed.reduce((a, b) => a + b, 0), ratios, flexMin);
        let k = 0;
        columns.forEach((col, i) => {
          if (col.flexible) widths[i] = fixed[i] + flexWidths[k++];
        });
      }
    }
    let tableWidth = widths.reduce((a, b) => a + b, 0);
    if (tableWidth > maxWidth) {
      widths = collapseWidths(
        widths,
        columns.map((col) => col.width === null && !col.noWrap),
        maxWidth,
      );
      tableWidth = widths.reduce((a, b) => a + b, 0);
      if (tableWidth > maxWidth) {
        widths = ratioReduce(tableWidth - maxWidth, widths.map(() => 1), widths, widths);
        tableWidth = widths.reduce((a, b) => a + b, 0);
      }
      ranges = widths.map((w, i) => this.measureColumn(c, updateWidth(o, w), columns[i]));
      widths = ranges.map((r) => r[1] || 0);
    }
    if ((tableWidth < maxWidth && this.expand) || (this.minWidth !== null && tableWidth < this.minWidth - extra)) {
      const mw = this.minWidth === null ? maxWidth : Math.min(this.minWidth - extra, maxWidth);
      const pads = ratioDistribute(mw - tableWidth, widths);
      widths = widths.map((w, i) => w + pads[i]);
    }
    return widths;
  }

  private paddingWidth(columnIndex: number): number {
    const [, padRight, , padLeftIn] = this.padding;
    let padLeft = padLeftIn;
    if (this.collapsePadding && columnIndex > 0) padLeft = Math.max(0, padLeft - padRight);
    return padLeft + padRight;
  }

  private getCells(c: RichConsole, columnIndex: number, column: Column): Cell[] {
    const padding = this.padding;
    const anyPadding = padding.some((p) => p);
    const firstColumn = columnIndex === 0;
    const lastColumn = columnIndex === this.columns.length - 1;
    const getPadding = (firstRow: boolean, lastRow: boolean): PaddingDims => {
      let [top, right, bottom, left] = padding;
      if (this.collapsePadding) {
        if (!firstColumn) left = Math.max(0, left - right);
        if (!lastRow) bottom = Math.max(0, top - bottom);
      }
      if (!this.padEdge) {
        if (firstColumn) left = 0;
        if (lastColumn) right = 0;
        if (firstRow) top = 0;
        if (lastRow) bottom = 0;
      }
      return [top, right, bottom, left];
    };
    const raw: [Style, RenderableType][] = [];
    if (this.showHeader) raw.push([addStyles(c.getStyle(this.headerStyle || ""), c.getStyle(column.headerStyle)), column.header]);
    const cellStyle = c.getStyle(column.style || "");
    for (const cell of column.cells) raw.push([cellStyle, cell]);
    if (this.showFooter) raw.push([addStyles(c.getStyle(this.footerStyle || ""), c.getStyle(column.footerStyle)), column.footer]);
    return raw.map(([style, r], i) => ({
      style,
      renderable: anyPadding ? new Padding(r, getPadding(i === 0, i === raw.length - 1)) : r,
      vertical: column.vertical,
    }));
  }

  private measureColumn(c: RichConsole, o: RenderOptions, column: Column): Measurement {
    const maxWidth = o.maxWidth;
    if (maxWidth < 1) return [0, 0];
    const pw = this.paddingWidth(column.index);
    if (column.width !== null) return [Math.min(column.width + pw, maxWidth), Math.min(column.width + pw, maxWidth)];
    const mins: number[] = [];
    const maxs: number[] = [];
    for (const cell of this.getCells(c, column.index, column)) {
      const [a, b] = c.measure(cell.renderable, o);
      mins.push(a);
      maxs.push(b);
    }
    let m: Measurement = [mins.length ? Math.max(...mins) : 1, maxs.length ? Math.max(...maxs) : maxWidth];
    m = [Math.min(m[0], maxWidth), Math.min(m[1], maxWidth)];
    return clampMeasure(m, column.minWidth === null ? null : column.minWidth + pw, column.maxWidth === null ? null : column.maxWidth + pw);
  }

  private renderTable(c: RichConsole, o: RenderOptions, widths: number[]): Segment[] {
    const tableStyle = c.getStyle(this.style || "");
    const borderStyle = addStyles(tableStyle, c.getStyle(this.borderStyle || ""));
    const columnCells = this.columns.map((col, i) => this.getCells(c, i, col));
    const nRows = Math.min(...columnCells.map((cc) => cc.length));
    const rowCells: Cell[][] = [];
    for (let r = 0; r < nRows; r++) rowCells.push(columnCells.map((cc) => cc[r]));
    let box = this.box ? this.box.substitute(o) : null;
    box = box && !this.showHeader ? box.plainHeaded() : box;
    const out: Segment[] = [];
    const { showHeader, showFooter, showEdge, showLines, leading } = this;
    let boxSegments: [Segment, Segment, Segment][] = [];
    if (box) {
      boxSegments = [
        [seg(box.headLeft, borderStyle), seg(box.headRight, borderStyle), seg(box.headVertical, borderStyle)],
        [seg(box.footLeft, borderStyle), seg(box.footRight, borderStyle), seg(box.footVertical, borderStyle)],
        [seg(box.midLeft, borderStyle), seg(box.midRight, borderStyle), seg(box.midVertical, borderStyle)],
      ];
      if (showEdge) out.push(seg(box.getTop(widths), borderStyle), NEWLINE);
    }
    rowCells.forEach((rowCell, index) => {
      const first = index === 0;
      const last = index === rowCells.length - 1;
      const headerRow = first && showHeader;
      const footerRow = last && showFooter;
      const row = !headerRow && !footerRow ? this.rows[index - (showHeader ? 1 : 0)] : null;
      let maxHeight = 1;
      let cells: Segment[][][] = [];
      const rowStyle = headerRow || footerRow ? NULL_STYLE : this.getRowStyle(c, showHeader ? index - 1 : index);
      rowCell.forEach((cell, i) => {
        const column = this.columns[i];
        const ro = updateOptions(o, { width: widths[i], justify: column.justify, noWrap: column.noWrap, overflow: column.overflow, height: null });
        const lines = c.renderLines(cell.renderable, ro, addStyles(cell.style, rowStyle));
        maxHeight = Math.max(maxHeight, lines.length);
        cells.push(lines);
      });
      const rowHeight = Math.max(...cells.map((cl) => cl.length));
      const alignCell = (cell: Segment[][], vertical: string, width: number, style: Style): Segment[][] => {
        if (headerRow) vertical = "bottom";
        else if (footerRow) vertical = "top";
        const extraLines = rowHeight - cell.length;
        if (!extraLines) return cell.slice();
        const blank = [seg(" ".repeat(width), style)];
        const lines = cell.slice(0, rowHeight);
        if (vertical === "top") return [...lines, ...new Array(extraLines).fill(blank)];
        if (vertical === "middle") {
          const top = Math.floor(extraLines / 2);
          return [...new Array(top).fill(blank), ...lines, ...new Array(extraLines - top).fill(blank)];
        }
        return [...new Array(extraLines).fill(blank), ...lines];
      };
      cells = cells.map((cell, i) => setShape(alignCell(cell, rowCell[i].vertical, widths[i], addStyles(rowCell[i].style, rowStyle)), widths[i], maxHeight));
      if (box) {
        if (last && showFooter) out.push(seg(box.getRow(widths, "foot", showEdge), borderStyle), NEWLINE);
        const [left, right, divider0] = boxSegments[first ? 0 : last ? 2 : 1];
        const divider = divider0.text.trim() ? divider0 : seg(divider0.text, addStyles(backgroundStyle(rowStyle), divider0.style));
        for (let lineNo = 0; lineNo < maxHeight; lineNo++) {
          if (showEdge) out.push(left);
          cells.forEach((rendered, ci) => {
            out.push(...rendered[lineNo]);
            if (ci < cells.length - 1) out.push(divider);
          });
          if (showEdge) out.push(right);
          out.push(NEWLINE);
        }
      } else {
        for (let lineNo = 0; lineNo < maxHeight; lineNo++) {
          for (const rendered of cells) out.push(...rendered[lineNo]);
          out.push(NEWLINE);
        }
      }
      if (box && first && showHeader) out.push(seg(box.getRow(widths, "head", showEdge), borderStyle), NEWLINE);
      const endSection = row && row.endSection;
      if (box && (showLines || leading || endSection)) {
        if (!last && !(showFooter && index >= rowCells.length - 2) && !(showHeader && headerRow)) {
          if (leading) out.push(seg(box.getRow(widths, "mid", showEdge).repeat(leading), borderStyle));
          else out.push(seg(box.getRow(widths, "row", showEdge), borderStyle));
          out.push(NEWLINE);
        }
      }
    });
    if (box && showEdge) out.push(seg(box.getBottom(widths), borderStyle), NEWLINE);
    return out;
  }
}

function backgroundStyle(s: Style): Style {
  if (!s.bgcolor) return NULL_STYLE;
  return { color: null, bgcolor: s.bgcolor, attributes: 0, setAttributes: 0, link: null, meta: false, isNull: false };
}

function collapseWidths(widths: number[], wrapable: boolean[], maxWidth: number): number[] {
  let total = widths.reduce((a, b) => a + b, 0);
  let excess = total - maxWidth;
  if (wrapable.some((w) => w)) {
    while (total && excess > 0) {
      const maxColumn = Math.max(...widths.filter((_, i) => wrapable[i]));
      const secondMax = Math.max(...widths.map((w, i) => (wrapable[i] && w !== maxColumn ? w : 0)));
      const diff = maxColumn - secondMax;
      const ratios = widths.map((w, i) => (w === maxColumn && wrapable[i] ? 1 : 0));
      if (!ratios.some((r) => r) || !diff) break;
      const maxReduce = widths.map(() => Math.min(excess, diff));
      widths = ratioReduce(excess, ratios, maxReduce, widths);
      total = widths.reduce((a, b) => a + b, 0);
      excess = total - maxWidth;
    }
  }
  return widths;
}

// ---------------------------------------------------------------------------
// JSON

/** rich.json.JSON's text for an already re-dumped JSON string. */
export function jsonText(json: string, highlight: boolean): Text {
  const t = new Text(json);
  if (highlight) jsonHighlighter(t);
  t.noWrap = true;
  t.overflow = null;
  return t;
}

// ---------------------------------------------------------------------------
// Back-compat entry point used by tests: Console.print of strings and reprs.

export interface ReprObject {
  repr: string;
  pretty?: boolean;
}

export interface PrintOptions {
  width: number;
  colorSystem: ColorSystem | null;
  sep: string;
  end: string;
  markup?: boolean;
  highlight?: boolean;
  emoji?: boolean;
}

/** The text rich writes for `Console(width=...).print(*objects, sep=sep, end=end)`. */
export function consolePrint(objects: (string | ReprObject)[], opts: PrintOptions): string {
  const c = new RichConsole({ width: opts.width, colorSystem: opts.colorSystem, markup: opts.markup, highlight: opts.highlight, emoji: opts.emoji });
  const items: PrintItem[] = objects.map((o) =>
    typeof o === "string" ? o : o.pretty ? new PrettyNodeSource(makeNode({ valueRepr: o.repr, last: true })) : { str: o.repr },
  );
  return c.print(items, { sep: opts.sep, end: opts.end });
}

export { resolveStyle, styleAdd, adjustLineLength };
