import type { AuditHead, AuditRow, AuditVerification } from '../../contract/audit';
import type { AuditKind } from '../../domain/audit/vocabulary';
import type { Db } from '../sqlite';
import { fold, prepared } from '../statements';
import { GENESIS_HASH } from './stamp';
import { appendSql } from './triggers';

/** An event that is not a row's change: what happened, and its details as `after`. */
export interface AuditEvent {
  kind: Extract<AuditKind, 'report' | 'import' | 'export' | 'unlock' | 'lock'>;
  label: string;
  details: Record<string, unknown>;
}

const APPEND_EVENT = appendSql({
  kind: '@kind',
  tableName: 'NULL',
  recordKind: 'NULL',
  recordId: 'NULL',
  label: '@label',
  before: 'NULL',
  after: '@after',
});

/** Appends an event, chained like the triggers' entries, inside the caller's transaction. */
export function appendEvent(db: Db, event: AuditEvent): void {
  prepared(db, APPEND_EVENT).run({ kind: event.kind, label: event.label, after: JSON.stringify(event.details) });
}

export interface AuditQuery {
  recordKind: string | null;
  recordId: number | null;
  actor: string | null;
  kind: AuditKind | null;
  from: string | null;
  to: string | null;
  search: string;
}

/** A row of audit_entry: the list's row without its derived field names, with the stored JSON and hashes. */
export interface StoredEntry extends Omit<AuditRow, 'changed'> {
  before: string | null;
  after: string | null;
  prevHash: string;
  hash: string;
}

const COLUMNS = `seq, at, actor, kind, table_name AS tableName, record_kind AS recordKind, record_id AS recordId, label, before, after,
  prev_hash AS prevHash, hash`;

/** The WHERE clause of a query: fixed fragments, every value bound. */
function where(query: AuditQuery): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  const add = (sql: string, name: string, value: unknown) => {
    parts.push(sql);
    params[name] = value;
  };
  if (query.recordKind !== null) add('record_kind = @recordKind', 'recordKind', query.recordKind);
  if (query.recordId !== null) add('record_id = @recordId', 'recordId', query.recordId);
  if (query.actor !== null) add('actor = @actor', 'actor', query.actor);
  if (query.kind !== null) add('kind = @kind', 'kind', query.kind);
  // `at` is an ISO instant in UTC: from the start of `from` to the end of `to`.
  if (query.from !== null) add('at >= @from', 'from', query.from);
  if (query.to !== null) add("at < date(@to, '+1 day')", 'to', query.to);
  if (query.search !== '') {
    add(
      `(instr(pw_fold(coalesce(label, '')), @search) > 0 OR instr(pw_fold(actor), @search) > 0 OR instr(pw_fold(coalesce(before, '')), @search) > 0
        OR instr(pw_fold(coalesce(after, '')), @search) > 0)`,
      'search',
      // Folded alike on both sides, so "zoe" finds "Zoë".
      fold(query.search),
    );
  }
  return { sql: parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`, params };
}

export function countEntries(db: Db, query: AuditQuery): number {
  const { sql, params } = where(query);
  return (prepared(db, `SELECT count(*) AS n FROM audit_entry ${sql}`).get(params) as { n: number }).n;
}

/** A page of entries, newest first. */
export function listEntries(db: Db, query: AuditQuery, offset: number, limit: number): StoredEntry[] {
  const { sql, params } = where(query);
  return prepared(db, `SELECT ${COLUMNS} FROM audit_entry ${sql} ORDER BY seq DESC LIMIT @limit OFFSET @offset`).all({ ...params, limit, offset }) as StoredEntry[];
}

/** Every matching entry, oldest first (the export). */
export function allEntries(db: Db, query: AuditQuery): StoredEntry[] {
  const { sql, params } = where(query);
  return prepared(db, `SELECT ${COLUMNS} FROM audit_entry ${sql} ORDER BY seq`).all(params) as StoredEntry[];
}

export function getEntry(db: Db, seq: number): StoredEntry | undefined {
  return prepared(db, `SELECT ${COLUMNS} FROM audit_entry WHERE seq = ?`).get(seq) as StoredEntry | undefined;
}

export function auditHead(db: Db): AuditHead {
  const row = prepared(db, 'SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1').get() as AuditHead | undefined;
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

/**
 * Walks the chain from the first entry: each must carry the next number, the previous entry's
 * hash, and a hash that matches its own content. Answers the first entry where one fails.
 */
export function verifyChain(db: Db): AuditVerification {
  const rows = prepared(
    db,
    `SELECT seq, prev_hash AS prevHash, hash,
       pw_audit_hash(prev_hash, seq, at, actor, kind, table_name, record_kind, record_id, label, before, after) AS expected
     FROM audit_entry ORDER BY seq`,
  ).iterate() as IterableIterator<{ seq: number; prevHash: string; hash: string; expected: string }>;
  let previous: AuditHead = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (const row of rows) {
    const broken = (problem: string): AuditVerification => ({ ok: false, seq: row.seq, problem, checked });
    if (row.seq !== previous.seq + 1) {
      const gap = row.seq - previous.seq - 1;
      return broken(`${gap === 1 ? `Entry ${previous.seq + 1} is` : `Entries ${previous.seq + 1} to ${row.seq - 1} are`} missing before entry ${row.seq}.`);
    }
    if (row.prevHash !== previous.hash) return broken(`Entry ${row.seq} does not follow entry ${previous.seq}: the previous hash it carries is not that entry's hash.`);
    if (row.expected !== row.hash) return broken(`Entry ${row.seq} was changed after it was written: its content no longer matches its hash.`);
    previous = { seq: row.seq, hash: row.hash };
    checked += 1;
  }
  return { ok: true, ...previous };
}
