import type { Db } from '../sqlite';
import { GENESIS_HASH } from './stamp';

/**
 * The audit triggers: every table of the compliance record gets AFTER INSERT, UPDATE and DELETE
 * triggers that append an entry (the row's columns before and after, as JSON) in the same
 * statement, hence the same transaction, as the change. They are generated from the schema as it
 * is, so a migration that adds a table or a column calls `installAuditTriggers` again; the
 * coverage test fails until it does.
 */

/** Tables that are not part of the compliance record, each with the reason. */
const UNAUDITED_TABLES: Readonly<Record<string, string>> = {
  audit_entry: 'the log itself',
  audit_tally: 'counts of the log\'s entries, kept by triggers on the log itself',
  workspace_meta: "the file's own bookkeeping (key derivation profile, creation time)",
  request_sequence: 'the counter behind request references; the request that takes a reference is logged',
};

/** Columns left out of the entries, each with the reason. Any BLOB column is left out too (file bytes; JSON holds no bytes). */
const UNAUDITED_COLUMNS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  request: {
    due_on: 'derived from the rules and the request, recomputed when they change (those changes are logged)',
    acknowledge_by: 'derived like due_on',
    search_text: 'a folded copy of logged columns, for search',
  },
};

type Side = 'OLD' | 'NEW';

/** Rows left out, as a condition on the row: the fingerprint of the shipped deadline rules, which the app itself keeps up to date. */
const AUDITED_ROWS: Readonly<Record<string, (row: Side) => string>> = {
  workspace_setting: (row) => `${row}.key <> 'deadline_basis'`,
};

/** A child table's owning record: entries are filed under it, so one record's history includes its links. */
const OWNERS: readonly { prefix: string; kind: string; column: string; label: string }[] = [
  { prefix: 'activity_', kind: 'activity', column: 'activity_id', label: 'SELECT name FROM activity WHERE id = ?' },
  { prefix: 'request_', kind: 'request', column: 'request_id', label: 'SELECT reference FROM request WHERE id = ?' },
  { prefix: 'vendor_', kind: 'vendor', column: 'recipient_id', label: 'SELECT name FROM recipient WHERE id = ?' },
];

/** The readable name of a row of its own, first found. */
const LABEL_COLUMNS = ['name', 'reference', 'title', 'text', 'key'];

/** The record kinds of tables that are records of their own, where the table name is not the kind's name. */
const OWN_KINDS: Readonly<Record<string, string>> = {
  data_category: 'category',
  data_subject: 'subject',
  vendor_question: 'question',
  workspace_setting: 'setting',
};

