/** A glyph's placement from pdfkit's shaping, in thousandths of an em. */
interface GlyphPosition {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/**
 * The two parts of pdfkit 0.20.2 (pinned) that the kit reaches past its typed API: the embedded
 * font, which shapes text and subsets the glyphs, and the page's font resources.
 */
interface EmbeddedFont {
  id: string;
  ref(): unknown;
  encode(text: string): [string[], GlyphPosition[]];
}
export interface PdfkitInternals {
  _font: EmbeddedFont;
  page: { fonts: Record<string, unknown> };
}

/** Numbers as pdfkit writes them: rounded to a millionth. */
export function pdfNumber(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Each byte as it may stand in a PDF literal string: parentheses and the backslash escaped, and
 * line ends too (a reader would otherwise normalise a bare carriage return to a line feed).
 */
const BYTES = Array.from({ length: 256 }, (_, byte) => {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
  if (byte === 0x0d) return '\\r';
  if (byte === 0x0a) return '\\n';
  return String.fromCharCode(byte);
});

/** Two-byte glyph ids (Identity-H) as one literal string: half the bytes of pdfkit's hex strings. */
function literal(glyphs: readonly number[], from: number, to: number): string {
  let out = '(';
  for (let index = from; index < to; index += 1) {
    const glyph = glyphs[index] ?? 0;
    out += (BYTES[glyph >> 8] ?? '') + (BYTES[glyph & 0xff] ?? '');
  }
  return `${out})`;
}

/** A piece of text as one font shapes it. */
interface Shape {
  /** Advance at 1 pt. */
  unit: number;
  /** TJ array elements (glyphs and kerning); null when a glyph has an offset (Devanagari marks), which needs placing. */
  operands: string | null;
  glyphs: number[];
  positions: GlyphPosition[];
}

/**
 * pdfkit shapes text in pieces that end after each space or tab, and caches them by text; the kit
 * measures and draws through the same pieces, shaped once per document: reports repeat words a lot.
 */
function forEachPiece(text: string, use: (piece: string) => void): void {
  let last = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || code === 0x09) {
      use(text.slice(last, index + 1));
      last = index + 1;
    }
  }
  if (last < text.length) use(text.slice(last));
}

/** The shaped pieces of one embedded font: widths for the typesetter, text operators for the pen. */
export class FontShapes {
  private readonly shapes = new Map<string, Shape>();
  /** Pairs of characters, and whether they shape as each alone. */
  private readonly joins = new Map<string, boolean>();

  constructor(readonly font: EmbeddedFont) {}

  /** Width of text at 1 pt. */
  unit(text: string): number {
    let unit = 0;
    forEachPiece(text, (piece) => (unit += this.shape(piece).unit));
    return unit;
  }

  /** The text's TJ array elements, or null when a glyph has to be placed on its own. */
  operands(text: string): string | null {
    let operands: string | null = '';
    forEachPiece(text, (piece) => {
      const next = this.shape(piece).operands;
      if (operands === null || next === null) operands = null;
      // Two strings in a row are one string: ")(" between pieces is bytes to write and to compress.
      else operands = operands.endsWith(')') && next.startsWith('(') ? operands.slice(0, -1) + next.slice(1) : operands + next;
    });
    return operands;
  }

  /**
   * As pdfkit's text() does for glyphs with an offset: a text matrix for each such glyph, then back
   * to the baseline; (x, y) is the start of the text's baseline in pdfkit's top-down page space.
   */
  placed(text: string, size: number, x: number, y: number): string {
    const out: string[] = [];
    const scale = size / 1000;
    let cursor = x;
    forEachPiece(text, (piece) => {
      const { glyphs, positions } = this.shape(piece);
      let from = 0;
      let moved = false;
      positions.forEach((position, index) => {
        if (position.xOffset || position.yOffset) {
          if (index > from) out.push(`[${kerned(glyphs, positions, from, index)}]TJ`);
          out.push(`1 0 0 -1 ${pdfNumber(cursor + position.xOffset * scale)} ${pdfNumber(y - position.yOffset * scale)} Tm`, `[${kerned(glyphs, positions, index, index + 1)}]TJ`);
          from = index + 1;
          moved = true;
        } else if (moved) {
          out.push(`1 0 0 -1 ${pdfNumber(cursor)} ${pdfNumber(y)} Tm`);
          moved = false;
        }
        cursor += position.xAdvance * scale;
      });
      if (positions.length > from) out.push(`[${kerned(glyphs, positions, from, positions.length)}]TJ`);
      // The next piece starts where this one's advances end, not where its last glyph was moved to.
      out.push(`1 0 0 -1 ${pdfNumber(cursor)} ${pdfNumber(y)} Tm`);
    });
    return out.join('\n');
  }

