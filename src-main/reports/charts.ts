import type { Chart } from '../domain/notice/document';
import type { Context } from './frame';
import type { Line, Pen, Typesetter } from './text';
import { niceScale } from './scale';
import { COLOR, CONTENT, lineHeight, SERIES_COLORS, TYPE } from './theme';

const TITLE = TYPE.subheading;
const LABEL = TYPE.small;
const PLOT_HEIGHT = 150;
const EMPTY_HEIGHT = 56;
const SWATCH = 8;
const LEGEND_GAP = 14;
/** Category labels longer than this are cut with an ellipsis rather than thinned out to nothing. */
const MAX_LABEL_WIDTH = 90;
/** Beyond this many points the markers would merge into a smear; the line alone reads better. */
const MAX_MARKERS = 40;
const SPACE_AFTER = 14;

const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

interface LegendItem {
  x: number;
  row: number;
  line: Line;
  color: string;
}

function color(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? COLOR.accent;
}

function value(values: number[], index: number): number | null {
  const entry = values[index];
  return entry !== undefined && Number.isFinite(entry) ? entry : null;
}

function finiteValues(chart: Chart): number[] {
  return chart.series.flatMap((series) => chart.categories.map((_, index) => value(series.values, index)).filter((entry) => entry !== null));
}

/** A single series needs no legend: the chart's title names it. */
function legend(type: Typesetter, chart: Chart): { items: LegendItem[]; rows: number } {
  if (chart.series.length < 2) return { items: [], rows: 0 };
  const items: LegendItem[] = [];
  let x = 0;
  let row = 0;
  chart.series.forEach((series, index) => {
    const line = type.fit(series.name, 'regular', LABEL, CONTENT.width - SWATCH - 4);
    const width = SWATCH + 4 + line.width;
    if (x > 0 && x + width > CONTENT.width) {
      row += 1;
      x = 0;
    }
    items.push({ x, row, line, color: color(index) });
    x += width + LEGEND_GAP;
  });
  return { items, rows: row + 1 };
}

const titleHeight = lineHeight(TITLE) + 4;
const legendRowHeight = lineHeight(LABEL) + 2;
const labelHeight = lineHeight(LABEL) + 4;

/** The chart's whole height: it is never split across pages, so this must fit before it starts. */
export function chartHeight(ctx: Context, chart: Chart): number {
  if (finiteValues(chart).length === 0) return titleHeight + EMPTY_HEIGHT;
  const rows = legend(ctx.type, chart).rows;
  return titleHeight + (rows > 0 ? rows * legendRowHeight + 6 : 0) + 6 + PLOT_HEIGHT + labelHeight;
}

/** A chart where the cursor is, or on the next page if it does not fit there: charts are never split. */
export function drawChart(ctx: Context, chart: Chart): void {
  const { frame, pen } = ctx;
  const height = chartHeight(ctx, chart);
  frame.ensure(height);
  if (pen) paintChart(pen, ctx.type, chart, frame.y);
  frame.y += height + SPACE_AFTER;
}

/** Bar (stacked) and line charts as vector paths from top down, with a value axis on round ticks and a legend. */
function paintChart(pen: Pen, type: Typesetter, chart: Chart, top: number): void {
  const { doc } = pen;
  let y = top;
  pen.line(type.fit(chart.title, 'bold', TITLE, CONTENT.width), CONTENT.left, y, TITLE, { color: COLOR.text });
  y += titleHeight;

  const values = finiteValues(chart);
  if (values.length === 0) {
    doc.lineWidth(0.5).strokeColor(COLOR.rule).rect(CONTENT.left, y, CONTENT.width, EMPTY_HEIGHT).stroke();
    const note = type.fit('No data to chart.', 'italic', LABEL, CONTENT.width);
    pen.line(note, CONTENT.left, y + (EMPTY_HEIGHT - lineHeight(LABEL)) / 2, LABEL, { color: COLOR.muted, align: 'center', width: CONTENT.width });
    return;
  }

  const { items, rows } = legend(type, chart);
  for (const item of items) {
    const itemTop = y + item.row * legendRowHeight;
    doc.rect(CONTENT.left + item.x, itemTop + (legendRowHeight - SWATCH) / 2 - 1, SWATCH, SWATCH).fill(item.color);
    pen.line(item.line, CONTENT.left + item.x + SWATCH + 4, itemTop, LABEL, { color: COLOR.text });
  }
  if (rows > 0) y += rows * legendRowHeight + 6;
  y += 6;

  const integers = values.every((entry) => Number.isInteger(entry));
  const scale = chart.type === 'bar' ? niceScale(...stackedRange(chart), integers) : niceScale(Math.min(...values), Math.max(...values), integers);
  const tickLines = scale.ticks.map((tick) => type.fit(numbers.format(tick), 'regular', LABEL, CONTENT.width / 4));
  const axisWidth = Math.max(...tickLines.map((line) => line.width));
  const plot = { left: CONTENT.left + axisWidth + 6, right: CONTENT.right, top: y, bottom: y + PLOT_HEIGHT };
  const toY = (entry: number): number => plot.bottom - ((entry - scale.min) / (scale.max - scale.min)) * PLOT_HEIGHT;

  scale.ticks.forEach((tick, index) => {
    const at = toY(tick);
    doc.lineWidth(tick === 0 ? 0.8 : 0.4).strokeColor(tick === 0 ? COLOR.ruleStrong : COLOR.rule);
    doc.moveTo(plot.left, at).lineTo(plot.right, at).stroke();
    const line = tickLines[index];
    if (line) pen.line(line, CONTENT.left, at - lineHeight(LABEL) / 2, LABEL, { color: COLOR.muted, align: 'right', width: axisWidth });
  });

  const band = (plot.right - plot.left) / chart.categories.length;
  const centre = (index: number): number => plot.left + band * (index + 0.5);
  if (chart.type === 'bar') drawBars(doc, chart, band, centre, toY);
  else drawLines(doc, chart, band, centre, toY);
  if (values.every((entry) => entry === 0)) {
    const note = type.fit('All values are zero.', 'italic', LABEL, plot.right - plot.left);
    pen.line(note, plot.left, plot.top + PLOT_HEIGHT / 2 - lineHeight(LABEL), LABEL, { color: COLOR.muted, align: 'center', width: plot.right - plot.left });
  }
  drawCategoryLabels(pen, type, chart, band, centre, plot.bottom + 3);
}

