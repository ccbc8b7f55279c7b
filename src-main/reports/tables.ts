import type { Column } from '../domain/notice/document';
import type { Style } from './fonts';
import type { Context } from './frame';
import type { Line, Pen } from './text';
import { COLOR, CONTENT, lineHeight, TYPE, type TextStyle } from './theme';

const PAD_X = 5;
const PAD_Y = 3.5;
/** Rows laid out between two looks at the abort signal. */
const ROWS_PER_CHECK = 200;
const SPACE_AFTER = 12;

export interface TableSpec {
  columns: Pick<Column, 'width' | 'align'>[];
  header: string[] | null;
  rows: string[][];
  /** Fields print their labels in bold. */
  boldFirstColumn: boolean;
  /** Zebra stripes for tables; fields get a rule under each row instead. */
  zebra: boolean;
  style: TextStyle;
}

/** Label and value pairs as a borderless two-column table, labels in bold. */
export function fieldsTable(rows: { label: string; value: string }[], style: TextStyle = TYPE.table): TableSpec {
  return { columns: [{ width: 1 }, { width: 2.4 }], header: null, rows: rows.map((row) => [row.label, row.value]), boldFirstColumn: true, zebra: false, style };
}

interface RowLayout {
  cells: (readonly Line[])[];
  lines: number;
}

function columnWidths(columns: TableSpec['columns']): number[] {
  const weights = columns.map((column) => (column.width > 0 ? column.width : 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => (CONTENT.width * weight) / total);
}

function layoutRow(ctx: Context, spec: TableSpec, widths: number[], cells: string[], header: boolean): RowLayout {
  const laidOut = widths.map((width, index) => {
    const fontStyle: Style = header || (spec.boldFirstColumn && index === 0) ? 'bold' : 'regular';
    return ctx.type.wrap([{ text: cells[index] ?? '', style: fontStyle }], spec.style, width - 2 * PAD_X);
  });
  return { cells: laidOut, lines: Math.max(1, ...laidOut.map((lines) => lines.length)) };
}

function rowHeight(spec: TableSpec, lines: number): number {
  return lines * lineHeight(spec.style) + 2 * PAD_Y;
}

/** Header plus first row (capped at a page): what must fit before the table, or a heading above it, may start. */
export function tableLead(ctx: Context, spec: TableSpec): number {
  const widths = columnWidths(spec.columns);
  const header = spec.header ? rowHeight(spec, layoutRow(ctx, spec, widths, spec.header, true).lines) : 0;
  const first = spec.rows[0] ? rowHeight(spec, layoutRow(ctx, spec, widths, spec.rows[0], false).lines) : rowHeight(spec, 1);
  return Math.min(header + first, CONTENT.bottom - CONTENT.top);
}

/**
 * Draws a table that flows across pages: the header repeats at the top of every page it
 * reaches, a row that does not fit moves to the next page, and a row taller than a whole page
 * is cut between lines and continues under the repeated header.
 */
export async function drawTable(ctx: Context, spec: TableSpec): Promise<void> {
  const { frame, pen, type } = ctx;
  const { style } = spec;
  const step = lineHeight(style);
  const widths = columnWidths(spec.columns);
  const lefts = widths.map((_, index) => CONTENT.left + widths.slice(0, index).reduce((sum, width) => sum + width, 0));
  const header = spec.header ? layoutRow(ctx, spec, widths, spec.header, true) : null;
  const headerHeight = header ? rowHeight(spec, header.lines) : 0;

  const drawCells = (pen: Pen, row: RowLayout, from: number, count: number, color: string): void => {
    const cells = row.cells.map((lines, index) => ({
      lines: from === 0 && count >= lines.length ? lines : lines.slice(from, from + count),
      x: (lefts[index] ?? 0) + PAD_X,
      options: { align: spec.columns[index]?.align ?? 'left', width: (widths[index] ?? 0) - 2 * PAD_X },
    }));
    pen.text(cells, frame.y + PAD_Y, style, color);
  };
  const rule = (pen: Pen, y: number, color: string, width: number): void => pen.rule(CONTENT.left, CONTENT.right, y, width, color);
  const drawHeader = (): void => {
    if (!header) return;
    if (pen) {
      pen.box(CONTENT.left, frame.y, CONTENT.width, headerHeight, COLOR.headerFill);
      drawCells(pen, header, 0, header.lines, COLOR.accent);
      rule(pen, frame.y + headerHeight, COLOR.ruleStrong, 0.8);
    }
    frame.y += headerHeight;
  };
  const nextPage = (): void => {
    frame.addPage();
    drawHeader();
  };

  frame.ensure(tableLead(ctx, spec));
  drawHeader();
  const freshPageTop = CONTENT.top + headerHeight;
  if (spec.rows.length === 0) {
    pen?.line(type.fit('No entries.', 'italic', style, CONTENT.width - 2 * PAD_X), CONTENT.left + PAD_X, frame.y + PAD_Y, style, { color: COLOR.muted });
    frame.y += rowHeight(spec, 1);
  }
  for (const [rowIndex, cells] of spec.rows.entries()) {
    if (rowIndex % ROWS_PER_CHECK === 0) await ctx.pace.tick();
    const row = layoutRow(ctx, spec, widths, cells, false);
    const height = rowHeight(spec, row.lines);
    if (height > frame.room && height <= CONTENT.bottom - freshPageTop) nextPage();
    for (let from = 0; from < row.lines; ) {
      // At least one line on a fresh page, so an absurdly tall header cannot loop forever.
      const fit = Math.max(frame.y <= freshPageTop ? 1 : 0, Math.floor((frame.room - 2 * PAD_Y) / step));
      if (fit < 1) {
        nextPage();
        continue;
      }
      const count = Math.min(fit, row.lines - from);
      const sliceHeight = rowHeight(spec, count);
      if (pen) {
        if (spec.zebra && rowIndex % 2 === 1) pen.box(CONTENT.left, frame.y, CONTENT.width, sliceHeight, COLOR.zebra);
        drawCells(pen, row, from, count, COLOR.text);
        if (!spec.zebra) rule(pen, frame.y + sliceHeight, COLOR.rule, 0.5);
      }
      frame.y += sliceHeight;
      from += count;
      if (from < row.lines) nextPage();
    }
  }
  if (pen && spec.zebra) rule(pen, frame.y, COLOR.ruleStrong, 0.8);
  frame.y += SPACE_AFTER;
}
