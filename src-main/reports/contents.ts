import type { Section } from '../domain/notice/document';
import { drawHeadingAt, headingHeight, headingLines } from './blocks';
import type { Context } from './frame';
import type { Line, Pen, Typesetter } from './text';
import { baselineOffset, COLOR, CONTENT, lineHeight, type TextStyle } from './theme';

const NUMBER_COLUMN = 40;
const LEVEL_2_INDENT = 16;
const LEADER_GAP = 5;
const TITLE = 'Contents';
const STYLE: Record<1 | 2, TextStyle> = { 1: { size: 10, leading: 1.45 }, 2: { size: 9.5, leading: 1.4 } };

interface Entry {
  /** The section's index, which also names its destination. */
  section: number;
  level: 1 | 2;
  /** Page within the contents (0 is its first page) and top of the entry there. */
  page: number;
  y: number;
  lines: readonly Line[];
}

export interface ContentsPlan {
  pages: number;
  entries: Entry[];
}

export function destination(section: number): string {
  return `section-${section}`;
}

/**
 * Lays the contents out before the body exists: entries wrap the same whatever their page
 * numbers (the number column has a fixed width), so the pages it needs are known up front.
 */
export function planContents(ctx: Context, sections: Section[]): ContentsPlan {
  const entries: Entry[] = [];
  const firstTop = CONTENT.top + headingHeight(headingLines(ctx, TITLE, 1), 1);
  let page = 0;
  let pageTop = firstTop;
  let y = firstTop;
  sections.forEach((section, index) => {
    const style = STYLE[section.level];
    const indent = section.level === 1 ? 0 : LEVEL_2_INDENT;
    const lines = ctx.type.wrap([{ text: section.title, style: section.level === 1 ? 'bold' : 'regular' }], style, CONTENT.width - NUMBER_COLUMN - indent);
    const height = lines.length * lineHeight(style);
    const before = section.level === 1 && y > pageTop ? 6 : 0;
    if (y + before + height > CONTENT.bottom) {
      page += 1;
      pageTop = CONTENT.top;
      y = pageTop;
    } else {
      y += before;
    }
    entries.push({ section: index, level: section.level, page, y, lines });
    y += height;
  });
  return { pages: page + 1, entries };
}

/**
 * The contents pages, each entry linking to its section. The first pass only counts the pages
 * (no numbers yet); the second draws the entries with the page each heading landed on then.
 */
export function drawContents(ctx: Context, plan: ContentsPlan, sectionPages: readonly number[]): void {
  const { frame, pen, type } = ctx;
  for (let page = 0; page < plan.pages; page += 1) {
    frame.addPage();
    if (!pen) continue;
    if (page === 0) drawHeadingAt(pen, headingLines(ctx, TITLE, 1), 1, CONTENT.top);
    for (const entry of plan.entries) if (entry.page === page) drawEntry(pen, type, entry, sectionPages[entry.section] ?? 0);
  }
}

function drawEntry(pen: Pen, type: Typesetter, entry: Entry, sectionPage: number): void {
  const { doc } = pen;
  const style = STYLE[entry.level];
  const step = lineHeight(style);
  const x = CONTENT.left + (entry.level === 1 ? 0 : LEVEL_2_INDENT);
  const color = entry.level === 1 ? COLOR.text : COLOR.muted;
  pen.lines(entry.lines, x, entry.y, style, { color });
  const lastTop = entry.y + (entry.lines.length - 1) * step;
  const number = type.fit(String(sectionPage + 1), entry.level === 1 ? 'bold' : 'regular', style, NUMBER_COLUMN);
  pen.line(number, CONTENT.right - NUMBER_COLUMN, lastTop, style, { color, align: 'right', width: NUMBER_COLUMN });
  const leaderFrom = x + (entry.lines.at(-1)?.width ?? 0) + LEADER_GAP;
  const leaderTo = CONTENT.right - number.width - LEADER_GAP;
  if (leaderTo > leaderFrom) {
    // A dash of almost no length with round caps prints as dots: one path per entry, not a glyph per dot.
    pen.rule(leaderFrom, leaderTo, lastTop + baselineOffset(style), 0.9, COLOR.ruleStrong, { dots: 3.2 });
  }
  doc.goTo(CONTENT.left, entry.y, CONTENT.width, entry.lines.length * step, destination(entry.section));
}
