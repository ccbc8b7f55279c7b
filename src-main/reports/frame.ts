import type { Pacer } from './pace';
import type { Pen, Typesetter } from './text';
import { COLOR, CONTENT, RUNNING, TYPE } from './theme';

/**
 * The vertical cursor of the flowing body: which page, and how far down it. It only counts
 * pages; whoever made it is told of each new page (the drawing pass adds it to the PDF).
 */
export class PageFrame {
  y: number = CONTENT.top;
  /** Index of the current page among all pages (0 is the cover). */
  pageIndex = -1;

  constructor(private readonly startPage: (index: number) => void = () => {}) {}

  addPage(): void {
    this.pageIndex += 1;
    this.y = CONTENT.top;
    this.startPage(this.pageIndex);
  }

  get room(): number {
    return CONTENT.bottom - this.y;
  }

  get atTop(): boolean {
    return this.y <= CONTENT.top;
  }

  /** Moves to a new page unless height fits below the cursor; on an empty page it stays (a new one would not help). */
  ensure(height: number): void {
    if (height > this.room && !this.atTop) this.addPage();
  }
}

/**
 * Everything a block renderer needs. The report is laid out twice by the same code: first
 * without a pen, to learn where the pages break, then with one, to draw.
 */
export interface Context {
  frame: PageFrame;
  type: Typesetter;
  pace: Pacer;
  /** Null in the first pass, which only paginates. */
  pen: Pen | null;
}

export interface Running {
  /** Top left of every page but the cover: organisation · report title. */
  header: string;
  /** Bottom left: when the report was generated. */
  footer: string;
}

/** Header and footer of one page, drawn as the page starts: the first pass gave the page count. */
export function paintRunning(pen: Pen, type: Typesetter, running: Running, index: number, count: number): void {
  const style = TYPE.running;
  const header = type.fit(running.header, 'regular', style, CONTENT.width);
  pen.line(header, CONTENT.left, RUNNING.headerTop, style, { color: COLOR.muted });
  pen.rule(CONTENT.left, CONTENT.right, RUNNING.headerRule, 0.5, COLOR.rule);
  pen.rule(CONTENT.left, CONTENT.right, RUNNING.footerRule, 0.5, COLOR.rule);
  const pageText = type.fit(`Page ${index + 1} of ${count}`, 'regular', style, CONTENT.width / 3);
  const footer = type.fit(running.footer, 'regular', style, CONTENT.width - pageText.width - 24);
  pen.line(footer, CONTENT.left, RUNNING.footerTop, style, { color: COLOR.muted });
  pen.line(pageText, CONTENT.left, RUNNING.footerTop, style, { color: COLOR.muted, align: 'right', width: CONTENT.width });
}
