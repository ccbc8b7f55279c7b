import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { allEntries, type AuditQuery, countEntries, listEntries } from '../audit/entries';
import { registerAuditFunctions, setAuditStamp } from '../audit/stamp';
import { installAuditTriggers } from '../audit/triggers';
import { openCipher, type Db } from '../sqlite';
import { MIGRATIONS, migrate } from '.';

const tempDir = useTempDir();

function write(db: Db, actor: string, at: string, sql: string, ...params: unknown[]): void {
  setAuditStamp(db, { actor, at });
  db.prepare(sql).run(...params);
}

/** The tally as it must be: the log's entries counted by day, person, kind and record kind, now. */
function recount(db: Db) {
  const fresh = db
    .prepare(
      `SELECT substr(at, 1, 10) AS day, actor, kind, record_kind AS recordKind, count(*) AS entries FROM audit_entry
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .all();
  const kept = db
    .prepare('SELECT day, actor, kind, record_kind AS recordKind, entries FROM audit_tally WHERE entries > 0 ORDER BY 1, 2, 3, 4')
    .all();
  return { fresh, kept };
}

/** Every page of the whole log, as the list gives it and as plain OFFSET counts it. */
function expectPagesAsOffsets(db: Db): void {
  const all = (db.prepare('SELECT seq FROM audit_entry ORDER BY seq DESC').all() as { seq: number }[]).map((r) => r.seq);
  for (let offset = 0; offset <= all.length; offset++) {
    expect(listEntries(db, NONE, offset, 2).map((e) => e.seq), `offset ${offset}`).toEqual(all.slice(offset, offset + 2));
  }
}

const NONE: AuditQuery = { recordKind: null, recordId: null, actor: null, kind: null, from: null, to: null, search: '' };

async function version7Workspace(): Promise<Db> {
  const db = openCipher(join(tempDir(), `v7-${randomBytes(4).toString('hex')}.pws`), randomBytes(32), { create: true, saltHex: randomBytes(16).toString('hex') });
  registerAuditFunctions(db, new Date('2026-03-01T08:00:00Z'));
  migrate(db, MIGRATIONS.slice(0, 7));
  const recipient = "INSERT INTO recipient (name, kind, created_at, updated_at) VALUES (?, 'processor', 'x', 'x')";
  write(db, 'ana', '2026-03-01T09:00:00.000Z', recipient, 'Mailer');
  write(db, 'ana', '2026-03-02T23:59:59.999Z', recipient, 'Hoster');
  write(db, 'ben', '2026-03-03T00:00:00.000Z', "UPDATE recipient SET name = 'Mail Co' WHERE name = 'Mailer'");
  return db;
}

describe('migration 0008: indexes at scale, the audit tally', () => {
  it('tallies the entries a version-7 log already holds, by UTC day, person, kind and record kind', async () => {
    const db = await version7Workspace();
    const before = db.prepare('SELECT count(*) AS n FROM audit_entry').get() as { n: number };
    migrate(db);
    const { fresh, kept } = recount(db);
    expect(kept).toEqual(fresh);
    expect(kept).toContainEqual({ day: '2026-03-03', actor: 'ben', kind: 'update', recordKind: 'recipient', entries: 1 });
    expect((db.prepare('SELECT sum(entries) AS n FROM audit_tally').get() as { n: number }).n).toBe(before.n);
    for (const index of ['activity_transfer_vendor', 'audit_entry_actor', 'audit_entry_kind', 'audit_entry_record_kind']) {
      expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = ?").get(index), index).toBeDefined();
    }
    db.close();
  });

  it('keeps the tally equal to the log through new entries, a rolled-back write, and rows changed or removed with the guards dropped', async () => {
    const db = await version7Workspace();
    migrate(db);
    write(db, 'ana', '2026-03-04T10:00:00.000Z', "INSERT INTO system (name, kind, created_at, updated_at) VALUES ('CRM', 'saas', 'x', 'x')");
    write(db, 'Dana Zoë', '2026-03-04T11:00:00.000Z', "DELETE FROM system WHERE name = 'CRM'");
    expect(() =>
      db.transaction(() => {
        write(db, 'ana', '2026-03-05T10:00:00.000Z', "INSERT INTO recipient (name, kind, created_at, updated_at) VALUES ('Gone', 'processor', 'x', 'x')");
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(recount(db).kept).toEqual(recount(db).fresh);

    expectPagesAsOffsets(db);
    db.exec('DROP TRIGGER pw_append_only_update; DROP TRIGGER pw_append_only_delete;');
    db.prepare("UPDATE audit_entry SET actor = 'mallory', at = '2026-04-01T00:00:00.000Z' WHERE seq = 2").run();
    db.prepare('UPDATE audit_entry SET label = ? WHERE seq = 3').run('relabelled');
    db.prepare('DELETE FROM audit_entry WHERE seq IN (1, 4)').run();
    const { fresh, kept } = recount(db);
    expect(kept).toEqual(fresh);
    expect(kept).toContainEqual({ day: '2026-04-01', actor: 'mallory', kind: 'create', recordKind: 'recipient', entries: 1 });
    // Numbered with gaps now: the pages are still those of OFFSET.
    expectPagesAsOffsets(db);
    db.close();
  });

  it('keeps the tally when a later migration installs the audit triggers again', async () => {
    const db = await version7Workspace();
    migrate(db);
    // What a migration adding a table or a column does (see installAuditTriggers).
    db.transaction(() => installAuditTriggers(db))();
    write(db, 'ana', '2026-03-06T10:00:00.000Z', "INSERT INTO system (name, kind, created_at, updated_at) VALUES ('Ledger', 'saas', 'x', 'x')");
    const { fresh, kept } = recount(db);
    expect(kept).toEqual(fresh);
    expect(countEntries(db, NONE)).toBe((db.prepare('SELECT count(*) AS n FROM audit_entry').get() as { n: number }).n);
    db.close();
  });

  it('counts every filter the tally answers exactly as the entries it lists', async () => {
    const db = await version7Workspace();
    migrate(db);
    write(db, 'ana', '2026-03-02T00:00:00.000Z', "INSERT INTO system (name, kind, created_at, updated_at) VALUES ('ERP', 'saas', 'x', 'x')");
    const filters: Partial<AuditQuery>[] = [
      {},
      { actor: 'ana' },
      { actor: 'nobody' },
      { kind: 'create' },
      { recordKind: 'recipient' },
      { recordKind: '' },
      { from: '2026-03-02' },
      { to: '2026-03-02' },
      { from: '2026-03-02', to: '2026-03-02', actor: 'ana', kind: 'create', recordKind: 'system' },
      { recordKind: 'recipient', recordId: 1 },
      { search: 'mail' },
    ];
    for (const filter of filters) {
      const query = { ...NONE, ...filter };
      expect(countEntries(db, query), JSON.stringify(filter)).toBe(allEntries(db, query).length);
    }
    expect(countEntries(db, { ...NONE, from: '2026-03-02', to: '2026-03-02' })).toBe(2);
    db.close();
  });
});
