import { z } from 'zod';
import { ACTIVITY_COLUMN_FIELDS, type ActivityColumn, type ActivityColumnField, type ColumnMapping } from '../domain/spreadsheet/columns';
import type { SheetProblem } from '../domain/spreadsheet/rows';
import { call } from './define';

/**
 * Processing activities in and out of spreadsheets (CSV, XLSX): one row per
 * activity. The file travels as base64 both ways; the main process reads and
 * writes it in memory only.
 */
export { ACTIVITY_COLUMN_FIELDS, ACTIVITY_COLUMNS } from '../domain/spreadsheet/columns';
export type { ActivityColumnField, ColumnMapping } from '../domain/spreadsheet/columns';

/** The largest file accepted: 30 MiB, as base64 (4 characters per 3 bytes). */
export const SPREADSHEET_MAX_BYTES = 30 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(SPREADSHEET_MAX_BYTES / 3) * 4;

const fileName = z
  .string()
  .trim()
  .min(1, 'Choose a .csv or .xlsx file.')
  .max(1000)
  .refine((n) => /\.(csv|xlsx)$/i.test(n), 'Choose a .csv or .xlsx file.');

const contentBase64 = z
  .string()
  .min(1, 'The file is empty.')
  .max(MAX_BASE64, 'The file is larger than 30 MB: split it into smaller files.')
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'The file’s content did not arrive intact (it is not base64). Choose the file again.');

const column = z.string().trim().min(1).max(1000).nullable().default(null);

/** Field → the file's column header (as in the preview's `columns`), or null for none. Fields left out are null. */
export const columnMapping = z
  .object(Object.fromEntries(ACTIVITY_COLUMN_FIELDS.map((field) => [field, column])) as Record<ActivityColumnField, typeof column>)
  .strict();

export type SpreadsheetField = ActivityColumn;

export type SpreadsheetProblem = SheetProblem;

export interface SpreadsheetPreview {
  /** The header row; an empty header is named "Column C", a repeated one "Name (2)". */
  columns: string[];
  /** The first 10 data rows, one cell per column. */
  sampleRows: string[][];
  /** The mapping given, or one suggested from the headers. */
  mapping: ColumnMapping;
  /** Every importable field, in export order. */
  fields: SpreadsheetField[];
  /** Data rows (empty rows not counted). */
  total: number;
  /** Data rows without problems: what an import with skipInvalid would add. */
  valid: number;
  /**
   * Every problem, by line (the header is line 1). A mapping that cannot be used
   * (no name column, a column not in the file) gives only header problems and valid 0.
   */
  problems: SpreadsheetProblem[];
  /** Systems and recipients named by valid rows that the workspace does not have yet. */
  willCreate: { systems: string[]; recipients: string[] };
}

export interface SpreadsheetImportSummary {
  imported: number;
  /** Rows left out for their problems. */
  skipped: number;
  created: { systems: number; recipients: number };
}

export interface SpreadsheetExport {
  fileName: string;
  contentBase64: string;
  mimeType: string;
}

export const spreadsheetCalls = {
  /** Reads the file and checks every row against the mapping and the workspace; writes nothing. */
  'inventory.spreadsheet.preview': call(z.object({ fileName, contentBase64, mapping: columnMapping.optional() }).strict(), { needs: 'edit_record' }).returns<SpreadsheetPreview>(),
  /**
   * Reads and checks the file again, then adds its valid rows in one transaction. With problems and
   * skipInvalid false it refuses (VALIDATION) and adds nothing.
   */
  'inventory.spreadsheet.import': call(z.object({ fileName, contentBase64, mapping: columnMapping, skipInvalid: z.boolean() }).strict(), { needs: 'edit_record' }).returns<SpreadsheetImportSummary>(),
  /** Every activity, one row each, in the columns the import reads; xlsx adds sheets of systems, recipients and data categories. */
  'inventory.spreadsheet.export': call(
    z.object({ format: z.enum(['csv', 'xlsx']), archived: z.enum(['active', 'all']).default('active') }).strict(),
    { needs: 'report' },
  ).returns<SpreadsheetExport>(),
} as const;
