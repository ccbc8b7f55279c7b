import type { ParsedInput } from '../../contract';
import { AppError } from '../../contract/errors';
import { activityInput } from '../../contract/inventory';
import type { SpreadsheetExport, SpreadsheetImportSummary, SpreadsheetPreview } from '../../contract/spreadsheet';
import { ACTIVITY_COLUMNS, type ColumnMapping, suggestMapping } from '../../domain/spreadsheet/columns';
import { type ActivityDraft, type Checked, checkSheet, fold, type SheetCheck, type SheetLookups, type SheetRow, sheetHeader } from '../../domain/spreadsheet/rows';
import { pageAll } from '../exchange/page-all';
import type { InventoryService } from '../inventory';
import { recordEvent } from '../audit';
import { InventoryStore } from '../inventory/context';
import type { Clock, WorkspaceSession } from '../workspace-session';
import { exportTables } from './export-tables';
import { readRows } from './read-file';
import { csvBytes, xlsxBytes } from './write-file';

type SaveActivity = ParsedInput<'inventory.activities.save'>;

export interface SpreadsheetService {
  preview(input: ParsedInput<'inventory.spreadsheet.preview'>): Promise<SpreadsheetPreview>;
  import(input: ParsedInput<'inventory.spreadsheet.import'>): Promise<SpreadsheetImportSummary>;
  export(input: ParsedInput<'inventory.spreadsheet.export'>): Promise<SpreadsheetExport>;
}

const SAMPLE_ROWS = 10;
const SAMPLE_CELL = 500;
const MIME = { csv: 'text/csv;charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** The contract's own rules for a saved activity, run on each row. */
function validate(draft: ActivityDraft): Checked<SaveActivity> {
  const parsed = activityInput.safeParse(draft);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: parsed.error.issues };
}

/** Processing activities in and out of CSV and XLSX files, one row per activity; the files stay in memory. */
export function createSpreadsheetService(session: WorkspaceSession, clock: Clock, inventory: InventoryService): SpreadsheetService {
  const store = new InventoryStore(session, clock);

  const lookups = (): SheetLookups => {
    const taxonomy = (rows: { id: number; key: string; name: string; archivedAt: string | null }[]) =>
      rows.map((r) => ({ id: r.id, key: r.key, name: r.name, archived: r.archivedAt !== null }));
    return {
      categories: taxonomy(pageAll(inventory.categories.list)),
      subjects: taxonomy(pageAll(inventory.subjects.list)),
      systems: pageAll(inventory.systems.list).map((s) => s.name),
      recipients: pageAll(inventory.recipients.list).map((r) => r.name),
    };
  };
  const check = (rows: SheetRow[], mapping: ColumnMapping) => checkSheet(rows, mapping, lookups(), validate);

  return {
    async preview({ fileName, contentBase64, mapping }) {
      const rows = await readRows(fileName, Buffer.from(contentBase64, 'base64'));
      return store.read(() => {
        const chosen = mapping ?? suggestMapping(sheetHeader(rows).columns);
        const checked = check(rows, chosen);
        return {
          columns: checked.columns,
          sampleRows: checked.dataRows.slice(0, SAMPLE_ROWS).map((r) => checked.columns.map((_, i) => (r.cells[i] ?? '').slice(0, SAMPLE_CELL))),
          mapping: chosen,
          fields: ACTIVITY_COLUMNS.map((c) => ({ ...c })),
          total: checked.dataRows.length,
          valid: checked.rows.length,
          problems: checked.problems,
          willCreate: checked.willCreate,
        };
      });
    },

    async import({ fileName, contentBase64, mapping, skipInvalid }) {
      const rows = await readRows(fileName, Buffer.from(contentBase64, 'base64'));
      return store.write(() => {
        const checked = check(rows, mapping);
        refuseUnlessImportable(checked, skipInvalid);
        const systemIds = idsByName(checked, 'systems', pageAll(inventory.systems.list), (name) => inventory.systems.save(newSystem(name)).id);
        const recipientIds = idsByName(checked, 'recipients', pageAll(inventory.recipients.list), (name) => inventory.recipients.save(newRecipient(name)).id);
        for (const row of checked.rows) {
          inventory.activities.save({
            ...row.activity,
            systemIds: row.systems.map((n) => systemIds.get(fold(n))!),
            recipientIds: row.recipients.map((n) => recipientIds.get(fold(n))!),
          });
        }
        const summary = {
          imported: checked.rows.length,
          skipped: checked.invalid,
          created: { systems: checked.willCreate.systems.length, recipients: checked.willCreate.recipients.length },
        };
        recordEvent(store, { kind: 'import', label: `Activities (${fileName})`, details: { fileName, ...summary } });
        return summary;
      });
    },

    async export({ format, archived }) {
      const now = clock.now().toISOString();
      const { tables, organisation } = store.read(() => ({ tables: exportTables(inventory, archived === 'all'), organisation: inventory.organisation.get().name }));
      const bytes = format === 'csv' ? csvBytes(tables[0]!) : await xlsxBytes(tables);
      const slug = organisation.normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'workspace';
      const fileName = `activities-${slug}-${now.slice(0, 10)}.${format}`;
      recordEvent(store, { kind: 'export', label: `Activities (${format.toUpperCase()})`, details: { export: 'activities', format, archived, fileName } });
      return { fileName, contentBase64: bytes.toString('base64'), mimeType: MIME[format] };
    },
  };
}

function refuseUnlessImportable(checked: SheetCheck<SaveActivity>, skipInvalid: boolean): void {
  if (!checked.mappingUsable) {
    throw new AppError('VALIDATION', `The columns cannot be imported as chosen: ${checked.problems[0]?.reason ?? 'check the mapping.'} Nothing was imported.`);
  }
  if (checked.invalid > 0 && !skipInvalid) {
    const rows = checked.invalid === 1 ? '1 row has' : `${checked.invalid.toLocaleString('en')} rows have`;
    throw new AppError(
      'VALIDATION',
      `${rows} problems, so nothing was imported. Fix them in the file and choose it again, or import only the ${checked.rows.length.toLocaleString('en')} rows without problems.`,
    );
  }
  if (checked.rows.length === 0) {
    throw new AppError('VALIDATION', 'The file has no row that can be imported: it needs one row per processing activity below the header. Nothing was imported.');
  }
}

/** Systems or recipients by folded name: the workspace's own (archived too, as names are unique), and the ones this import creates. */
function idsByName(checked: SheetCheck<SaveActivity>, area: 'systems' | 'recipients', existing: { id: number; name: string }[], create: (name: string) => number): Map<string, number> {
  const ids = new Map(existing.map((r) => [fold(r.name), r.id]));
  for (const name of checked.willCreate[area]) ids.set(fold(name), create(name));
  return ids;
}

const newSystem = (name: string) => ({ name, kind: 'other' as const, owner: '', description: '', hostingCountries: [], processorId: null, securityMeasures: '' });
const newRecipient = (name: string) => ({ name, kind: 'processor' as const, countries: [], description: '' });