export interface Column {
  name: string;
  type: string;
  pk: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The tables the triggers cover: every table but SQLite's own, virtual tables and their shadow tables, and the unaudited ones. */
export function auditedTables(db: Db): string[] {
  const rows = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all() as {
    name: string;
    sql: string;
  }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  return rows
    .map((r) => r.name)
    .filter((name) => !Object.hasOwn(UNAUDITED_TABLES, name) && !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
}

export function tableColumns(db: Db, table: string): Column[] {
  return db.prepare('SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid').all(table) as Column[];
}

/** The columns an entry records for this table. */
export function auditedColumns(table: string, columns: readonly Column[]): Column[] {
  const left = UNAUDITED_COLUMNS[table] ?? {};
  return columns.filter((c) => !Object.hasOwn(left, c.name) && c.type.toUpperCase() !== 'BLOB');
}

/** The SQL expressions of an entry's fields, over the values of the appended entry. */
export interface EntrySource {
  kind: string;
  tableName: string;
  recordKind: string;
  recordId: string;
  label: string;
  before: string;
  after: string;
}

/**
 * Appends one entry: its sequence number and previous hash taken from the current head, its time
 * and actor from the connection's stamp, its hash over all of it. Used by the triggers and, with
 * bound parameters, for the events that are not row changes, so both chain alike.
 */
export function appendSql(source: EntrySource): string {
  const content = 'e.seq, e.at, e.actor, e.kind, e.table_name, e.record_kind, e.record_id, e.label, e.before, e.after';
  return `INSERT INTO audit_entry (seq, at, actor, kind, table_name, record_kind, record_id, label, before, after, prev_hash, hash)
    SELECT ${content}, e.prev_hash, pw_audit_hash(e.prev_hash, ${content}) FROM (
      SELECT coalesce(h.seq, 0) + 1 AS seq, pw_now() AS at, pw_actor() AS actor, ${source.kind} AS kind, ${source.tableName} AS table_name,
        ${source.recordKind} AS record_kind, ${source.recordId} AS record_id, ${source.label} AS label, ${source.before} AS before,
        ${source.after} AS after, coalesce(h.hash, '${GENESIS_HASH}') AS prev_hash
      FROM (SELECT 1) LEFT JOIN (SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1) h
    ) e`;
}

const ownerOf = (table: string, names: ReadonlySet<string>) => OWNERS.find((o) => table.startsWith(o.prefix) && names.has(o.column));

/** The record kind the entries of a table's rows are filed under: its owning record's for a child table, else its own. */
export function recordKindOf(db: Db, table: string): string {
  return ownerOf(table, new Set(tableColumns(db, table).map((c) => c.name)))?.kind ?? OWN_KINDS[table] ?? table;
}

function rowSource(table: string, columns: readonly Column[], side: Side): Omit<EntrySource, 'kind' | 'before' | 'after'> {
  const names = new Set(columns.map((c) => c.name));
  const owner = ownerOf(table, names);
  const ref = (name: string) => `${side}.${quote(name)}`;
  if (owner) {
    return {
      tableName: literal(table),
      recordKind: literal(owner.kind),
      recordId: ref(owner.column),
      label: `(${owner.label.replace('?', ref(owner.column))})`,
    };
  }
  const labelColumn = LABEL_COLUMNS.find((n) => names.has(n));
  const idColumn = columns.find((c) => c.pk === 1 && c.name === 'id' && c.type.toUpperCase() === 'INTEGER');
  return {
    tableName: literal(table),
    recordKind: literal(OWN_KINDS[table] ?? table),
    recordId: idColumn ? ref('id') : 'NULL',
    label: labelColumn ? `CAST(${ref(labelColumn)} AS TEXT)` : 'NULL',
  };
}

const jsonOf = (columns: readonly Column[], side: Side) => `json_object(${columns.map((c) => `${literal(c.name)}, ${side}.${quote(c.name)}`).join(', ')})`;

/** Archive, restore and status changes are told apart from other updates by the columns that changed. */
function updateKind(names: ReadonlySet<string>): string {
  const cases = [
    names.has('archived_at') ? "WHEN OLD.archived_at IS NOT NEW.archived_at THEN CASE WHEN NEW.archived_at IS NULL THEN 'restore' ELSE 'archive' END" : '',
    names.has('status') ? "WHEN OLD.status IS NOT NEW.status THEN 'status'" : '',
  ].filter(Boolean);
  return cases.length === 0 ? "'update'" : `CASE ${cases.join(' ')} ELSE 'update' END`;
}

export const triggerName = (table: string, event: 'insert' | 'update' | 'delete') => `pw_audit_${table}_${event}`;

function tableTriggers(table: string, all: readonly Column[]): string[] {
  const columns = auditedColumns(table, all);
  const names = new Set(columns.map((c) => c.name));
  const rowFilter = AUDITED_ROWS[table];
  const when = (side: Side) => (rowFilter ? ` WHEN ${rowFilter(side)}` : '');
  // A save that changes nothing but updated_at is no change.
  const changed = columns.filter((c) => c.name !== 'updated_at').map((c) => `OLD.${quote(c.name)} IS NOT NEW.${quote(c.name)}`);
  const updateWhen = [rowFilter ? `(${rowFilter('NEW')})` : '', `(${changed.join(' OR ')})`].filter(Boolean).join(' AND ');
  const append = (side: Side, kind: string, before: string, after: string) => appendSql({ ...rowSource(table, columns, side), kind, before, after });
  return [
    `CREATE TRIGGER ${triggerName(table, 'insert')} AFTER INSERT ON ${quote(table)}${when('NEW')} BEGIN
      ${append('NEW', "'create'", 'NULL', jsonOf(columns, 'NEW'))}; END`,
    `CREATE TRIGGER ${triggerName(table, 'update')} AFTER UPDATE ON ${quote(table)} WHEN ${updateWhen} BEGIN
      ${append('NEW', updateKind(names), jsonOf(columns, 'OLD'), jsonOf(columns, 'NEW'))}; END`,
    `CREATE TRIGGER ${triggerName(table, 'delete')} AFTER DELETE ON ${quote(table)}${when('OLD')} BEGIN
      ${append('OLD', "'delete'", jsonOf(columns, 'OLD'), 'NULL')}; END`,
  ];
}

/**
 * (Re)creates the audit triggers of every audited table from the current schema. Run by migration
 * 0006, and again by any later migration that adds a table or a column (inside its transaction).
 */
export function installAuditTriggers(db: Db): void {
  // Only the triggers of the record's tables: those on the log itself (its tally, its search index) are the log's own.
  const existing = db.prepare("SELECT name, tbl_name AS tableName FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'pw\\_audit\\_%' ESCAPE '\\'").all() as {
    name: string;
    tableName: string;
  }[];
  for (const { name } of existing.filter((t) => !Object.hasOwn(UNAUDITED_TABLES, t.tableName))) db.exec(`DROP TRIGGER ${quote(name)}`);
  for (const table of auditedTables(db)) {
    for (const sql of tableTriggers(table, tableColumns(db, table))) db.exec(sql);
  }
}
