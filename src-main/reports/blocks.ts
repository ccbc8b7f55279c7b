import type { Block, Section } from '../domain/notice/document';
import { chartHeight, drawChart } from './charts';
import type { Context } from './frame';
import type { Line, Pen, Span } from './text';
import { drawTable, fieldsTable, tableLead, type TableSpec } from './tables';
import { COLOR, CONTENT, lineHeight, TYPE, type TextStyle } from './theme';

const BODY = TYPE.body;
const BULLET_INDENT = 14;
const MISSING = { padY: 6, bar: 3.5, inset: 12 } as const;

function tableSpec(block: Extract<Block, { kind: 'table' | 'fields' }>): TableSpec {
  return block.kind === 'table'
    ? { columns: block.columns, header: block.columns.map((column) => column.header), rows: block.rows, boldFirstColumn: false, zebra: true, style: TYPE.table }
    : fieldsTable(block.rows);
}

/** Lines flowing down the page and on to the next; never a single line left alone at a page bottom. */
function flow(ctx: Context, lines: readonly Line[], x: number, style: TextStyle, color: string): void {
  const step = lineHeight(style);
  ctx.frame.ensure(Math.min(2, lines.length) * step);
  for (const line of lines) {
    ctx.frame.ensure(step);
    ctx.pen?.line(line, x, ctx.frame.y, style, { color });
    ctx.frame.y += step;
  }
}

function missingLines(ctx: Context, text: string): readonly Line[] {
  const spans: Span[] = [{ text: 'Missing: ', style: 'bold' }, { text }];
  return ctx.type.wrap(spans, BODY, CONTENT.width - MISSING.inset - MISSING.padY);
}

/** An amber-barred note; long notes continue on the next page with the bar. */
export function drawMissing(ctx: Context, text: string): void {
  const { frame, pen } = ctx;
  const lines = missingLines(ctx, text);
  const step = lineHeight(BODY);
  frame.ensure(Math.min(2, lines.length) * step + 2 * MISSING.padY);
  for (let from = 0; from < lines.length; ) {
    const fit = Math.max(frame.atTop ? 1 : 0, Math.floor((frame.room - 2 * MISSING.padY) / step));
    if (fit < 1) {
      frame.addPage();
      continue;
    }
    const slice = lines.slice(from, from + fit);
    const height = slice.length * step + 2 * MISSING.padY;
    if (pen) {
      pen.box(CONTENT.left, frame.y, CONTENT.width, height, COLOR.missingFill);
      pen.box(CONTENT.left, frame.y, MISSING.bar, height, COLOR.missingBar);
      pen.lines(slice, CONTENT.left + MISSING.inset, frame.y + MISSING.padY, BODY, { color: COLOR.missingText });
    }
    frame.y += height;
    from += slice.length;
    if (from < lines.length) frame.addPage();
  }
  frame.y += 10;
}

/** How much of a block must fit under a heading for the heading not to stand alone at a page bottom. */
function leadHeight(ctx: Context, block: Block | undefined): number {
  const body = lineHeight(BODY);
  switch (block?.kind) {
    case undefined:
      return 0;
    case 'paragraph':
    case 'list':
      return 2 * body;
    case 'subheading':
      return lineHeight(TYPE.subheading) + 2 * body;
    case 'missing':
      return Math.min(2, missingLines(ctx, block.text).length) * body + 2 * MISSING.padY;
    case 'fields':
    case 'table':
      return tableLead(ctx, tableSpec(block));
    case 'chart':
      return chartHeight(ctx, block.chart);
  }
}

export function headingLines(ctx: Context, title: string, level: 1 | 2): readonly Line[] {
  return ctx.type.wrap([{ text: title, style: 'bold' }], level === 1 ? TYPE.h1 : TYPE.h2, CONTENT.width);
}

/** A heading's height with the space under it (and level 1's rule). */
export function headingHeight(lines: readonly Line[], level: 1 | 2): number {
  return lines.length * lineHeight(level === 1 ? TYPE.h1 : TYPE.h2) + (level === 1 ? 16 : 6);
}

/** Draws a heading with its top at y; the contents page uses it for its own title. */
export function drawHeadingAt(pen: Pen, lines: readonly Line[], level: 1 | 2, y: number): void {
  const style = level === 1 ? TYPE.h1 : TYPE.h2;
  pen.lines(lines, CONTENT.left, y, style, { color: COLOR.accent });
  if (level === 1) {
    const ruleY = y + lines.length * lineHeight(style) + 4;
    pen.rule(CONTENT.left, CONTENT.right, ruleY, 1.2, COLOR.accent);
  }
}

/**
 * Level 1 opens a page; level 2 follows the text, kept with the start of its first block.
 * Returns the top of the heading, where the contents link and the bookmark point.
 */
export function drawHeading(ctx: Context, section: Section): number {
  const { frame } = ctx;
  const lines = headingLines(ctx, section.title, section.level);
  const height = headingHeight(lines, section.level);
  if (section.level === 1) {
    if (!frame.atTop) frame.addPage();
  } else {
    if (!frame.atTop) frame.y += 10;
    frame.ensure(height + Math.min(leadHeight(ctx, section.blocks[0]), CONTENT.bottom - CONTENT.top - height));
  }
  const top = frame.y;
  if (ctx.pen) drawHeadingAt(ctx.pen, lines, section.level, top);
  frame.y += height;
  return top;
}

export async function drawBlock(ctx: Context, block: Block, next: Block | undefined): Promise<void> {
  const { frame, pen, type } = ctx;
  switch (block.kind) {
    case 'paragraph':
      flow(ctx, type.wrap([{ text: block.text }], BODY, CONTENT.width), CONTENT.left, BODY, COLOR.text);
      frame.y += 6;
      return;
    case 'subheading': {
      const style = TYPE.subheading;
      const lines = type.wrap([{ text: block.text, style: 'bold' }], style, CONTENT.width);
      if (!frame.atTop) frame.y += 6;
      frame.ensure(lines.length * lineHeight(style) + leadHeight(ctx, next));
      flow(ctx, lines, CONTENT.left, style, COLOR.text);
      frame.y += 3;
      return;
    }
    case 'list':
      for (const item of block.items) {
        const lines = type.wrap([{ text: item }], BODY, CONTENT.width - BULLET_INDENT);
        frame.ensure(Math.min(2, lines.length) * lineHeight(BODY));
        pen?.line(type.fit('•', 'regular', BODY, BULLET_INDENT), CONTENT.left + 3, frame.y, BODY, { color: COLOR.accent });
        flow(ctx, lines, CONTENT.left + BULLET_INDENT, BODY, COLOR.text);
        frame.y += 2;
      }
      frame.y += 4;
      return;
    case 'fields':
    case 'table':
      await drawTable(ctx, tableSpec(block));
      return;
    case 'chart':
      drawChart(ctx, block.chart);
      return;
    case 'missing':
      drawMissing(ctx, block.text);
      return;
  }
}
