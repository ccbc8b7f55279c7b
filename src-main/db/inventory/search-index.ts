import type { InventoryKind, SearchHit } from '../../domain/inventory/records';
import type { Db } from '../sqlite';
import { prepared } from '../statements';

/**
 * The FTS5 table `inventory_search(kind, record_id, title, body)`. Its rowid is
 * derived from the record (`record_id * 8 + kind code`), so replacing or
 * removing one record's row is a rowid lookup, not a scan of the whole table
 * (`kind` and `record_id` are UNINDEXED columns, which FTS5 cannot look up).
 */
const SEARCH_KIND_CODES: Readonly<Record<InventoryKind, number>> = {
  activity: 1,
  category: 2,
  subject: 3,
  system: 4,
  recipient: 5,
  cookie: 6,
  communication: 7,
};

export function searchRowId(kind: InventoryKind, id: number): number {
  return id * 8 + SEARCH_KIND_CODES[kind];
}

/** Joins the descriptive texts of a record into one body, skipping blanks. */
export function searchBody(parts: readonly (string | null | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
}

/** Replaces the record's row: call in the same transaction as the write it follows. */
export function indexRecord(db: Db, kind: InventoryKind, id: number, title: string, body: string): void {
  const rowid = searchRowId(kind, id);
  prepared(db, 'DELETE FROM inventory_search WHERE rowid = ?').run(rowid);
  prepared(db, 'INSERT INTO inventory_search (rowid, kind, record_id, title, body) VALUES (?, ?, CAST(? AS INTEGER), ?, ?)').run(
    rowid,
    kind,
    id,
    title,
    body,
  );
}

export function unindexRecord(db: Db, kind: InventoryKind, id: number): void {
  prepared(db, 'DELETE FROM inventory_search WHERE rowid = ?').run(searchRowId(kind, id));
}

/**
 * The person's words as an FTS5 query that cannot be a syntax error: each
 * whitespace-separated piece becomes a quoted string (quotes doubled), pieces
 * without a letter or digit are dropped (FTS5 would match nothing for the whole
 * query), and the last piece matches as a prefix, so "emai" finds "email".
 * Operators typed by the person (AND, OR, NOT, NEAR, -, *, parentheses) are
 * searched as words. Null when nothing searchable is left.
 */
export function ftsQuery(text: string): string | null {
  const pieces = text.split(/\s+/u).filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (pieces.length === 0) return null;
  return pieces.map((p, i) => `"${p.replaceAll('"', '""')}"${i === pieces.length - 1 ? '*' : ''}`).join(' ');
}

interface HitRow {
  kind: InventoryKind;
  id: number;
  title: string;
  snippet: string;
}

/** Best matches first (bm25, a title match weighing ten times a body match); archived records included. */
export function searchInventory(db: Db, text: string, limit: number): SearchHit[] {
  const match = ftsQuery(text);
  if (match === null) return [];
  return prepared(
    db,
    `SELECT kind, CAST(record_id AS INTEGER) AS id, title, snippet(inventory_search, -1, '[', ']', '…', 16) AS snippet
       FROM inventory_search
      WHERE inventory_search MATCH ?
      ORDER BY bm25(inventory_search, 0, 0, 10, 1), rowid
      LIMIT ?`,
  ).all(match, limit) as HitRow[];
}

/** The ids of one kind of record whose row matches, as a SQL condition on `column`; for the list queries. */
export function searchCondition(kind: InventoryKind, column: string): string {
  return `${column} IN (SELECT record_id FROM inventory_search WHERE inventory_search MATCH ? AND kind = '${kind}')`;
}
