import PDFDocument from 'pdfkit';
import type { ReportDocument } from '../domain/notice/document';
import { drawBlock, drawHeading, drawMissing } from './blocks';
import { destination, drawContents, planContents } from './contents';
import { drawCover } from './cover';
import { fontFiles, resolveFontsDir } from './fonts';
import { type Context, PageFrame, paintRunning, type Running } from './frame';
import { documentInfo } from './metadata';
import { Pacer } from './pace';
import { Pen, Typesetter } from './text';
import { MARGIN } from './theme';

export interface RenderOptions {
  /**
   * Called after each section heading and each block, in each of the two layout passes, and once
   * more when the file is complete (done === total).
   */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects the render with an Error named 'AbortError'. */
  signal?: AbortSignal;
  /**
   * The folder holding the Noto fonts. By default resources/fonts of the app, found from this
   * module (source or out/main) or the working directory; a packaged app passes its resources path.
   */
  fontsDir?: string;
}

export const EMPTY_REPORT_NOTE = 'This report has no content: the workspace holds nothing for it yet.';

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Lays out every section; returns the page index each section's heading landed on. */
async function drawBody(ctx: Context, report: ReportDocument, progress: () => void): Promise<number[]> {
  const { frame, pace, pen } = ctx;
  frame.addPage();
  if (report.sections.length === 0) {
    drawMissing(ctx, EMPTY_REPORT_NOTE);
    return [];
  }
  const pages: number[] = [];
  let chapter: PDFKit.PDFOutline | null = null;
  for (const [index, section] of report.sections.entries()) {
    await pace.tick();
    const top = drawHeading(ctx, section);
    pages.push(frame.pageIndex);
    if (pen) {
      pen.doc.addNamedDestination(destination(index), 'XYZ', null, top, null);
      const bookmark: PDFKit.PDFOutline = (section.level === 2 && chapter ? chapter : pen.doc.outline).addItem(section.title);
      if (section.level === 1) chapter = bookmark;
    }
    progress();
    for (const [blockIndex, block] of section.blocks.entries()) {
      await pace.tick();
      await drawBlock(ctx, block, section.blocks[blockIndex + 1]);
      progress();
    }
  }
  return pages;
}

/** Where a pass put the pages: how many there are, and the page of each section's heading. */
interface Pagination {
  pages: number;
  sectionPages: number[];
}

/** One pass over the whole report: cover, contents (numbered from sectionPages when drawn), then the body. */
async function layOut(ctx: Context, report: ReportDocument, sectionPages: readonly number[], progress: () => void): Promise<Pagination> {
  await drawCover(ctx, report);
  if (report.sections.length > 0) drawContents(ctx, planContents(ctx, report.sections), sectionPages);
  const pages = await drawBody(ctx, report, progress);
  return { pages: ctx.frame.pageIndex + 1, sectionPages: pages };
}

/**
 * Renders a report document to a PDF: cover, contents, then the sections, with a running header
 * and footer on every page but the cover. The same document (same generatedInstant) always gives
 * the same bytes.
 *
 * The report is laid out twice by the same code, so that the pages stream out with bounded
 * memory: the first pass draws nothing and learns the page count and where each heading lands;
 * the second draws each page complete (footer "Page X of Y", contents with their numbers), and
 * pdfkit writes a page out as soon as the next one starts. The typesetter keeps what the first
 * pass measured and wrapped, so the second finds every line already broken.
 */
export async function renderReport(report: ReportDocument, options: RenderOptions = {}): Promise<Buffer> {
  const pace = new Pacer(options.signal);
  pace.check();
  const files = fontFiles(resolveFontsDir(options.fontsDir));
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    autoFirstPage: false,
    // Our own default font, so that pdfkit never loads (and writes out) Helvetica.
    font: files['latin-regular'],
    info: documentInfo(report),
    lang: 'en',
    displayTitle: true,
    pdfVersion: '1.7',
    // The kit shapes each piece of text once itself (shapes.ts); pdfkit's own cache would hold every piece a second time.
    fontLayoutCache: false,
  });
  const bytes = collect(doc);
  const type = new Typesetter(doc, files);
  // Each pass reports every heading and block; the last step is the finished file.
  const total = 2 * report.sections.reduce((sum, section) => sum + 1 + section.blocks.length, 0) + 1;
  let done = 0;
  const progress = (): void => {
    done += 1;
    options.onProgress?.(done, total);
  };

  const measured = await layOut({ frame: new PageFrame(), type, pace, pen: null }, report, [], progress);
  const pen = new Pen(doc, files);
  const running: Running = { header: `${report.organisation} · ${report.title}`, footer: `Generated ${report.generatedAt}` };
  const frame = new PageFrame((index) => {
    doc.addPage();
    if (index > 0) paintRunning(pen, type, running, index, measured.pages);
  });
  const drawn = await layOut({ frame, type, pace, pen }, report, measured.sectionPages, progress);
  if (drawn.pages !== measured.pages || drawn.sectionPages.some((page, index) => page !== measured.sectionPages[index])) {
    throw new Error('The two layout passes of the report disagree on its pages.');
  }
  pace.check();
  doc.end();
  const pdf = await bytes;
  progress();
  return pdf;
}
