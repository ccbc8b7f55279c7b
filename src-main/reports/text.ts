import { fontFor, type FontName, type Script, type Style } from './fonts';
import { fontShapes, pdfNumber, type PdfkitInternals } from './shapes';
import { baselineOffset, lineHeight, type TextStyle } from './theme';

/** A piece of styled text; a paragraph may mix styles ("Missing:" in bold, then the note). */
export interface Span {
  text: string;
  style?: Style;
}

/** Text in one font, measured at the size it is set in. */
export interface Run {
  font: FontName;
  text: string;
  width: number;
}

/** Wrapped lines are cached and shared between both passes: never changed once made. */
export interface Line {
  readonly runs: readonly Run[];
  /** Without trailing space, so right-aligned and centred lines sit where they should. */
  readonly width: number;
}

export interface DrawOptions {
  color: string;
  align?: 'left' | 'right' | 'center';
  /** The box that align refers to; needed for right and centre. */
  width?: number;
}

/**
 * A word and the whitespace after it. No-break spaces (U+00A0, U+2007, U+202F) belong to the word:
 * dates and numbers formatted by Intl use them so that "29 November" or "2:05 PM" stay on one line.
 */
const WORDS = /((?:[^\s]|[\u00A0\u2007\u202F])+)([^\S\u00A0\u2007\u202F]*)|[^\S\u00A0\u2007\u202F]+/g;
/** Characters after which a long URL or identifier may be broken: nicer than an arbitrary character. */
const BREAK_AFTER = /[/\\\-_.?&=,;:@]/;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function isDevanagari(code: number): boolean {
  return (code >= 0x0900 && code <= 0x097f) || (code >= 0xa8e0 && code <= 0xa8ff) || (code >= 0x1cd0 && code <= 0x1cff);
}

function hasDevanagari(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (isDevanagari(text.charCodeAt(index))) return true;
  return false;
}

/** Zero-width non-joiner and joiner select conjunct forms between Devanagari letters, so they keep the preceding script. */
function isJoiner(code: number): boolean {
  return code === 0x200c || code === 0x200d;
}

/**
 * Splits text into runs of one script each. pdfkit sets a run in one font and cannot fall back
 * per glyph, so Devanagari goes to Noto Sans Devanagari and everything else to Noto Sans.
 */
export function scriptRuns(text: string): { script: Script; text: string }[] {
  // Most report text has no Devanagari at all: one run, without walking it.
  if (!hasDevanagari(text)) return text === '' ? [] : [{ script: 'latin', text }];
  const runs: { script: Script; text: string }[] = [];
  let start = 0;
  let script: Script = 'latin';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const next: Script = isJoiner(code) ? script : isDevanagari(code) ? 'deva' : 'latin';
    if (next !== script && index > start) {
      runs.push({ script, text: text.slice(start, index) });
      start = index;
    }
    script = next;
  }
  if (start < text.length) runs.push({ script, text: text.slice(start) });
  return runs;
}

/**
 * A word with the whitespace after it, measured together as pdfkit's own layout cache splits
 * text (after each space), so that drawing finds every word already shaped.
 */
interface Token {
  runs: Run[];
  width: number;
  /** The trailing whitespace: dropped, with its width, when the word ends a line. */
  trailing: string;
  trailingWidth: number;
}

function append(runs: Run[], run: Run): void {
  const last = runs.at(-1);
  if (last && last.font === run.font) runs[runs.length - 1] = { font: run.font, text: last.text + run.text, width: last.width + run.width };
  else runs.push(run);
}

function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function sum(runs: readonly Run[]): number {
  return runs.reduce((total, run) => total + run.width, 0);
}

/**
 * Measures and wraps text in script runs; the Pen draws the very runs that were measured, so a
 * line never comes out wider than it was measured.
 */
