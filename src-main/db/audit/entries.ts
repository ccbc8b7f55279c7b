import type { AuditHead, AuditRow, AuditVerification } from '../../contract/audit';
import type { AuditKind } from '../../domain/audit/vocabulary';
import type { Db } from '../sqlite';
import { prepared } from '../statements';
import { textConditions } from './search';
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

/** A condition on audit_entry: its SQL, the name of its parameter, the value. */
export type Condition = [sql: string, name: string, value: unknown];

/** A WHERE clause of fixed fragments, every value bound. */
function clause(conditions: (Condition | null)[]): { sql: string; params: Record<string, unknown> } {
  const present = conditions.filter((c) => c !== null);
  return {
    sql: present.length === 0 ? '' : `WHERE ${present.map(([sql]) => sql).join(' AND ')}`,
    params: Object.fromEntries(present.map(([, name, value]) => [name, value])),
  };
}

const when = (value: unknown, sql: string, name: string): Condition | null => (value === null ? null : [sql, name, value]);

/** The filters that audit_entry and audit_tally both hold, under the same names. */
const kindAndActor = (query: AuditQuery) => [
  when(query.recordKind, 'record_kind = @recordKind', 'recordKind'),
  when(query.actor, 'actor = @actor', 'actor'),
  when(query.kind, 'kind = @kind', 'kind'),
];

/** The WHERE clause of a query over the entries. */
function where(query: AuditQuery): { sql: string; params: Record<string, unknown> } {
  const filters = [
    ...kindAndActor(query),
    when(query.recordId, 'record_id = @recordId', 'recordId'),
    // `at` is an ISO instant in UTC: from the start of `from` to the end of `to`.
    when(query.from, 'at >= @from', 'from'),
    when(query.to, "at < date(@to, '+1 day')", 'to'),
  ];
  // A record's number alone has no index: (record_kind, record_id) needs its kind.
  const indexed = [query.recordKind, query.actor, query.kind, query.from, query.to].some((value) => value !== null);
  return clause([...filters, ...(query.search === '' ? [] : textConditions(query.search, indexed))]);
}

/**
 * The tally's rows are per UTC day, person, kind and record kind: a query filtering on nothing else
 * is counted there, in a few rows instead of up to every entry. `at` is an ISO instant, so its first
 * ten characters are its day, and the period's ends are whole days.
 */
function tallied(query: AuditQuery): { sql: string; params: Record<string, unknown> } | null {
  if (query.recordId !== null || query.search !== '') return null;
  return clause([
    ...kindAndActor(query),
    when(query.from, 'day >= @from', 'from'),
    when(query.to, 'day <= @to', 'to'),
  ]);
}

export function countEntries(db: Db, query: AuditQuery): number {
  const tally = tallied(query);
  if (tally) return (prepared(db, `SELECT coalesce(sum(entries), 0) AS n FROM audit_tally ${tally.sql}`).get(tally.params) as { n: number }).n;
  const { sql, params } = where(query);
  return (prepared(db, `SELECT count(*) AS n FROM audit_entry ${sql}`).get(params) as { n: number }).n;
}

/**
 * The number of the newest entry on a page of the whole log, when the log is numbered without a gap
 * (as the chain requires; the tally counts its entries): a page deep in the log then starts there,
 * instead of stepping over hundreds of thousands of entries. Null after entries went missing.
 */
function pageTop(db: Db, offset: number): number | null {
  const { entries, first, last } = prepared(
    db,
    `SELECT (SELECT coalesce(sum(entries), 0) FROM audit_tally) AS entries, (SELECT min(seq) FROM audit_entry) AS first,
       (SELECT max(seq) FROM audit_entry) AS last`,
  ).get() as { entries: number; first: number | null; last: number | null };
  return first !== null && last !== null && entries === last - first + 1 ? last - offset : null;
}

/**
 * A page of entries, newest first. The page's numbers are found first, from an index where one
 * holds the filter: the entries skipped over and the others sorted with them are never read whole.
 */
export function listEntries(db: Db, query: AuditQuery, offset: number, limit: number): StoredEntry[] {
  const { sql, params } = where(query);
  const top = sql === '' ? pageTop(db, offset) : null;
  if (top !== null) return prepared(db, `SELECT ${COLUMNS} FROM audit_entry WHERE seq <= @top ORDER BY seq DESC LIMIT @limit`).all({ top, limit }) as StoredEntry[];
  return prepared(
    db,
    `SELECT ${COLUMNS} FROM audit_entry WHERE seq IN (SELECT seq FROM audit_entry ${sql} ORDER BY seq DESC LIMIT @limit OFFSET @offset) ORDER BY seq DESC`,
  ).all({ ...params, limit, offset }) as StoredEntry[];
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
