import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../domain/notice/document';
import { EMPTY_REPORT_NOTE, renderReport } from './render';
import { ACTIVITY_HEADER, DEVANAGARI_NAME, emptyDocument, largeDocument, LATIN_NAME, LONG_URL, sampleDocument } from './test-documents';
import { CONTENT } from './theme';

const dir = mkdtempSync(join(tmpdir(), 'pw-reports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tool(command: string, ...args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

async function renderTo(name: string, report: ReportDocument): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderReport(report));
  return file;
}

function pageCount(file: string): number {
  return Number(/^Pages:\s+(\d+)$/m.exec(tool('pdfinfo', file))?.[1]);
}

function pageText(file: string, page: number): string {
  return tool('pdftotext', '-layout', '-f', String(page), '-l', String(page), file, '-');
}

/** Every page's text in one pdftotext call (pages end with a form feed); index 0 is page 1. */
function allPages(file: string): string[] {
  return tool('pdftotext', '-layout', file, '-').split('\f').slice(0, pageCount(file));
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The contents line of a section: its title, dot leaders (not text), then its page number. */
function contentsPage(pages: string[], title: string): number | undefined {
  const entry = new RegExp(`^\\s*${escape(title)}\\s+(\\d+)\\s*$`, 'm');
  for (const text of pages) {
    const match = entry.exec(text);
    if (match) return Number(match[1]);
  }
  return undefined;
}

function headingOn(text: string, title: string): boolean {
  return new RegExp(`^\\s*${escape(title)}\\s*$`, 'm').test(text);
}

describe('renderReport on a sample with every kind of block', () => {
  const report = sampleDocument();
  let file = '';
  let pages = 0;
  let texts: string[] = [];

  beforeAll(async () => {
    file = await renderTo('sample', report);
    pages = pageCount(file);
    texts = Array.from({ length: pages }, (_, index) => pageText(file, index + 1));
  });

  it('passes qpdf --check', () => {
    expect(tool('qpdf', '--check', file)).toMatch(/No syntax or stream encoding errors/);
  });

  it('prints the title, every section heading, and names in Latin with accents and in Devanagari', () => {
    const text = texts.join('\n');
    expect(texts[0]).toContain(report.title);
    expect(texts[0]).toContain(report.organisation);
    expect(texts[0]).toContain(report.generatedAt);
    for (const section of report.sections) expect(text).toContain(section.title);
    expect(text).toContain(LATIN_NAME);
    expect(text).toContain(DEVANAGARI_NAME);
  });

  it('gives every section a contents entry with the page its heading is on, level 2 indented', () => {
    for (const section of report.sections) {
      const page = contentsPage(texts.slice(1), section.title);
      expect(page, section.title).toBeDefined();
      expect(headingOn(pageText(file, page ?? 0), section.title), `${section.title} on page ${page}`).toBe(true);
    }
    const indent = (title: string): number => /^( *)/.exec(texts[1]?.split('\n').find((line) => line.trim().startsWith(title)) ?? '')?.[1]?.length ?? -1;
    expect(indent('Representative in the Union')).toBeGreaterThan(indent('Controller'));
  });

  it('bookmarks every section, level 2 under the level 1 before it', () => {
    interface Outline { title: string; kids: Outline[] }
    const { outlines } = JSON.parse(tool('qpdf', '--json=2', '--json-key=outlines', file)) as { outlines: Outline[] };
    expect(outlines.map((outline) => outline.title)).toEqual(report.sections.filter((section) => section.level === 1).map((section) => section.title));
    expect(outlines[0]?.kids.map((outline) => outline.title)).toEqual(['Representative in the Union', 'Joint controllers']);
  });

  it('has the running header and "Page X of Y" on every page but the cover', () => {
    expect(texts[0]).not.toMatch(/Page 1 of/);
    texts.slice(1).forEach((text, index) => {
      expect(text).toContain(`Page ${index + 2} of ${pages}`);
      expect(text).toContain(`${report.organisation} · ${report.title}`);
      expect(text).toContain(`Generated ${report.generatedAt}`);
    });
  });

  it('repeats the table header on each page the table spans and splits a row taller than a page', () => {
    const tablePages = texts.filter((text) => /Activity \d{3}|Retention step \d+:/.test(text));
    expect(tablePages.length).toBeGreaterThan(3);
    for (const text of tablePages) expect(text.match(new RegExp(escape(ACTIVITY_HEADER[1] ?? ''), 'g'))).toHaveLength(1);
    const body = texts.join('\n');
    for (let index = 1; index <= 90; index += 1) expect(body).toContain(`Activity ${String(index).padStart(3, '0')}`);
    expect(body).toContain('Retention step 1:');
    expect(body).toContain('Retention step 140:');
    expect(texts.filter((text) => text.includes('Retention step')).length).toBeGreaterThanOrEqual(3);
  });

  it('wraps long words and URLs inside their column: no word passes the right margin', () => {
    const words = [...tool('pdftotext', '-bbox', file, '-').matchAll(/xMax="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(words.length).toBeGreaterThan(1000);
    expect(Math.max(...words)).toBeLessThanOrEqual(CONTENT.right + 0.5);
    const raw = tool('pdftotext', '-raw', '-f', '3', '-l', '3', file, '-').replace(/\s+/g, '');
    expect(raw).toContain(LONG_URL);
  });

  it('marks missing information and says when a chart has nothing to show', () => {
    const text = texts.join('\n');
    expect(text).toMatch(/Missing: No representative is recorded/);
    expect(text).toContain('All values are zero.');
    expect(text).toContain('No data to chart.');
  });

  it('embeds the Noto fonts and no other', () => {
    const fonts = tool('pdffonts', file).split('\n').slice(2).filter(Boolean);
    const names = fonts.map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, ''));
    expect(names).toEqual(expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold', 'NotoSans-Italic', 'NotoSansDevanagari-Regular']));
    for (const name of names) expect(name).toMatch(/^NotoSans(Devanagari)?-(Regular|Bold|Italic)$/);
    for (const line of fonts) expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('carries title, author, subject, creator and the generated instant as both dates', () => {
    const info = tool('pdfinfo', '-isodates', file);
    expect(info).toMatch(/^Title:\s+Records of processing activities$/m);
    expect(info).toMatch(/^Author:\s+Kestrel Outdoor GmbH$/m);
    expect(info).toMatch(/^Subject:\s+Records of processing activities of Kestrel Outdoor GmbH$/m);
    expect(info).toMatch(/^Creator:\s+Privacy Workstation$/m);
    expect(info).toMatch(/^CreationDate:\s+2026-11-29T13:05:00Z$/m);
    expect(info).toMatch(/^ModDate:\s+2026-11-29T13:05:00Z$/m);
    expect(info).toMatch(/^Page size:\s+595.28 x 841.89 pts \(A4\)$/m);
  });

  it('gives the same bytes for the same document, and a different file for another instant', async () => {
    const first = await renderReport(report);
    expect((await renderReport(sampleDocument())).equals(first)).toBe(true);
    const later = await renderReport({ ...report, generatedInstant: new Date('2026-11-30T09:00:00Z') });
    expect(later.equals(first)).toBe(false);
  });

  it('reports progress by heading and block in both layout passes, ending at the total', async () => {
    const calls: [number, number][] = [];
    await renderReport(report, { onProgress: (done, total) => calls.push([done, total]) });
    const total = 2 * report.sections.reduce((sum, section) => sum + 1 + section.blocks.length, 0) + 1;
    expect(calls).toHaveLength(total);
    expect(calls.map(([done]) => done)).toEqual(Array.from({ length: total }, (_, index) => index + 1));
    expect(calls.at(-1)).toEqual([total, total]);
  });
});

describe('renderReport on a large report', () => {
  const report = largeDocument(300);
  let pages: string[] = [];

  beforeAll(async () => {
    pages = allPages(await renderTo('large', report));
  }, 60_000);

  it('numbers every page out of the count the measuring pass found', () => {
    expect(pages.length).toBeGreaterThan(100);
    pages.slice(1).forEach((text, index) => expect(text).toContain(`Page ${index + 2} of ${pages.length}`));
  });

  it('numbers a contents spanning several pages right, and keeps each heading with its first block', () => {
    // The body starts on the first section's page: everything between it and the cover is contents.
    const bodyStart = contentsPage(pages.slice(1), report.sections[0]?.title ?? '') ?? 0;
    const contents = pages.slice(1, bodyStart - 1);
    expect(contents.length).toBeGreaterThan(1);
    for (const section of report.sections) {
      const page = contentsPage(contents, section.title);
      expect(page, section.title).toBeDefined();
      const text = pages[(page ?? 0) - 1] ?? '';
      expect(headingOn(text, section.title), `${section.title} on page ${page}`).toBe(true);
      if (section.level === 2) expect(text.slice(text.indexOf(section.title)), `${section.title} kept with its fields`).toContain('Purpose');
    }
  });
});

describe('renderReport edge cases', () => {
  it('renders a cover and says so when the report has no sections', async () => {
    const file = await renderTo('empty', emptyDocument());
    expect(tool('qpdf', '--check', file)).toMatch(/No syntax or stream encoding errors/);
    expect(pageCount(file)).toBe(2);
    expect(pageText(file, 1)).toContain('Records of processing activities');
    expect(pageText(file, 2).replace(/\s+/g, ' ')).toContain(`Missing: ${EMPTY_REPORT_NOTE}`);
  });

  it('rejects with an AbortError when aborted before or during the render', async () => {
    await expect(renderReport(sampleDocument(), { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    const controller = new AbortController();
    const during = renderReport(sampleDocument(), { signal: controller.signal, onProgress: (done) => done === 3 && controller.abort() });
    await expect(during).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('stops promptly when aborted from another event while laying out a long report', async () => {
    const controller = new AbortController();
    let abortedAt = 0;
    setTimeout(() => {
      abortedAt = performance.now();
      controller.abort();
    }, 100);
    const error: unknown = await renderReport(largeDocument(1000), { signal: controller.signal }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('AbortError');
    expect(performance.now() - abortedAt).toBeLessThan(500);
  });
});