/** The lowest and highest stack: positive values stack upwards from zero, negative ones downwards. */
function stackedRange(chart: Chart): [number, number] {
  let low = 0;
  let high = 0;
  chart.categories.forEach((_, index) => {
    let up = 0;
    let down = 0;
    for (const series of chart.series) {
      const entry = value(series.values, index) ?? 0;
      if (entry >= 0) up += entry;
      else down += entry;
    }
    high = Math.max(high, up);
    low = Math.min(low, down);
  });
  return [low, high];
}

type Centre = (index: number) => number;
type ToY = (entry: number) => number;

function drawBars(doc: PDFKit.PDFDocument, chart: Chart, band: number, centre: Centre, toY: ToY): void {
  const width = Math.min(band * 0.64, 42);
  chart.categories.forEach((_, index) => {
    let up = 0;
    let down = 0;
    chart.series.forEach((series, seriesIndex) => {
      const entry = value(series.values, index) ?? 0;
      if (entry === 0) return;
      const from = entry > 0 ? up : down;
      const to = from + entry;
      if (entry > 0) up = to;
      else down = to;
      const top = Math.min(toY(from), toY(to));
      doc.rect(centre(index) - width / 2, top, width, Math.abs(toY(to) - toY(from))).fill(color(seriesIndex));
    });
  });
}

function drawLines(doc: PDFKit.PDFDocument, chart: Chart, band: number, centre: Centre, toY: ToY): void {
  const markers = chart.categories.length <= MAX_MARKERS;
  const radius = Math.min(2.2, band / 4);
  chart.series.forEach((series, seriesIndex) => {
    const points = chart.categories.map((_, index) => {
      const entry = value(series.values, index);
      return entry === null ? null : { x: centre(index), y: toY(entry) };
    });
    doc.lineWidth(1.6).lineJoin('round').lineCap('round').strokeColor(color(seriesIndex));
    // A missing value breaks the line instead of pretending it was zero.
    let drawing = false;
    for (const point of points) {
      if (!point) drawing = false;
      else if (drawing) doc.lineTo(point.x, point.y);
      else {
        doc.moveTo(point.x, point.y);
        drawing = true;
      }
    }
    doc.stroke();
    if (markers) for (const point of points) if (point) doc.circle(point.x, point.y, radius).fill(color(seriesIndex));
  });
}

/** Every k-th label, k chosen so that labels do not overlap; each one cut to the room it gets. */
function drawCategoryLabels(pen: Pen, type: Typesetter, chart: Chart, band: number, centre: Centre, top: number): void {
  const widest = Math.max(...chart.categories.map((label) => type.fit(label, 'regular', LABEL, MAX_LABEL_WIDTH).width));
  const every = Math.max(1, Math.ceil((widest + 6) / band));
  chart.categories.forEach((label, index) => {
    if (index % every !== 0) return;
    const room = every * band - 4;
    const line = type.fit(label, 'regular', LABEL, room);
    pen.line(line, centre(index) - room / 2, top, LABEL, { color: COLOR.muted, align: 'center', width: room });
  });
}
