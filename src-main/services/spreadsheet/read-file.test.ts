import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors';
import { guessDelimiter, readRows } from './read-file';
import { csvBytes, xlsxBytes } from './write-file';

describe('guessDelimiter', () => {
  it.each([
    ['Name,Purposes,Owner\r\nA;B,C,D', ','],
    ['Name;Purposes;Owner\nA,B;C;D', ';'],
    ['"Name, full";Purposes;Owner', ';'],
    ['\r\n\r\nName;Owner', ';'],
    ['Name', ','],
    ['', ','],
  ])('%j → %s', (text, delimiter) => expect(guessDelimiter(text)).toBe(delimiter));
});

const cells = async (fileName: string, bytes: Buffer) => (await readRows(fileName, bytes)).map((r) => [r.line, ...r.cells]);

describe('readRows', () => {
  it('reads CSV: byte order mark dropped, quoted newlines and quotes kept, a row per record', async () => {
    const text = '\uFEFFName;Description\r\n"A";"two\r\nlines; ""quoted"""\r\n\r\nB;plain\r\n';
    expect(await cells('x.csv', Buffer.from(text, 'utf8'))).toEqual([
      [1, 'Name', 'Description'],
      [2, 'A', 'two\r\nlines; "quoted"'],
      [3, ''],
      [4, 'B', 'plain'],
      [5, ''],
    ]);
  });

  it('reads XLSX: dates as YYYY-MM-DD (with the time only when there is one), booleans and numbers as text', async () => {
    const bytes = await writeXlsxFile([
      ['Name', 'Reviewed', 'Flag', 'Count'],
      [null, null, null, null],
      ['A', { value: new Date('2026-11-29T00:00:00Z'), type: Date, format: 'dd.mm.yyyy' }, true, 42],
      ['B', { value: new Date('2026-11-29T13:30:00Z'), type: Date, format: 'yyyy-mm-dd hh:mm' }, false, 1.5],
    ]).toBuffer();
    expect(await cells('x.XLSX', bytes)).toEqual([
      [1, 'Name', 'Reviewed', 'Flag', 'Count'],
      [2, '', '', '', ''],
      [3, 'A', '2026-11-29', 'TRUE', '42'],
      [4, 'B', '2026-11-29T13:30:00.000Z', 'FALSE', '1.5'],
    ]);
  });

  it('reads back what the writers wrote', async () => {
    const table = { sheet: 'Activities', header: ['Name', 'Last reviewed on'], rows: [['=1+1', '2026-11-29'], ['Plain', '']], dateColumns: [1] };
    expect(await cells('x.csv', csvBytes(table))).toEqual([
      [1, 'Name', 'Last reviewed on'],
      [2, "'=1+1", '2026-11-29'],
      [3, 'Plain', ''],
      [4, ''],
    ]);
    expect(await cells('x.xlsx', await xlsxBytes([table]))).toEqual([
      [1, 'Name', 'Last reviewed on'],
      [2, '=1+1', '2026-11-29'],
      [3, 'Plain', ''],
    ]);
  });

  it.each<[string, Buffer, RegExp]>([
    ['x.csv', Buffer.alloc(0), /The file is empty/],
    ['x.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'), /not a readable \.xlsx workbook/],
    ['x.csv', Buffer.from('a\u0000b'), /not a CSV text file/],
    ['x.csv', Buffer.from(`Name\n${'A\n'.repeat(100_001)}`), /at most 100,000 can be imported at once/],
  ])('refuses %s %#', async (fileName, bytes, message) => {
    const error = await readRows(fileName, bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION');
    expect((error as AppError).message).toMatch(message);
  });
});
