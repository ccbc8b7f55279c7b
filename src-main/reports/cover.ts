import type { ReportDocument } from '../domain/notice/document';
import type { Context } from './frame';
import { drawTable, fieldsTable } from './tables';
import { COLOR, CONTENT, lineHeight, PAGE, TYPE, type TextStyle } from './theme';

const BAND_HEIGHT = 10;
const TITLE_TOP = 190;

/** The cover: organisation, title, subtitle, then when it was generated and the report's options. */
export async function drawCover(ctx: Context, report: ReportDocument): Promise<void> {
  const { frame, pen, type } = ctx;
  frame.addPage();
  pen?.doc.rect(0, 0, PAGE.width, BAND_HEIGHT).fill(COLOR.accent);
  let y = TITLE_TOP;
  const block = (text: string, style: TextStyle, bold: boolean, color: string, after: number): void => {
    if (!text) return;
    const lines = type.wrap([{ text, style: bold ? 'bold' : 'regular' }], style, CONTENT.width);
    pen?.lines(lines, CONTENT.left, y, style, { color });
    y += lines.length * lineHeight(style) + after;
  };
  block(report.organisation, TYPE.coverSubtitle, false, COLOR.muted, 14);
  block(report.title, TYPE.coverTitle, true, COLOR.accent, 10);
  block(report.subtitle, TYPE.coverSubtitle, false, COLOR.text, 0);
  y += 20;
  pen?.doc.rect(CONTENT.left, y, 56, 2.5).fill(COLOR.accent);
  frame.y = y + 40;
  await drawTable(ctx, fieldsTable([{ label: 'Generated', value: report.generatedAt }, ...report.cover], TYPE.body));
}