  private shape(piece: string): Shape {
    let shape = this.shapes.get(piece);
    if (shape === undefined) {
      shape = this.composed(piece) ?? this.shaped(piece);
      this.shapes.set(piece, shape);
    }
    return shape;
  }

  private shaped(text: string): Shape {
    const [hex, positions] = this.font.encode(text);
    return shapeOf(
      hex.map((id) => parseInt(id, 16)),
      positions,
    );
  }

  /**
   * A piece with digits, put together from its digits and the text between them, shaped apart:
   * numbers are most of the distinct words of a long report (ids, counts, dates), and shaping each
   * whole costs far more than looking its parts up. Only where every join is shown to shape as its
   * two sides apart (no kerning, ligature or mark across it); else null, and the piece is shaped whole.
   */
  private composed(piece: string): Shape | null {
    const parts = piece.match(DIGIT_PARTS);
    if (parts === null || parts.length < 2) return null;
    for (let index = 1; index < parts.length; index += 1) {
      const before = parts[index - 1] ?? '';
      if (!this.independent(before.charAt(before.length - 1), parts[index]?.charAt(0) ?? '')) return null;
    }
    const shapes = parts.map((part) => this.shape(part));
    return shapeOf(
      shapes.flatMap((shape) => shape.glyphs),
      shapes.flatMap((shape) => shape.positions),
    );
  }

  /** Whether two characters side by side shape as each alone. */
  private independent(left: string, right: string): boolean {
    if (isSurrogate(left) || isSurrogate(right)) return false;
    const pair = left + right;
    let result = this.joins.get(pair);
    if (result === undefined) {
      const whole = this.shaped(pair);
      const apart = [this.shaped(left), this.shaped(right)];
      const glyphs = apart.flatMap((shape) => shape.glyphs);
      const positions = apart.flatMap((shape) => shape.positions);
      result =
        whole.glyphs.length === glyphs.length &&
        whole.glyphs.every((glyph, index) => glyph === glyphs[index]) &&
        whole.positions.every((position, index) => samePlace(position, positions[index]));
      this.joins.set(pair, result);
    }
    return result;
  }
}

/** Each ASCII digit on its own, and the runs of other characters between them. */
const DIGIT_PARTS = /[0-9]|[^0-9]+/g;

function isSurrogate(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff;
}

function samePlace(a: GlyphPosition, b: GlyphPosition | undefined): boolean {
  return b !== undefined && a.xAdvance === b.xAdvance && a.xOffset === b.xOffset && a.yOffset === b.yOffset && a.advanceWidth === b.advanceWidth;
}

function shapeOf(glyphs: number[], positions: GlyphPosition[]): Shape {
  const unit = positions.reduce((total, position) => total + position.xAdvance, 0) / 1000;
  const operands = positions.some((position) => position.xOffset || position.yOffset) ? null : kerned(glyphs, positions, 0, positions.length);
  return { unit, operands, glyphs, positions };
}

/** Glyphs from..to as TJ elements, with pdfkit's adjustment wherever the shaped advance differs from the glyph's own. */
function kerned(glyphs: readonly number[], positions: readonly GlyphPosition[], from: number, to: number): string {
  let out = '';
  let last = from;
  for (let index = from; index < to; index += 1) {
    const position = positions[index];
    if (position && position.xAdvance !== position.advanceWidth) {
      out += `${literal(glyphs, last, index + 1)}${pdfNumber(position.advanceWidth - position.xAdvance)}`;
      last = index + 1;
    }
  }
  return last < to ? out + literal(glyphs, last, to) : out;
}

/** The shapes belong to the document: its fonts' subsets number the glyphs. */
const byDocument = new WeakMap<PDFKit.PDFDocument, Map<string, FontShapes>>();

export function fontShapes(doc: PDFKit.PDFDocument, file: string): FontShapes {
  let fonts = byDocument.get(doc);
  if (fonts === undefined) {
    fonts = new Map();
    byDocument.set(doc, fonts);
  }
  let shapes = fonts.get(file);
  if (shapes === undefined) {
    shapes = new FontShapes((doc.font(file) as unknown as PdfkitInternals)._font);
    fonts.set(file, shapes);
  }
  return shapes;
}
