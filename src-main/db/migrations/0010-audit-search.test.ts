import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { allEntries, type AuditQuery, countEntries, verifyChain } from '../audit/entries';
import { registerAuditFunctions, setAuditStamp } from '../audit/stamp';
import { installAuditTriggers } from '../audit/triggers';
import { openCipher, type Db } from '../sqlite';
import { MIGRATIONS, migrate } from '.';

const tempDir = useTempDir();
const NONE: AuditQuery = { recordKind: null, recordId: null, actor: null, kind: null, from: null, to: null, search: '' };

function write(db: Db, actor: string, at: string, sql: string, ...params: unknown[]): void {
  setAuditStamp(db, { actor, at });
  db.prepare(sql).run(...params);
}

const recipient = "INSERT INTO recipient (name, kind, created_at, updated_at) VALUES (?, 'processor', 'x', 'x')";

function open(path: string, key: Buffer, saltHex?: string): Db {
  const db = openCipher(path, key, { create: saltHex !== undefined, saltHex });
  registerAuditFunctions(db, new Date('2026-03-01T08:00:00Z'));
  return db;
}

function version9Workspace(key = randomBytes(32)): Db {
  const db = open(join(tempDir(), `v9-${randomBytes(4).toString('hex')}.pws`), key, randomBytes(16).toString('hex'));
  migrate(db, MIGRATIONS.slice(0, 9));
  write(db, 'Zoë Ñúñez', '2026-03-01T09:00:00.000Z', recipient, 'Mailer');
  write(db, 'ana', '2026-03-02T09:00:00.000Z', recipient, 'Müller Hosting');
  write(db, 'ben', '2026-03-03T09:00:00.000Z', "UPDATE recipient SET name = 'Mail Co' WHERE name = 'Mailer'");
  return db;
}

/** The labels of the entries the search finds, oldest first, checked against its count. */
function found(db: Db, search: string): (string | null)[] {
  const entries = allEntries(db, { ...NONE, search });
  expect(countEntries(db, { ...NONE, search }), search).toBe(entries.length);
  return entries.map((e) => e.label);
}

describe('migration 0010: the audit search index', () => {
  it("indexes the entries a version-9 log already holds, folded, and leaves the chain whole", () => {
    const db = version9Workspace();
    migrate(db);
    expect(found(db, 'zoe ñunez')).toEqual(['Mailer']);
    expect(found(db, 'MULLER')).toEqual(['Müller Hosting']);
    expect(found(db, '"name":"mailer"')).toEqual(['Mailer', 'Mail Co']);
    expect(verifyChain(db)).toMatchObject({ ok: true, seq: allEntries(db, NONE).length });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('keeps the index in step with new entries, a rolled-back write, and rows changed or removed with the guards dropped', () => {
    const db = version9Workspace();
    migrate(db);
    write(db, 'ana', '2026-03-04T10:00:00.000Z', recipient, 'Ledger Ltd');
    expect(() =>
      db.transaction(() => {
        write(db, 'ana', '2026-03-05T10:00:00.000Z', recipient, 'Rolled Back Ltd');
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(found(db, 'ledger')).toEqual(['Ledger Ltd']);
    expect(found(db, 'rolled back')).toEqual([]);

    db.exec('DROP TRIGGER pw_append_only_update; DROP TRIGGER pw_append_only_delete;');
    const ledger = allEntries(db, { ...NONE, search: 'ledger' })[0]!.seq;
    db.prepare("UPDATE audit_entry SET label = 'Relabelled', after = NULL WHERE seq = ?").run(ledger);
    db.prepare("DELETE FROM audit_entry WHERE label = 'Müller Hosting'").run();
    db.prepare('UPDATE audit_entry SET seq = 100 WHERE seq = 1').run();
    expect(found(db, 'ledger')).toEqual([]);
    expect(found(db, 'relabelled')).toEqual(['Relabelled']);
    expect(found(db, 'muller')).toEqual([]);
    expect(allEntries(db, { ...NONE, search: 'zoe' }).map((e) => e.seq)).toEqual([100]);
    db.close();
  });

  it('keeps the index when a later migration installs the audit triggers again', () => {
    const db = version9Workspace();
    migrate(db);
    // What a migration adding a table or a column does (see installAuditTriggers).
    db.transaction(() => installAuditTriggers(db))();
    write(db, 'ana', '2026-03-06T10:00:00.000Z', recipient, 'Archive Vault');
    expect(found(db, 'archive vault')).toEqual(['Archive Vault']);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'pw\\_audit\\_search\\_%' ESCAPE '\\' ORDER BY name").pluck().all()).toEqual([
      'pw_audit_search_delete',
      'pw_audit_search_insert',
      'pw_audit_search_update',
    ]);
    db.close();
  });

  it('goes with the log into a backup copy, searchable there', () => {
    const key = randomBytes(32);
    const db = version9Workspace(key);
    migrate(db);
    // The backup's way (db/backup.ts): VACUUM INTO from the open connection, encrypted with the same key.
    const path = join(tempDir(), 'copy.pws');
    db.prepare('VACUUM INTO ?').run(path);
    db.close();
    const copy = open(path, key);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(found(copy, 'müller')).toEqual(['Müller Hosting']);
    write(copy, 'ana', '2026-03-07T10:00:00.000Z', recipient, 'After Restore');
    expect(found(copy, 'after restore')).toEqual(['After Restore']);
    copy.close();
  });
});
