import { createHash } from 'node:crypto';
import type { Db } from '../../src-main/db/sqlite';

interface TableInfo {
  schema: string;
  name: string;
  type: string;
  wr: number;
}

/**
 * sha256 over the whole database: the schema, user_version, and every row of every table (the
 * full-text index through its shadow tables), each table read in a fixed order. Equal before and
 * after a call means the call wrote nothing, whichever tables later migrations add.
 */
export function databaseFingerprint(db: Db): string {
  const hash = createHash('sha256');
  hash.update(String(db.pragma('user_version', { simple: true })));
  hash.update(JSON.stringify(db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name').raw(true).all()));
  const tables = (db.pragma('table_list') as TableInfo[])
    .filter((t) => t.schema === 'main' && t.type !== 'virtual')
    .map((t) => ({ name: t.name, order: t.wr ? '' : ' ORDER BY rowid' }))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const { name, order } of tables) {
    // WITHOUT ROWID tables are read in primary-key order.
    const rows = db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"${order}`).raw(true).all() as unknown[][];
    hash.update(name).update(JSON.stringify(rows));
  }
  return hash.digest('hex');
}