export class Typesetter {
  /**
   * Lines by size, width and styles, then by text: the drawing pass wraps exactly what the first
   * pass did, and finds it here. Keyed step by step so that a lookup builds no key.
   */
  private readonly wrapped = new Map<number, Map<number, Map<string, Map<string, readonly Line[]>>>>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly files: Record<FontName, string>,
  ) {}

  private width(font: FontName, text: string, size: number): number {
    return fontShapes(this.doc, this.files[font]).unit(text) * size;
  }

  private runs(text: string, style: Style, size: number): Run[] {
    return scriptRuns(text).map((run) => {
      const font = fontFor(run.script, style);
      return { font, text: run.text, width: this.width(font, run.text, size) };
    });
  }

  /** Breaks spans into lines no wider than maxWidth; a newline forces a break; a word too long for a line is split. */
  wrap(spans: Span[], style: TextStyle, maxWidth: number): readonly Line[] {
    const only = spans.length === 1 ? spans[0] : undefined;
    const styles = only ? (only.style ?? 'regular') : spans.map((span) => span.style ?? 'regular').join(' ');
    const text = only ? only.text : spans.map((span) => span.text).join('\u0000');
    const texts = entry(entry(entry(this.wrapped, style.size, () => new Map()), maxWidth, () => new Map()), styles, () => new Map<string, readonly Line[]>());
    let lines = texts.get(text);
    if (lines === undefined) {
      lines = (only && this.breakPlain(only.text, only.style ?? 'regular', style.size, maxWidth)) ?? this.breakLines(spans, style.size, maxWidth);
      texts.set(text, lines);
    }
    return lines;
  }

  /**
   * breakLines for what most report text is: one style, one script, no line breaks or tabs, no word
   * wider than a line. Each line is a slice of the text, measured with the same sums as breakLines
   * makes, without a token or run per word. Null for anything else.
   */
  private breakPlain(text: string, fontStyle: Style, size: number, maxWidth: number): Line[] | null {
    if (/[\r\n\t]/.test(text) || hasDevanagari(text)) return null;
    const font = fontFor('latin', fontStyle);
    const lines: Line[] = [];
    let start = -1;
    let end = 0;
    let width = 0;
    let trailingWidth = 0;
    const breakLine = (): void => {
      const lineWidth = width - trailingWidth;
      lines.push({ runs: start < 0 ? [] : [{ font, text: text.slice(start, end), width: lineWidth }], width: lineWidth });
      start = -1;
      width = 0;
      trailingWidth = 0;
    };
    // A regex of its own: WORDS's lastIndex is shared (matchAll copies it).
    const words = new RegExp(WORDS.source, 'g');
    for (let match = words.exec(text); match !== null; match = words.exec(text)) {
      const [whole, word, trailing = ''] = match;
      // Whitespace at the start of the text is dropped, as breakLines drops it at a line start.
      if (word === undefined) continue;
      const tokenWidth = this.width(font, whole, size);
      const tokenTrailing = trailing ? this.width(font, trailing, size) : 0;
      if (tokenWidth - tokenTrailing > maxWidth) return null;
      if (start >= 0 && width + tokenWidth - tokenTrailing > maxWidth) breakLine();
      if (start < 0) start = match.index;
      end = match.index + word.length;
      width += tokenWidth;
      trailingWidth = tokenTrailing;
    }
    if (start >= 0 || lines.length === 0) breakLine();
    return lines;
  }

  private breakLines(spans: Span[], size: number, maxWidth: number): Line[] {
    const lines: Line[] = [];
    let runs: Run[] = [];
    let width = 0;
    let last: Token | null = null;
    const breakLine = (): void => {
      const end = runs.at(-1);
      if (end && last?.trailing) {
        runs[runs.length - 1] = { ...end, text: end.text.slice(0, -last.trailing.length), width: end.width - last.trailingWidth };
        width -= last.trailingWidth;
      }
      lines.push({ runs, width });
      runs = [];
      width = 0;
      last = null;
    };
    const place = (token: Token): void => {
      if (runs.length > 0 && width + token.width - token.trailingWidth > maxWidth) breakLine();
      for (const run of token.runs) append(runs, run);
      width += token.width;
      last = token;
    };
    for (const span of spans) {
      const fontStyle = span.style ?? 'regular';
      const paragraphs = span.text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n');
      paragraphs.forEach((paragraph, index) => {
        if (index > 0) breakLine();
        for (const [whole, word, trailing] of paragraph.matchAll(WORDS)) {
          // Whitespace at the start of a line is dropped; between spans it separates words.
          if (word === undefined) {
            if (runs.length > 0) place(this.token(whole, fontStyle, size));
            continue;
          }
          for (const token of this.tokens(word, trailing ?? '', fontStyle, size, maxWidth)) place(token);
        }
      });
    }
    if (runs.length > 0 || lines.length === 0) breakLine();
    return lines;
  }

  /** One line; cut with an ellipsis when the text is longer (running header, chart labels, legend). */
  fit(text: string, fontStyle: Style, style: TextStyle, maxWidth: number): Line {
    const lines = this.wrap([{ text, style: fontStyle }], style, maxWidth);
    if (lines.length <= 1) return lines[0] ?? { runs: [], width: 0 };
    const ellipsis = this.runs('…', fontStyle, style.size);
    const [first] = this.wrap([{ text, style: fontStyle }], style, Math.max(0, maxWidth - sum(ellipsis)));
    const runs = [...(first?.runs ?? [])];
    for (const run of ellipsis) append(runs, run);
    return { runs, width: sum(runs) };
  }

  /** Text as one token; all of it counts as trailing when it is only whitespace. */
  private token(text: string, fontStyle: Style, size: number, trailing = text): Token {
    const runs = this.runs(text, fontStyle, size);
    const trailingWidth = trailing ? sum(this.runs(trailing, fontStyle, size)) : 0;
    return { runs, width: sum(runs), trailing, trailingWidth };
  }

  /** A word as one token, or as several when it is wider than a line (long URLs, identifiers). */
  private tokens(word: string, trailing: string, fontStyle: Style, size: number, maxWidth: number): Token[] {
    const whole = this.token(word + trailing, fontStyle, size, trailing);
    if (whole.width - whole.trailingWidth <= maxWidth) return [whole];
    const parts = [...graphemes.segment(word)].map((part) => part.segment);
    const widths = parts.map((part) => sum(this.runs(part, fontStyle, size)));
    const pieces: string[] = [];
    let start = 0;
    let used = 0;
    let lastBreak = -1;
    parts.forEach((part, index) => {
      const partWidth = widths[index] ?? 0;
      if (index > start && used + partWidth > maxWidth) {
        const cut = lastBreak > start ? lastBreak : index;
        pieces.push(parts.slice(start, cut).join(''));
        start = cut;
        used = widths.slice(cut, index).reduce((total, w) => total + w, 0);
        lastBreak = -1;
      }
      used += partWidth;
      if (BREAK_AFTER.test(part)) lastBreak = index + 1;
    });
    pieces.push(parts.slice(start).join(''));
    return pieces.map((piece, index) => (index === pieces.length - 1 ? this.token(piece + trailing, fontStyle, size, trailing) : this.token(piece, fontStyle, size, '')));
  }
}

