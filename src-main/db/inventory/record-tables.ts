import type { InventoryKind } from '../../domain/inventory/records';
import type { Db } from '../sqlite';
import { prepared } from '../statements';
import { unindexRecord } from './search-index';

/** Each kind of record's table: the allow-list every generic statement below takes its table name from. */
export const RECORD_TABLES: Readonly<Record<InventoryKind, string>> = {
  activity: 'activity',
  category: 'data_category',
  subject: 'data_subject',
  system: 'system',
  recipient: 'recipient',
  cookie: 'cookie',
  communication: 'communication',
};

export function recordExists(db: Db, kind: InventoryKind, id: number): boolean {
  return prepared(db, `SELECT 1 FROM ${RECORD_TABLES[kind]} WHERE id = ?`).get(id) !== undefined;
}

/** The ids among `ids` that name no record of that kind (one bound JSON array, however many ids). */
export function missingIds(db: Db, kind: InventoryKind, ids: readonly number[]): number[] {
  if (ids.length === 0) return [];
  const rows = prepared(
    db,
    `SELECT DISTINCT j.value AS id FROM json_each(?) AS j WHERE NOT EXISTS (SELECT 1 FROM ${RECORD_TABLES[kind]} t WHERE t.id = j.value)`,
  ).all(JSON.stringify(ids)) as { id: number }[];
  return rows.map((r) => r.id);
}

export type SqlValue = string | number | null;

/**
 * Inserts a record from its column values. The column names are the keys of an
 * object literal in a repository (never of the input), so they are identifiers
 * of our own; the values are bound.
 */
export function insertRow(db: Db, kind: InventoryKind, columns: Readonly<Record<string, SqlValue>>, now: string): number {
  const names = Object.keys(columns);
  const sql = `INSERT INTO ${RECORD_TABLES[kind]} (${names.join(', ')}, created_at, updated_at) VALUES (${names.map(() => '?').join(', ')}, ?, ?)`;
  return Number(prepared(db, sql).run(...Object.values(columns), now, now).lastInsertRowid);
}

/** Updates a record's columns (named as for `insertRow`) and its updated_at. */
export function updateRow(db: Db, kind: InventoryKind, id: number, columns: Readonly<Record<string, SqlValue>>, now: string): void {
  const sql = `UPDATE ${RECORD_TABLES[kind]} SET ${Object.keys(columns).map((name) => `${name} = ?`).join(', ')}, updated_at = ? WHERE id = ?`;
  prepared(db, sql).run(...Object.values(columns), now, id);
}

/** Sets or clears archived_at; archiving an archived record keeps the first date. */
export function setArchived(db: Db, kind: InventoryKind, id: number, archived: boolean, now: string): void {
  prepared(
    db,
    `UPDATE ${RECORD_TABLES[kind]} SET archived_at = CASE WHEN ? THEN coalesce(archived_at, ?) ELSE NULL END, updated_at = ? WHERE id = ?`,
  ).run(archived ? 1 : 0, now, now, id);
}

/** Deletes the record and its search row; the foreign keys remove its links or clear the references to it. */
export function deleteRecord(db: Db, kind: InventoryKind, id: number): void {
  prepared(db, `DELETE FROM ${RECORD_TABLES[kind]} WHERE id = ?`).run(id);
  unindexRecord(db, kind, id);
}

/** Names compared without case (Unicode-aware): the id of another record of that kind with this name, if any. */
export function sameNameId(db: Db, kind: InventoryKind, name: string, exceptId: number | undefined): number | undefined {
  const row = prepared(db, `SELECT id FROM ${RECORD_TABLES[kind]} WHERE pw_caseless(name) = pw_caseless(?) AND id IS NOT ? LIMIT 1`).get(
    name,
    exceptId ?? null,
  ) as { id: number } | undefined;
  return row?.id;
}

/** An unused `key` for a new record: `custom.<slug>`, then `custom.<slug>_2`, `_3`, ... */
export function uniqueCustomKey(db: Db, kind: 'category' | 'subject', name: string): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60)
      .replace(/_+$/, '') || kind;
  const taken = prepared(db, `SELECT 1 FROM ${RECORD_TABLES[kind]} WHERE key = ?`);
  for (let n = 1; ; n++) {
    const key = n === 1 ? `custom.${slug}` : `custom.${slug}_${n}`;
    if (taken.get(key) === undefined) return key;
  }
}
