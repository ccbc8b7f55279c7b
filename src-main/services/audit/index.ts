import type { CallOutput, ParsedInput } from '../../contract';
import type { AuditEntry, AuditHead, AuditRow } from '../../contract/audit';
import { allEntries, appendEvent, type AuditEvent, type AuditQuery, auditHead, countEntries, getEntry, listEntries, type StoredEntry, verifyChain } from '../../db/audit/entries';
import { changedFields } from '../../domain/audit/diff';
import { AppError } from '../../contract/errors';
import { InventoryStore } from '../inventory/context';
import { csvBytes } from '../spreadsheet/write-file';
import type { Clock, WorkspaceSession } from '../workspace-session';

export type { AuditEvent };

type Answer<K extends 'audit.list' | 'audit.get' | 'audit.verify' | 'audit.export'> = (input: ParsedInput<K>) => CallOutput<K>;

export interface AuditService {
  list: Answer<'audit.list'>;
  get: Answer<'audit.get'>;
  verify: Answer<'audit.verify'>;
  export: Answer<'audit.export'>;
  /** The last entry: printed in every report. */
  head(): AuditHead;
}

/**
 * The one way a service logs an event that is not a row's change (report, import, export, unlock,
 * lock): inside the caller's write when there is one (so it rolls back with it), else on its own.
 */
export function recordEvent(store: InventoryStore, event: AuditEvent): void {
  store.write((db) => appendEvent(db, event));
}

const parse = (json: string | null) => (json === null ? null : (JSON.parse(json) as Record<string, unknown>));

function toEntry(stored: StoredEntry): AuditEntry {
  const before = parse(stored.before);
  const after = parse(stored.after);
  // An event's details are no change of fields.
  const changed = stored.tableName === null ? [] : changedFields(before, after).map((c) => c.field);
  return { ...stored, before, after, changed };
}

const toRow = ({ seq, at, actor, kind, tableName, recordKind, recordId, label, changed }: AuditEntry): AuditRow => ({
  seq,
  at,
  actor,
  kind,
  tableName,
  recordKind,
  recordId,
  label,
  changed,
});

const CSV_HEADER = ['Entry', 'When', 'Who', 'Kind', 'Table', 'Record kind', 'Record id', 'Record', 'Changed fields', 'Before', 'After', 'Previous hash', 'Hash'];

const csvRow = (e: StoredEntry & { changed: string[] }) => [
  String(e.seq),
  e.at,
  e.actor,
  e.kind,
  e.tableName ?? '',
  e.recordKind ?? '',
  e.recordId === null ? '' : String(e.recordId),
  e.label ?? '',
  e.changed.join(', '),
  e.before ?? '',
  e.after ?? '',
  e.prevHash,
  e.hash,
];

export function createAuditService(session: WorkspaceSession, clock: Clock): AuditService {
  const store = new InventoryStore(session, clock);
  const query = ({ recordKind, recordId, actor, kind, from, to, search }: AuditQuery): AuditQuery => ({ recordKind, recordId, actor, kind, from, to, search });
  return {
    list: (input) =>
      store.read((db) => ({
        rows: listEntries(db, query(input), input.offset, input.limit).map((e) => toRow(toEntry(e))),
        total: countEntries(db, query(input)),
      })),
    get: ({ seq }) =>
      store.read((db) => {
        const stored = getEntry(db, seq);
        if (!stored) throw new AppError('NOT_FOUND', `There is no audit entry ${seq}.`);
        return toEntry(stored);
      }),
    verify: () => store.read((db) => verifyChain(db)),
    head: () => store.read((db) => auditHead(db)),
    export: (input) => {
      const today = clock.now().toISOString().slice(0, 10);
      const { entries, head } = store.read((db) => ({ entries: allEntries(db, query(input)), head: auditHead(db) }));
      const fileName = `audit-log-${today}.${input.format}`;
      // Logged before it is handed over, so the file never outlives its own record.
      recordEvent(store, { kind: 'export', label: 'Audit log', details: { export: 'audit_log', format: input.format, entries: entries.length, fileName } });
      if (input.format === 'json') {
        const content = JSON.stringify({ head, entries: entries.map((e) => ({ ...e, before: parse(e.before), after: parse(e.after) })) }, null, 2);
        return { fileName, contentBase64: Buffer.from(content, 'utf8').toString('base64'), mimeType: 'application/json' };
      }
      const rows = entries.map((e) => csvRow({ ...e, changed: toEntry(e).changed }));
      return { fileName, contentBase64: csvBytes({ sheet: 'Audit log', header: CSV_HEADER, rows }).toString('base64'), mimeType: 'text/csv;charset=utf-8' };
    },
  };
}