/** A colour as the fill ("rg") or stroke ("RG") operator; the three components to a thousandth (finer than 8 bits). */
const colours = new Map<string, string>();
function colour(hex: string, operator: 'rg' | 'RG'): string {
  const key = hex + operator;
  let ops = colours.get(key);
  if (ops === undefined) {
    const value = parseInt(hex.slice(1), 16);
    const parts = [value >> 16, (value >> 8) & 0xff, value & 0xff].map((part) => Number((part / 255).toFixed(3)));
    ops = `${parts.join(' ')} ${operator}`;
    colours.set(key, ops);
  }
  return ops;
}

/**
 * Draws measured lines, rules and filled boxes into the PDF; the first pass, which only
 * paginates, has none. It writes content operators itself, each call one buffer: pdfkit's text()
 * costs a save, a transform, three measurements and a dozen small buffers per run, and its colour
 * and path calls a buffer each, which was most of the time and memory of a long report. Glyphs go
 * out as two-byte literal strings, from the shapes the typesetter measured.
 */
export class Pen {
  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly files: Record<FontName, string>,
  ) {}

  /** Draws one line with its top at y. */
  line(line: Line, x: number, y: number, style: TextStyle, options: DrawOptions): void {
    this.lines([line], x, y, style, options);
  }

  /** Draws lines one under the other from y: one colour and one text object for all. */
  lines(lines: readonly Line[], x: number, y: number, style: TextStyle, options: DrawOptions): void {
    this.text([{ lines, x, options }], y, style, options.color);
  }

  /** Draws blocks of lines side by side with their tops at y, in one colour (a table row's cells): one text object for all. */
  text(blocks: readonly { lines: readonly Line[]; x: number; options: Omit<DrawOptions, 'color'> }[], y: number, style: TextStyle, color: string): void {
    const step = lineHeight(style);
    const size = pdfNumber(style.size);
    const pageFonts = (this.doc as unknown as PdfkitInternals).page.fonts;
    let ops = '';
    let current = '';
    for (const { lines, x, options } of blocks) {
      const box = options.width ?? 0;
      lines.forEach((line, index) => {
        let cursor = options.align === 'right' ? x + box - line.width : options.align === 'center' ? x + (box - line.width) / 2 : x;
        const baseline = y + index * step + baselineOffset(style);
        for (const run of line.runs) {
          if (run.text) {
            const shapes = fontShapes(this.doc, this.files[run.font]);
            const { id } = shapes.font;
            pageFonts[id] ??= shapes.font.ref();
            if (id !== current) {
              ops += `/${id} ${size} Tf\n`;
              current = id;
            }
            const operands = shapes.operands(run.text);
            ops += `1 0 0 -1 ${pdfNumber(cursor)} ${pdfNumber(baseline)} Tm\n`;
            ops += operands === null ? `${shapes.placed(run.text, style.size, cursor, baseline)}\n` : `[${operands}]TJ\n`;
          }
          cursor += run.width;
        }
      });
    }
    if (ops !== '') this.write(`BT\n${colour(color, 'rg')}\n${ops}ET`);
  }

  /** A filled box. */
  box(x: number, y: number, width: number, height: number, color: string): void {
    this.write(`${colour(color, 'rg')}\n${pdfNumber(x)} ${pdfNumber(y)} ${pdfNumber(width)} ${pdfNumber(height)} re\nf`);
  }

  /** A horizontal rule from x1 to x2 at y; dotted (round dots that far apart) for the contents' leaders. */
  rule(x1: number, x2: number, y: number, width: number, color: string, options: { dots?: number } = {}): void {
    const path = `${pdfNumber(x1)} ${pdfNumber(y)} m\n${pdfNumber(x2)} ${pdfNumber(y)} l\nS`;
    const line = `${pdfNumber(width)} w\n${colour(color, 'RG')}\n`;
    this.write(options.dots === undefined ? line + path : `${line}1 J\n[0.01 ${pdfNumber(options.dots)}] 0 d\n${path}\n[] 0 d`);
  }

  private write(ops: string): void {
    this.doc.addContent(Buffer.from(`${ops}\n`, 'latin1') as unknown as string);
  }
}
