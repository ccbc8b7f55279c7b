import { performance } from 'node:perf_hooks';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ColumnMapping, SpreadsheetExport, SpreadsheetPreview } from '../../src-main/contract';
import { useInventoryRig } from '../helpers/inventory-rig';

/**
 * Spreadsheet import and export of processing activities, end to end below the
 * transport: real CSV and XLSX bytes, the real services, a real encrypted workspace.
 */

const HEADER = [
  'Processing activity',
  'Description',
  'Owner',
  'Status',
  'Purposes',
  'Legal basis',
  'Data categories',
  'Data subjects',
  'Systems',
  'Recipients',
  'Countries',
  'Transfer mechanism',
  'Retention period',
  'Retention trigger',
  'Deletion',
  'TOMs',
  'Sources',
  'Last reviewed',
  'Notes',
] as const;
type Column = (typeof HEADER)[number];
type Cells = Record<Column, string>;

const ROWS = 2000;
/** A blank row sits after this data row (0-based): lines below it move down by one, and it is not counted. */
const BLANK_AFTER = 500;
const lineOf = (index: number) => index + 2 + (index > BLANK_AFTER ? 1 : 0);

/** One of each kind of bad row, by data row index. */
const BAD: Record<number, [Partial<Cells>, Column, RegExp]> = {
  17: [{ 'Processing activity': '', Systems: 'Ghost system' }, 'Processing activity', /^The name is empty/],
  250: [{ 'Data categories': 'User Contact Email; Shoe size' }, 'Data categories', /^Unknown data category “Shoe size”: add it in Data categories first or fix the spelling\.$/],
  613: [{ Purposes: 'Marketing', 'Legal basis': 'Because we can' }, 'Legal basis', /^Unknown legal basis “Because we can”: use Consent, Contract/],
  999: [{ 'Last reviewed': '31.02.2026' }, 'Last reviewed', /^“31\.02\.2026” is not a date: write it as 2026-11-29 or 29\.11\.2026\.$/],
  1400: [{ 'Processing activity': 'x'.repeat(301) }, 'Processing activity', /^Processing activity: Use at most 300 characters\.$/],
  1777: [{ Purposes: 'A; B; C', 'Legal basis': 'Consent; Contract' }, 'Legal basis', /^3 purposes but 2 values in Legal bases: give one per purpose/],
  1999: [{ Countries: 'Atlantis' }, 'Countries', /^Unknown country “Atlantis”: use a two-letter ISO code/],
};

function goodRow(i: number): Cells {
  const pick = <T>(values: readonly T[]) => values[i % values.length]!;
  const twoPurposes = i % 3 === 0;
  return {
    'Processing activity': `Activity ${String(i + 1).padStart(4, '0')}`,
    Description: i === 3 ? 'Line one\nLine two, with a comma; a semicolon and "quotes"' : `Processing number ${i + 1}`,
    Owner: pick(['HR', 'Sales', 'IT', '-ops-']),
    Status: pick(['Draft', 'Active', 'retired', 'in use']),
    Purposes: twoPurposes ? 'Payroll; Tax reporting' : 'Customer support',
    'Legal basis': twoPurposes ? 'Contract; Art. 6(1)(c)' : pick(['Legitimate interests', 'Consent']),
    'Data categories': i % 2 ? 'User Contact Email; user.name' : 'Financial Data',
    'Data subjects': i % 2 ? 'Customer' : 'employee; Job Applicant',
    Systems: pick(['CRM', 'crm; Ticketing', 'Data Lake', '']),
    Recipients: pick(['payroll bureau', 'Cloud Host Inc', '', 'Payroll Bureau; cloud host inc']),
    Countries: pick(['', 'US', 'India; Switzerland', 'DE']),
    'Transfer mechanism': pick(['', 'SCC', 'SCC; Adequacy', '']),
    'Retention period': pick(['6 years', '90 days', 'Until the account is closed', '24 months']),
    'Retention trigger': i % 4 === 0 ? 'end of the contract' : '',
    Deletion: 'Automatic deletion',
    TOMs: 'Encryption at rest',
    Sources: pick(['from the person', 'automatic; third party', 'public', '']),
    'Last reviewed': pick(['2026-01-15', '15.01.2026', '', '2025-12-31']),
    Notes: 'not imported',
  };
}

