import Papa from 'papaparse';
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { guardFormula } from '../../domain/spreadsheet/export-rows';

/** One sheet of an export: a header row, then rows of text; the date columns hold YYYY-MM-DD or nothing. */
export interface Table {
  sheet: string;
  header: string[];
  rows: string[][];
  dateColumns?: number[];
}

/**
 * CSV as Excel opens it without asking: UTF-8 with a byte order mark, commas,
 * CRLF, quotes only where needed; text that would run as a formula is quoted with "'".
 */
export function csvBytes(table: Table): Buffer {
  const text = Papa.unparse({ fields: table.header, data: table.rows.map((row) => row.map(guardFormula)) }, { delimiter: ',', newline: '\r\n' });
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

const MAX_WIDTH = 60;

/** A workbook with one sheet per table: bold header kept in view, dates as date cells, text as text (never formulas). */
export async function xlsxBytes(tables: readonly Table[]): Promise<Buffer> {
  const sheets = tables.map((table) => {
    const dates = new Set(table.dateColumns ?? []);
    const header: Row = table.header.map((value) => ({ value, type: String, fontWeight: 'bold' }));
    const rows: Row[] = table.rows.map((row) =>
      row.map((value, i) => {
        if (value === '') return null;
        if (dates.has(i) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { value: new Date(`${value}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' };
        return { value, type: String };
      }),
    );
    const columns = table.header.map((title, i) => ({
      width: Math.min(MAX_WIDTH, Math.max(title.length, ...table.rows.slice(0, 500).map((r) => Math.min(r[i]?.length ?? 0, MAX_WIDTH))) + 2),
    }));
    return { sheet: table.sheet, data: [header, ...rows], columns, stickyRowsCount: 1 };
  });
  return writeXlsxFile(sheets).toBuffer();
}
