import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { AppError } from '../../contract/errors';
import { type SheetRow, sheetHeader } from '../../domain/spreadsheet/rows';

/** More data rows than this in one file are refused: the import is one transaction, and the preview lists every problem. */
export const MAX_ROWS = 100_000;

const NOT_XLSX =
  'That file is not a readable .xlsx workbook (it may be damaged, or an older .xls renamed). Open it in your spreadsheet program and save it again as .xlsx or .csv.';

/**
 * A spreadsheet's first sheet as rows of text, from the bytes in memory (no
 * copy of it is written to disk). Each row keeps the line it has in the file.
 */
export async function readRows(fileName: string, bytes: Buffer): Promise<SheetRow[]> {
  if (bytes.length === 0) throw new AppError('VALIDATION', 'The file is empty. Choose the spreadsheet again.');
  const rows = /\.xlsx$/i.test(fileName) ? await readXlsx(bytes) : readCsv(bytes);
  if (rows.length > MAX_ROWS + 1) {
    throw new AppError('VALIDATION', `The file has ${(rows.length - 1).toLocaleString('en')} rows; at most ${MAX_ROWS.toLocaleString('en')} can be imported at once. Split it into smaller files.`);
  }
  if (!sheetHeader(rows).header) {
    throw new AppError('VALIDATION', 'The file has no rows: it needs a header row naming the columns, then one row per processing activity.');
  }
  return rows;
}

// ---------------------------------------------------------------- CSV

/** UTF-8 (a byte order mark is dropped); a file that is not UTF-8 is read as Windows-1252, what Excel on Windows writes. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** "," or ";" (what Excel writes where the decimal mark is a comma): whichever the first non-empty line has more of outside quotes. */
export function guessDelimiter(text: string): ',' | ';' {
  const counts = { ',': 0, ';': 0 };
  let quoted = false;
  let seenText = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (seenText) break;
    } else if (!quoted && (char === ',' || char === ';')) counts[char]++;
    if (char.trim() !== '') seenText = true;
  }
  return counts[';'] > counts[','] ? ';' : ',';
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const CSV_ERRORS: Record<string, string> = {
  MissingQuotes: 'A quotation mark (") opened in this row is never closed, so the rest of the file was read into one cell: close the quote, or remove it.',
  InvalidQuotes: 'A quotation mark (") in this row is out of place: a cell that contains quotes must be quoted itself, with each quote doubled ("").',
};

function readCsv(bytes: Buffer): SheetRow[] {
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw new AppError('VALIDATION', 'That file is an Excel workbook named .csv: rename it to .xlsx, or save it from your spreadsheet program as CSV.');
  }
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw new AppError('VALIDATION', 'That file is not a CSV text file. Save the spreadsheet as CSV (or .xlsx) and choose it again.');
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), header: false, skipEmptyLines: false });
  const problems = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row !== undefined && !problems.has(error.row)) problems.set(error.row, CSV_ERRORS[error.code] ?? `This row could not be read: ${error.message}.`);
  }
  return parsed.data.map((cells, i) => {
    const problem = problems.get(i);
    return { line: i + 1, cells: cells.map(String), ...(problem ? { problem } : {}) };
  });
}

// ---------------------------------------------------------------- XLSX

/** A cell as the text a person sees: dates as YYYY-MM-DD (with the time only when there is one), TRUE/FALSE, numbers as written. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
  let data: unknown[][];
  try {
    data = (await readSheet(bytes)) as unknown[][];
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'XLS_FILE_NOT_SUPPORTED') {
      throw new AppError('VALIDATION', 'That is an older Excel .xls file renamed to .xlsx. Open it in your spreadsheet program and save it as .xlsx or .csv.');
    }
    // A damaged workbook fails anywhere inside the reader, with whatever error that code meets first.
    throw new AppError('VALIDATION', NOT_XLSX);
  }
  return data.map((cells, i) => ({ line: i + 1, cells: cells.map(cellText) }));
}
