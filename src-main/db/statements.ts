import type { Db, Statement } from './sqlite';

/**
 * Per-connection helpers for the repositories: prepared statements cached by
 * their SQL text, and the few SQL functions the queries use. Both live as long
 * as the connection (a WeakMap keyed by it), so a lock and unlock starts clean.
 *
 * SQL text is only ever built from fixed fragments and allow-listed
 * identifiers, never from values, so the cache stays small and bounded.
 */
const cache = new WeakMap<Db, Map<string, Statement>>();

export function prepared(db: Db, sql: string): Statement {
  return cached(db, sql, false);
}

/** The same, returning rows as arrays (about a third of the cost of row objects): for the bulk loads. Cached apart. */
export function preparedRaw(db: Db, sql: string): Statement {
  return cached(db, sql, true);
}

function cached(db: Db, sql: string, raw: boolean): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
    registerFunctions(db);
  }
  const key = raw ? `raw:${sql}` : sql;
  let statement = statements.get(key);
  if (!statement) {
    statement = db.prepare(sql);
    if (raw) statement.raw(true);
    statements.set(key, statement);
  }
  return statement;
}

/** Lower case without accents: "Zoë" and "ZOE" fold alike. Used for substring search. */
export function fold(text: string): string {
  // ASCII is its own decomposition and has no marks: the common case, searched row by row, skips both.
  return NOT_ASCII.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() : text.toLowerCase();
}

const NOT_ASCII = /[^\p{ASCII}]/u;

/** Lower case only, for "same name" checks: "Müller" and "MÜLLER" clash, "Muller" does not. */
function caseless(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** The SQL functions of the queries, on a connection; the audit log's search index calls pw_fold from its trigger too. */
export function registerFunctions(db: Db): void {
  db.function('pw_fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? fold(value) : value));
  db.function('pw_caseless', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? caseless(value) : value));
}

/** better-sqlite3 binds no booleans: the 0/1 the schema stores. */
export const bit = (value: boolean): 0 | 1 => (value ? 1 : 0);
