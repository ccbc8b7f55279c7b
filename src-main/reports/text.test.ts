import { execFileSync } from 'node:child_process';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontFiles, resolveFontsDir } from './fonts';
import { LONG_URL } from './test-documents';
import { type Line, Pen, scriptRuns, Typesetter } from './text';
import { baselineOffset, TYPE } from './theme';

const files = fontFiles(resolveFontsDir());

function typesetter(doc = new PDFDocument({ font: files['latin-regular'], autoFirstPage: false })): Typesetter {
  return new Typesetter(doc, files);
}

const text = (line: Line): string => line.runs.map((run) => run.text).join('');

describe('scriptRuns', () => {
  it('sends Devanagari to its own font and everything else to Noto Sans', () => {
    expect(scriptRuns('Zoë Ñúñez, अनुराग शर्मा.')).toEqual([
      { script: 'latin', text: 'Zoë Ñúñez, ' },
      { script: 'deva', text: 'अनुराग' },
      { script: 'latin', text: ' ' },
      { script: 'deva', text: 'शर्मा' },
      { script: 'latin', text: '.' },
    ]);
  });

  it('keeps a zero-width joiner inside the Devanagari run and covers the Vedic ranges', () => {
    expect(scriptRuns('क्\u200Dष \uA8E2\u1CD0')).toEqual([
      { script: 'deva', text: 'क्\u200Dष' },
      { script: 'latin', text: ' ' },
      { script: 'deva', text: '\uA8E2\u1CD0' },
    ]);
  });
});

describe('Typesetter.wrap', () => {
  const type = typesetter();

  it('breaks between words within the width and drops the space at the break', () => {
    const lines = type.wrap([{ text: 'Order fulfilment and delivery of goods to the customer' }], TYPE.body, 120);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.width).toBeLessThanOrEqual(120);
      expect(text(line)).toBe(text(line).trim());
    }
    expect(lines.map(text).join(' ')).toBe('Order fulfilment and delivery of goods to the customer');
  });

  it('splits a word longer than a line, preferably after a slash or hyphen, losing nothing', () => {
    const lines = type.wrap([{ text: LONG_URL }], TYPE.table, 150);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(150);
    expect(lines.map(text).join('')).toBe(LONG_URL);
    expect(text(lines[0] ?? { runs: [], width: 0 })).toMatch(/[/\-_.?&=]$/);
  });

  it('never breaks at a no-break space', () => {
    const lines = type.wrap([{ text: 'Due on 29\u00A0November\u00A02026 at 2:05\u202FPM' }], TYPE.body, 90);
    expect(lines.map(text)).toEqual(['Due on', '29\u00A0November\u00A02026', 'at 2:05\u202FPM']);
  });

  it('breaks at newlines and keeps empty lines', () => {
    expect(type.wrap([{ text: 'one\n\nthree' }], TYPE.body, 400).map(text)).toEqual(['one', '', 'three']);
  });

  it('measures mixed spans and scripts with the fonts they are drawn in', () => {
    const [line] = type.wrap([{ text: 'Missing: ', style: 'bold' }, { text: 'अनुराग Zoë' }], TYPE.body, 400);
    expect(line?.runs.map((run) => [run.font, run.text])).toEqual([
      ['latin-bold', 'Missing: '],
      ['deva-regular', 'अनुराग'],
      ['latin-regular', ' Zoë'],
    ]);
  });

  it('cuts a line with an ellipsis when asked to fit', () => {
    const line = type.fit('Kestrel Outdoor GmbH · Records of processing activities', 'regular', TYPE.running, 80);
    expect(line.width).toBeLessThanOrEqual(80);
    expect(text(line)).toMatch(/…$/);
  });
});

describe('Pen', () => {
  /** One page with each text on a line of its own, drawn by draw, as grey pixels. */
  async function pixels(draw: (doc: PDFKit.PDFDocument, line: Line, y: number) => void, texts = ['AVATAR Tây, Zoë Ñúñez', 'कृष्ण रूँ द्ध्र्य कँ रुं', 'a\u0301\u0323 q\u0303 x\u0308 A\u0301\u0301 i\u0307\u0301', 'Wolf अनुराग Vö']): Promise<Buffer> {
    const doc = new PDFDocument({ font: files['latin-regular'], size: 'A6', margin: 10 });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise((resolve) => doc.on('end', resolve));
    const type = typesetter(doc);
    texts.forEach((text, index) => {
      for (const line of type.wrap([{ text }], TYPE.h2, 250)) draw(doc, line, 20 + index * 30);
    });
    doc.end();
    await ended;
    return execFileSync('pdftoppm', ['-r', '200', '-gray', '-'], { input: Buffer.concat(chunks) });
  }

  it("sets every glyph where pdfkit's own text() does, kerning and offset marks included", async () => {
    const own = await pixels((doc, line, y) => new Pen(doc, files).line(line, 20, y, TYPE.h2, { color: '#000000' }));
    const pdfkit = await pixels((doc, line, y) => {
      let x = 20;
      for (const run of line.runs) {
        doc.font(files[run.font]).fontSize(TYPE.h2.size).text(run.text, x, y + baselineOffset(TYPE.h2), { lineBreak: false, baseline: 'alphabetic' });
        x += run.width;
      }
    });
    expect(own.equals(pdfkit)).toBe(true);
  });

  it('sets numbers, dates and references, shaped from their digits, where pdfkit does', async () => {
    const texts = ['Activity 00058 T1 V7 W2 Y4 P7 F7 L1', '€1,299.50; 50%; 4th', '15/01/2026 10:00 (US) Art. 6(1)(b)', 'Purpose A of 835, B of 2637; 1\u20442 and 7\u20448'];
    const pen = (doc: PDFKit.PDFDocument, line: Line, y: number) => new Pen(doc, files).line(line, 20, y, TYPE.h2, { color: '#000000' });
    const pdfkit = (doc: PDFKit.PDFDocument, line: Line, y: number) => doc.font(files['latin-regular']).fontSize(TYPE.h2.size).text(text(line), 20, y + baselineOffset(TYPE.h2), { lineBreak: false, baseline: 'alphabetic' });
    expect((await pixels(pen, texts)).equals(await pixels(pdfkit, texts))).toBe(true);
  });
});

describe('Typesetter widths of text with digits', () => {
  it('are the widths pdfkit measures for the whole text, in every Latin face', () => {
    const doc = new PDFDocument({ font: files['latin-regular'], autoFirstPage: false });
    const type = typesetter(doc);
    const samples = [
      ...Array.from({ length: 400 }, (_, index) => String(index * 37)),
      'Activity 00058 sales', 'Purpose A of 835, Purpose B of 835', '15/01/2026', '29 November 2026 at 10:00 UTC', 'Art. 6(1)(b)', '1st, 2nd, 3rd and 4th',
      '€1,299.50', '50%', 'ID-4471a', 'T1 V7 W2 Y4 L1 A4 P7 F7 "7" \'4\' 1/2 ½ x2 f1 r7 y4', 'ISO 27001:2022', '+49 (0)30 1234-567', '1\u20442 and 37\u204416',
    ];
    for (const style of ['regular', 'bold', 'italic'] as const) {
      const pdfkit = new PDFDocument({ font: files[`latin-${style}`], autoFirstPage: false }).fontSize(TYPE.body.size);
      for (const sample of samples) {
        const [line] = type.wrap([{ text: sample, style }], TYPE.body, 10_000);
        const whole = pdfkit.widthOfString(sample);
        expect(line?.width, `${style} ${sample}`).toBeCloseTo(whole, 6);
      }
    }
  });
});