/** The 2,000 data rows in order, with the seven bad ones, and null where the blank row goes. */
function bigSheet(): (Cells | null)[] {
  const rows: (Cells | null)[] = [];
  for (let i = 0; i < ROWS; i++) {
    rows.push({ ...goodRow(i), ...BAD[i]?.[0] });
    if (i === BLANK_AFTER) rows.push(null);
  }
  return rows;
}

const quoteCsv = (value: string, delimiter: string) => (/["\n\r]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value);
function csv(rows: (readonly string[] | null)[], delimiter = ','): string {
  return rows.map((r) => (r ? r.map((v) => quoteCsv(v, delimiter)).join(delimiter) : '')).join('\r\n');
}
const base64 = (text: string | Buffer) => (typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64');

/** The big sheet as CSV: UTF-8 with a byte order mark, semicolons (as Excel writes them in much of Europe). */
const bigCsv = () => base64(`\uFEFF${csv([HEADER, ...bigSheet().map((r) => (r ? HEADER.map((h) => r[h]) : null))], ';')}\r\n`);

/** The big sheet as XLSX: "Last reviewed" as real date cells where the CSV has ISO dates. */
async function bigXlsx(): Promise<string> {
  const cell = (column: Column, value: string) =>
    column === 'Last reviewed' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { value: new Date(`${value}T00:00:00Z`), type: Date, format: 'dd.mm.yyyy' } : value || null;
  const data = [HEADER.map((h) => h), ...bigSheet().map((r) => (r ? HEADER.map((h) => cell(h, r[h])) : HEADER.map(() => null)))];
  return base64(await writeXlsxFile(data as never).toBuffer());
}

const expectedProblems = () =>
  Object.entries(BAD).map(([index, [, column, reason]]) => ({ line: lineOf(Number(index)), column, reason: expect.stringMatching(reason) }));

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.info(`[spreadsheet] ${label}: ${Math.round(performance.now() - start)} ms`);
  return result;
}

describe('a 2,000-row spreadsheet with seven bad rows', () => {
  const rig = useInventoryRig();
  let csvContent = '';
  let xlsxContent = '';
  let mapping: ColumnMapping;

  beforeAll(async () => {
    await rig().call('inventory.systems.save', { name: 'CRM', kind: 'saas' });
    await rig().call('inventory.recipients.save', { name: 'Payroll Bureau', kind: 'processor' });
    csvContent = bigCsv();
    xlsxContent = await bigXlsx();
  });

  const checkPreview = (preview: SpreadsheetPreview) => {
    expect(preview.columns).toEqual([...HEADER]);
    expect(preview.total).toBe(ROWS);
    expect(preview.valid).toBe(ROWS - 7);
    expect(preview.problems).toEqual(expectedProblems());
    expect(preview.willCreate).toEqual({ systems: ['Ticketing', 'Data Lake'], recipients: ['Cloud Host Inc'] });
    expect(preview.sampleRows).toHaveLength(10);
    expect(preview.sampleRows[3]![1]).toBe('Line one\nLine two, with a comma; a semicolon and "quotes"');
    expect(preview.fields.find((f) => f.field === 'name')).toMatchObject({ label: 'Processing activity', required: true });
  };

  it('previews the CSV: every bad line with its reason, the rest valid, nothing written', async () => {
    const before = rig().fingerprint();
    const preview = await timed('preview 2,000-row CSV', () => rig().call('inventory.spreadsheet.preview', { fileName: 'Inventory.CSV', contentBase64: csvContent }));
    checkPreview(preview);
    mapping = preview.mapping;
    expect(mapping).toMatchObject({
      name: 'Processing activity',
      legalBases: 'Legal basis',
      retention: 'Retention period',
      deletionMethod: 'Deletion',
      securityMeasures: 'TOMs',
      lastReviewedOn: 'Last reviewed',
      transferCountries: 'Countries',
    });
    expect(Object.values(mapping)).not.toContain('Notes');
    expect(rig().fingerprint()).toBe(before);
  });

  it('previews the same rows from an XLSX file alike', async () => {
    const before = rig().fingerprint();
    const preview = await timed('preview 2,000-row XLSX', () => rig().call('inventory.spreadsheet.preview', { fileName: 'inventory.xlsx', contentBase64: xlsxContent }));
    checkPreview(preview);
    expect(preview.mapping).toEqual(mapping);
    expect(rig().fingerprint()).toBe(before);
  });

  it('refuses to import with problems unless told to skip them, and writes nothing', async () => {
    const before = rig().fingerprint();
    const error = await rig().fail('inventory.spreadsheet.import', { fileName: 'inventory.csv', contentBase64: csvContent, mapping, skipInvalid: false });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('7 rows have problems, so nothing was imported. Fix them in the file and choose it again, or import only the 1,993 rows without problems.');
    expect(rig().fingerprint()).toBe(before);
  });

  it('imports the 1,993 valid rows of the CSV in one go, reusing and creating systems and recipients', async () => {
    const summary = await timed('import 2,000-row CSV', () =>
      rig().call('inventory.spreadsheet.import', { fileName: 'inventory.csv', contentBase64: csvContent, mapping, skipInvalid: true }),
    );
    expect(summary).toEqual({ imported: 1993, skipped: 7, created: { systems: 2, recipients: 1 } });
    expect((await rig().call('inventory.activities.list', {})).total).toBe(1993);
    const validRows = bigSheet()
      .filter((r): r is Cells => r !== null)
      .filter((_, i) => !(i in BAD));
    const using = (column: Column, name: string) => validRows.filter((r) => r[column].split(';').some((v) => v.trim().toLowerCase() === name.toLowerCase())).length;
    expect((await rig().call('inventory.systems.list', {})).rows.map((s) => [s.name, s.kind, s.activityCount])).toEqual([
      ['CRM', 'saas', using('Systems', 'CRM')],
      ['Data Lake', 'other', using('Systems', 'Data Lake')],
      ['Ticketing', 'other', using('Systems', 'Ticketing')],
    ]);
    expect((await rig().call('inventory.recipients.list', {})).rows.map((r) => [r.name, r.kind, r.activityCount])).toEqual([
      ['Cloud Host Inc', 'processor', using('Recipients', 'Cloud Host Inc')],
      ['Payroll Bureau', 'processor', using('Recipients', 'Payroll Bureau')],
    ]);
    expect(using('Systems', 'CRM')).toBeGreaterThan(900);
    const [row] = (await rig().call('inventory.activities.list', { search: 'Activity 0004' })).rows;
    const activity = await rig().call('inventory.activities.get', { id: row!.id });
    expect(activity).toMatchObject({
      name: 'Activity 0004',
      description: 'Line one\nLine two, with a comma; a semicolon and "quotes"',
      owner: '-ops-',
      status: 'active',
      purposes: [
        { purpose: 'Payroll', legalBasis: 'contract' },
        { purpose: 'Tax reporting', legalBasis: 'legal_obligation' },
      ],
      categories: [expect.objectContaining({ name: 'Name' }), expect.objectContaining({ name: 'User Contact Email' })],
      subjects: [expect.objectContaining({ name: 'Customer' })],
      systems: [],
      recipients: [expect.objectContaining({ name: 'Cloud Host Inc' }), expect.objectContaining({ name: 'Payroll Bureau' })],
      transfers: [expect.objectContaining({ country: 'DE', mechanism: null })],
      retention: { period: 24, unit: 'months', trigger: '', deletion: 'Automatic deletion' },
      securityMeasures: 'Encryption at rest',
      sources: [],
      lastReviewedOn: '2025-12-31',
    });
    const third = await rig().call('inventory.activities.get', { id: (await rig().call('inventory.activities.list', { search: 'Activity 0003' })).rows[0]!.id });
    expect(third.retention).toEqual({ period: null, unit: null, trigger: 'Until the account is closed', deletion: 'Automatic deletion' });
    expect(third.transfers.map((t) => [t.country, t.mechanism])).toEqual([
      ['IN', 'scc'],
      ['CH', 'adequacy'],
    ]);
    expect((await rig().call('inventory.search', { query: 'Ghost system' })).length).toBe(0);
  });

  it('imports the XLSX too, reusing what the CSV import created', async () => {
    const summary = await timed('import 2,000-row XLSX', () =>
      rig().call('inventory.spreadsheet.import', { fileName: 'inventory.xlsx', contentBase64: xlsxContent, mapping, skipInvalid: true }),
    );
    expect(summary).toEqual({ imported: 1993, skipped: 7, created: { systems: 0, recipients: 0 } });
    expect((await rig().call('inventory.activities.list', {})).total).toBe(2 * 1993);
    const first = (await rig().call('inventory.activities.list', { search: 'Activity 0001' })).rows.map((r) => r.lastReviewedOn);
    expect(first).toEqual(['2026-01-15', '2026-01-15']);
  });

  describe('export', () => {
    let csvExport: SpreadsheetExport;
    let xlsxExport: SpreadsheetExport;

    beforeAll(async () => {
      const archivedId = (await rig().call('inventory.activities.save', { name: '=Old formula-like activity', owner: '@team' })).id;
      await rig().call('inventory.activities.archive', { id: archivedId, archived: true });
      csvExport = await timed('export CSV', () => rig().call('inventory.spreadsheet.export', { format: 'csv', archived: 'active' }));
      xlsxExport = await timed('export XLSX', () => rig().call('inventory.spreadsheet.export', { format: 'xlsx', archived: 'active' }));
    });

    it('writes every active activity as one CSV row in the importer’s columns', () => {
      expect(csvExport.fileName).toBe('activities-zebracorn-kittiwake-holdings-2026-11-29.csv');
      expect(csvExport.mimeType).toBe('text/csv;charset=utf-8');
      const text = Buffer.from(csvExport.contentBase64, 'base64').toString('utf8');
      expect(text.startsWith('\uFEFFProcessing activity,Description,Owner,Status,Purposes,Legal bases,Data categories,')).toBe(true);
      expect(text).toContain('Activity 0004,"Line one\nLine two, with a comma; a semicolon and ""quotes""",\'-ops-,Active,Payroll; Tax reporting,');
      expect(text).not.toContain('Old formula-like');
    });

    it('writes XLSX with the activities first, then systems, recipients and data categories', async () => {
      expect(xlsxExport.fileName).toMatch(/\.xlsx$/);
      const bytes = Buffer.from(xlsxExport.contentBase64, 'base64');
      const activities = await readSheet(bytes);
      expect(activities).toHaveLength(1 + 2 * 1993);
      expect(activities[0]![0]).toBe('Processing activity');
      const systems = await readSheet(bytes, 'Systems');
      expect(systems.map((r) => r[0])).toEqual(['Name', 'CRM', 'Data Lake', 'Ticketing']);
      expect((await readSheet(bytes, 'Recipients')).map((r) => r[0])).toEqual(['Name', 'Cloud Host Inc', 'Payroll Bureau']);
      expect((await readSheet(bytes, 'Data categories')).some((r) => r[0] === 'user.contact.email')).toBe(true);
    });

    it('adds archived activities and an "Archived on" column when asked for all', async () => {
      const all = await rig().call('inventory.spreadsheet.export', { format: 'csv', archived: 'all' });
      const lines = Buffer.from(all.contentBase64, 'base64').toString('utf8').split('\r\n');
      expect(lines[0]).toMatch(/,Last reviewed on,Archived on$/);
      expect(lines.find((l) => l.startsWith("'=Old formula-like activity"))).toMatch(/,'@team,.*,2026-11-29$/);
    });

    describe('round trip into a new workspace', () => {
      const copy = useInventoryRig('Copy Org');
      const exportCsvText = async (call: typeof copy) =>
        Buffer.from((await call().call('inventory.spreadsheet.export', { format: 'csv', archived: 'active' })).contentBase64, 'base64').toString('utf8');

      it('reproduces the activities from the CSV export, column for column', async () => {
        const preview = await copy().call('inventory.spreadsheet.preview', { fileName: csvExport.fileName, contentBase64: csvExport.contentBase64 });
        expect(preview.problems).toEqual([]);
        const summary = await copy().call('inventory.spreadsheet.import', { fileName: csvExport.fileName, contentBase64: csvExport.contentBase64, mapping: preview.mapping, skipInvalid: false });
        expect(summary).toEqual({ imported: 2 * 1993, skipped: 0, created: { systems: 3, recipients: 2 } });
        expect(await exportCsvText(copy)).toBe(await exportCsvText(rig));
      });

      it('reproduces them from the XLSX export as well (added again beside the first copy)', async () => {
        const preview = await copy().call('inventory.spreadsheet.preview', { fileName: xlsxExport.fileName, contentBase64: xlsxExport.contentBase64 });
        expect(preview.problems).toEqual([]);
        expect(preview.total).toBe(2 * 1993);
        const summary = await copy().call('inventory.spreadsheet.import', { fileName: xlsxExport.fileName, contentBase64: xlsxExport.contentBase64, mapping: preview.mapping, skipInvalid: false });
        expect(summary).toEqual({ imported: 2 * 1993, skipped: 0, created: { systems: 0, recipients: 0 } });
        // Every row of the original now stands twice, side by side in the name order.
        const original = (await exportCsvText(rig)).split('\r\n');
        const doubled = (await exportCsvText(copy)).split('\r\n');
        expect(doubled.slice(1, -1)).toEqual(original.slice(1, -1).flatMap((line) => [line, line]));
      });
    });
  });
});

describe('small files', () => {
  const rig = useInventoryRig();
  const preview = (fileName: string, content: string, mapping?: ColumnMapping) =>
    rig().call('inventory.spreadsheet.preview', { fileName, contentBase64: content, ...(mapping ? { mapping } : {}) });

  it('suggests a mapping from messy headers', async () => {
    const content = base64(csv([['Processing Activity ', 'LAWFUL BASIS', 'Personal data categories', 'Kept for', 'Purpose'], ['Newsletter', 'Consent', 'User Contact Email', '2 years', 'Marketing']]));
    const result = await preview('messy.csv', content);
    expect(Object.fromEntries(Object.entries(result.mapping).filter(([, c]) => c !== null))).toEqual({
      name: 'Processing Activity',
      legalBases: 'LAWFUL BASIS',
      categories: 'Personal data categories',
      retention: 'Kept for',
      purposes: 'Purpose',
    });
    expect(result).toMatchObject({ total: 1, valid: 1, problems: [] });
  });

  it('reads a semicolon CSV written as Windows-1252, as older Excel does', async () => {
    const content = Buffer.from('Name;Purposes;Owner\r\nMüller-Abrechnung;Lohn; Gehalt;Büro\r\n', 'latin1').toString('base64');
    const result = await preview('legacy.csv', content);
    expect(result.columns).toEqual(['Name', 'Purposes', 'Owner']);
    expect(result.sampleRows).toEqual([['Müller-Abrechnung', 'Lohn', ' Gehalt']]);
    expect(result.valid).toBe(1);
  });

  it('lists the header’s problems when the mapping given cannot be used, and import refuses it', async () => {
    const content = base64(csv([['Activity', 'Purpose'], ['A', 'P']]));
    const mapping = { ...(await preview('a.csv', content)).mapping, name: 'Title' };
    const result = await preview('a.csv', content, mapping);
    expect(result).toMatchObject({
      total: 1,
      valid: 0,
      problems: [{ line: 1, column: 'Title', reason: 'The column “Title” chosen for Processing activity is not in the file’s header row: choose another one.' }],
    });
    const before = rig().fingerprint();
    const error = await rig().fail('inventory.spreadsheet.import', { fileName: 'a.csv', contentBase64: content, mapping, skipInvalid: true });
    expect(error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/^The columns cannot be imported as chosen: The column “Title”.*Nothing was imported\.$/) });
    expect(rig().fingerprint()).toBe(before);
  });

  it('reports an unclosed quote on its row and still checks the rows before it', async () => {
    const content = base64('Name,Purposes\r\nGood,One\r\n"Broken,Two\r\nAfter,Three\r\n');
    const result = await preview('quote.csv', content);
    expect(result.valid).toBe(1);
    expect(result.problems).toEqual([expect.objectContaining({ line: 3, reason: expect.stringMatching(/^A quotation mark \("\) opened in this row is never closed/) })]);
  });

  it.each<[string, () => Promise<Record<string, unknown>>, RegExp]>([
    ['content that is not base64', async () => ({ fileName: 'a.csv', contentBase64: 'not base64!' }), /not base64\)\. Choose the file again\./],
    ['a file name without .csv or .xlsx', async () => ({ fileName: 'inventory.xls', contentBase64: base64('Name\r\nA') }), /Choose a \.csv or \.xlsx file\./],
    ['a text file', async () => ({ fileName: 'notes.txt', contentBase64: base64('Name\r\nA') }), /Choose a \.csv or \.xlsx file\./],
    ['random bytes named .xlsx', async () => ({ fileName: 'broken.xlsx', contentBase64: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)).toString('base64') }), /not a readable \.xlsx workbook/],
    [
      'a truncated workbook',
      async () => {
        const whole = await writeXlsxFile([['Name'], ['A']]).toBuffer();
        return { fileName: 'cut.xlsx', contentBase64: whole.subarray(0, Math.floor(whole.length / 2)).toString('base64') };
      },
      /not a readable \.xlsx workbook/,
    ],
    ['a workbook named .csv', async () => ({ fileName: 'wrong.csv', contentBase64: (await writeXlsxFile([['Name'], ['A']]).toBuffer()).toString('base64') }), /Excel workbook named \.csv/],
    ['a file with nothing in it but blank lines', async () => ({ fileName: 'blank.csv', contentBase64: base64('\r\n ,\r\n') }), /The file has no rows/],
  ])('refuses %s with VALIDATION and writes nothing', async (_, input, message) => {
    const before = rig().fingerprint();
    const args = await input();
    for (const call of ['inventory.spreadsheet.preview', 'inventory.spreadsheet.import'] as const) {
      const error = await rig().fail(call, call === 'inventory.spreadsheet.import' ? { ...args, mapping: { name: 'Name' }, skipInvalid: true } : args);
      expect(error.code, call).toBe('VALIDATION');
      expect(error.message, call).toMatch(message);
    }
    expect(rig().fingerprint()).toBe(before);
  });

  it('refuses a file with a header and no rows to import', async () => {
    const error = await rig().fail('inventory.spreadsheet.import', { fileName: 'empty.csv', contentBase64: base64('Name,Purposes\r\n'), mapping: { name: 'Name' }, skipInvalid: true });
    expect(error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/no row that can be imported/) });
  });
});
