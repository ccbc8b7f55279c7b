import { describe, expect, it } from 'vitest';
import { nextStatuses } from '../../contract';
import { auditedColumns, auditedTables, tableColumns, triggerName } from '../../db/audit/triggers';
import { intake } from '../../../test/helpers/requests';
import { PASS, taxonomyIds, useInventoryRig } from '../../../test/helpers/inventory-rig';

const rig = useInventoryRig('Audit Trail Kittiwake Ltd');

const entries = async (filter: Record<string, unknown> = {}) => (await rig().call('audit.list', { limit: 500, ...filter })).rows;
const head = () => rig().services.audit.head();
/** The entries written since `seq`, oldest first. */
const since = async (seq: number) =>
  Promise.all(
    (await entries())
      .filter((e) => e.seq > seq)
      .reverse()
      .map((e) => rig().call('audit.get', { seq: e.seq })),
  );

/** Runs SQL as someone holding the key and a SQLite tool would: with the append-only guards dropped. */
function tamper(sql: string, ...params: unknown[]): void {
  const db = rig().db();
  db.exec('DROP TRIGGER pw_append_only_update; DROP TRIGGER pw_append_only_delete;');
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.exec(`CREATE TRIGGER pw_append_only_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, 'The audit log cannot be changed.'); END;
      CREATE TRIGGER pw_append_only_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, 'The audit log cannot be changed.'); END;`);
  }
}

describe('audit log: every change, in the same transaction', () => {
  it('creating the workspace logged its organisation and the unlock', async () => {
    const all = (await entries()).reverse();
    expect(all[0]).toMatchObject({ seq: 1, kind: 'create', recordKind: 'organisation', label: 'Audit Trail Kittiwake Ltd', actor: 'Privacy Workstation' });
    expect(all.map((e) => e.kind)).toContain('unlock');
    expect(all.find((e) => e.kind === 'unlock')).toMatchObject({ actor: 'officer', at: '2026-11-29T10:00:00.000Z' });
  });

  it('create, update, archive, restore and delete each give one entry with the row before and after', async () => {
    const start = head().seq;
    rig().clock.set('2026-11-30T08:00:00Z');
    const system = await rig().call('inventory.systems.save', { name: 'Ledger DB', kind: 'database', owner: 'Finance' });
    await rig().call('inventory.systems.save', { id: system.id, name: 'Ledger DB', kind: 'database', owner: 'Finance' });
    await rig().call('inventory.systems.save', { id: system.id, name: 'General ledger', kind: 'database', owner: 'Finance' });
    await rig().call('inventory.systems.archive', { id: system.id, archived: true });
    await rig().call('inventory.systems.archive', { id: system.id, archived: false });
    await rig().call('inventory.systems.delete', { id: system.id, confirmed: true });
    const written = (await since(start)).filter((e) => e.tableName === 'system');
    // The save that changed nothing wrote nothing.
    expect(written.map((e) => e.kind)).toEqual(['create', 'update', 'archive', 'restore', 'delete']);
    const [created, updated, archived, , deleted] = written;
    expect(created).toMatchObject({ recordKind: 'system', recordId: system.id, label: 'Ledger DB', before: null, at: '2026-11-30T08:00:00.000Z' });
    expect(created!.after).toMatchObject({ id: system.id, name: 'Ledger DB', owner: 'Finance', archived_at: null });
    expect(updated).toMatchObject({ label: 'General ledger', changed: ['name'] });
    expect(updated!.before).toMatchObject({ name: 'Ledger DB' });
    expect(updated!.after).toMatchObject({ name: 'General ledger' });
    expect(archived!.after).toMatchObject({ archived_at: '2026-11-30T08:00:00.000Z' });
    expect(deleted).toMatchObject({ after: null, changed: expect.arrayContaining(['name', 'owner']) });
    expect(deleted!.before).toMatchObject({ name: 'General ledger' });
  });

  it("an activity's links are filed under the activity; only the links that changed are logged", async () => {
    const { category, subject } = await taxonomyIds(rig());
    const email = category('user.contact.email');
    const phone = category('user.contact.phone_number');
    const saved = await rig().call('inventory.activities.save', { name: 'Newsletter', categoryIds: [email], subjectIds: [subject('customer')] });
    const start = head().seq;
    await rig().call('inventory.activities.save', { id: saved.id, name: 'Newsletter', categoryIds: [phone], subjectIds: [subject('customer')] });
    const written = await since(start);
    expect(written.map((e) => [e.kind, e.tableName])).toEqual([
      ['delete', 'activity_category'],
      ['create', 'activity_category'],
    ]);
    expect(written[0]).toMatchObject({ recordKind: 'activity', recordId: saved.id, label: 'Newsletter', before: { activity_id: saved.id, category_id: email } });
    expect(written[1]).toMatchObject({ after: { activity_id: saved.id, category_id: phone } });
    const history = await entries({ recordKind: 'activity', recordId: saved.id });
    expect(history.map((e) => e.tableName)).toEqual(['activity_category', 'activity_category', 'activity_subject', 'activity_category', 'activity']);
  });

  it("a request's status change is its own kind; the request's history rows are filed under it", async () => {
    const created = await rig().call('requests.create', intake('2026-11-30T07:00:00Z'));
    const start = head().seq;
    const to = nextStatuses(created.status)[0]!;
    await rig().call('requests.transition', { id: created.id, to });
    const written = await since(start);
    const change = written.find((e) => e.tableName === 'request');
    expect(change).toMatchObject({ kind: 'status', recordKind: 'request', recordId: created.id, label: created.reference });
    expect(change!.before).toMatchObject({ status: created.status });
    expect(change!.after).toMatchObject({ status: to });
    expect(change!.after).not.toHaveProperty('search_text');
    expect(written.some((e) => e.tableName === 'request_event' && e.kind === 'create' && e.recordId === created.id)).toBe(true);
  });

  it('settings are changes too', async () => {
    const start = head().seq;
    const current = await rig().call('requests.settings.get', {});
    await rig().call('requests.settings.save', { ...current, anonymiseAfterDays: current.anonymiseAfterDays + 30 });
    expect((await since(start)).map((e) => [e.recordKind, e.label, e.kind])).toContainEqual(['setting', 'anonymise_after_days', expect.stringMatching(/create|update/)]);
  });

  it('a write that fails rolls back its entries with its rows', async () => {
    const before = head();
    const db = rig().db();
    expect(() =>
      rig().services.inventory.systems.save({
        name: 'Doomed',
        kind: 'database',
        owner: '',
        description: '',
        hostingCountries: [],
        processorId: 999_999,
        securityMeasures: '',
      }),
    ).toThrow();
    expect(head()).toEqual(before);
    // The same through the store directly: a row written, then a failure.
    expect(() =>
      db.transaction(() => {
        db.prepare("INSERT INTO recipient (name, kind, countries, description, created_at, updated_at) VALUES ('Gone', 'processor', '[]', '', 'x', 'x')").run();
        throw new Error('boom');
      })(),
    ).toThrow('boom');
    expect(head()).toEqual(before);
  });

  it('the log cannot be changed through SQL without dropping its guards', () => {
    expect(() => rig().db().prepare('UPDATE audit_entry SET actor = ? WHERE seq = 1').run('Mallory')).toThrow('The audit log cannot be changed.');
    expect(() => rig().db().prepare('DELETE FROM audit_entry WHERE seq = 1').run()).toThrow('The audit log cannot be changed.');
  });

  it('entries carry the actor the session names', async () => {
    rig().services.session.setActor('Dana Officer');
    try {
      await rig().call('inventory.recipients.save', { name: 'Acme Mail', kind: 'processor' });
      expect((await entries())[0]).toMatchObject({ actor: 'Dana Officer', label: 'Acme Mail' });
      expect((await entries({ actor: 'Dana Officer' })).length).toBe(1);
    } finally {
      rig().services.session.setActor('officer');
    }
  });
});

describe('audit log: events', () => {
  it('imports, exports and reports are logged with what they were', async () => {
    const start = head().seq;
    rig().services.exchange.importSample();
    await rig().call('inventory.exportJson', {});
    await rig().call('inventory.spreadsheet.export', { format: 'csv', archived: 'active' });
    await rig().call('requests.exportCsv', {});
    const job = rig().services.reports.start({ report: 'records_of_processing', options: { dateLocale: 'en-GB' } });
    await rig().services.reports.jobs.settled(job.jobId);
    const events = (await since(start)).filter((e) => e.tableName === null);
    expect(events.map((e) => [e.kind, e.label])).toEqual([
      ['import', 'Inventory document'],
      ['export', 'Inventory (JSON)'],
      ['export', 'Activities (CSV)'],
      ['export', 'Requests (CSV)'],
      ['report', 'Records of processing activities'],
    ]);
    expect(events[4]!.after).toMatchObject({ report: 'records_of_processing', options: { dateLocale: 'en-GB' }, fileName: job.fileName });
    // The import's rows and its event are one transaction: the event comes after its rows.
    const imported = await since(start);
    expect(imported.findIndex((e) => e.kind === 'import')).toBeGreaterThan(imported.findIndex((e) => e.tableName === 'activity'));
  });

  it('lock and unlock are logged, the lock before the file closes', async () => {
    const { session } = rig().services;
    session.lock('manual');
    await session.unlock(rig().path, PASS);
    const [unlock, lock] = await entries();
    expect(lock).toMatchObject({ kind: 'lock', actor: 'officer' });
    expect(unlock).toMatchObject({ kind: 'unlock', seq: lock!.seq + 1 });
    expect((await rig().call('audit.get', { seq: lock!.seq })).after).toEqual({ reason: 'manual' });
  });

  it('filters by kind, period and text, newest first, with paging', async () => {
    const page = await rig().call('audit.list', { kind: 'export', limit: 2 });
    expect(page.total).toBe(3);
    expect(page.rows.map((e) => e.label)).toEqual(['Requests (CSV)', 'Activities (CSV)']);
    expect((await rig().call('audit.list', { kind: 'export', limit: 2, offset: 2 })).rows.map((e) => e.label)).toEqual(['Inventory (JSON)']);
    expect((await rig().call('audit.list', { from: '2026-11-29', to: '2026-11-29' })).rows.every((e) => e.at.startsWith('2026-11-29'))).toBe(true);
    expect((await rig().call('audit.list', { search: 'GENERAL LEDGER' })).rows.map((e) => e.kind)).toEqual(['delete', 'restore', 'archive', 'update']);
    expect((await rig().fail('audit.list', { from: '2026-12-01', to: '2026-11-01' })).fields).toMatchObject({ to: 'The period cannot end before it starts.' });
  });

  it('exports the filtered log as CSV and JSON, and logs the export', async () => {
    const csv = await rig().call('audit.export', { recordKind: 'system', format: 'csv' });
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(csv.fileName).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.split('\r\n')[0]).toBe('\uFEFFEntry,When,Who,Kind,Table,Record kind,Record id,Record,Changed fields,Before,After,Previous hash,Hash');
    expect(text).toContain('General ledger');
    const json = JSON.parse(Buffer.from((await rig().call('audit.export', { kind: 'lock', format: 'json' })).contentBase64, 'base64').toString('utf8')) as {
      head: { seq: number };
      entries: { kind: string; after: unknown }[];
    };
    expect(json.entries).toEqual([expect.objectContaining({ kind: 'lock', after: { reason: 'manual' } })]);
    const searched = await rig().call('audit.export', { search: 'general LEDGER', format: 'json' });
    const listed = (await entries({ search: 'general LEDGER' })).map((e) => e.seq).reverse();
    expect((JSON.parse(Buffer.from(searched.contentBase64, 'base64').toString('utf8')) as { entries: { seq: number }[] }).entries.map((e) => e.seq)).toEqual(listed);
    expect(listed.length).toBeGreaterThan(3);
    expect((await entries())[0]).toMatchObject({ kind: 'export', label: 'Audit log' });
  });
});

describe('audit log: the hash chain', () => {
  it('verifies whole, with its head', async () => {
    const verified = await rig().call('audit.verify', {});
    expect(verified).toEqual({ ok: true, ...head() });
    expect(head().seq).toBe((await rig().call('audit.list', { limit: 1 })).total);
  });

  it('finds an entry whose values were changed', async () => {
    const target = (await entries({ search: 'General ledger', kind: 'update' }))[0]!;
    const { after } = await rig().call('audit.get', { seq: target.seq });
    tamper('UPDATE audit_entry SET after = ? WHERE seq = ?', JSON.stringify({ ...after, name: 'Something else' }), target.seq);
    expect(await rig().call('audit.verify', {})).toEqual({
      ok: false,
      seq: target.seq,
      checked: target.seq - 1,
      problem: `Entry ${target.seq} was changed after it was written: its content no longer matches its hash.`,
    });
    tamper('UPDATE audit_entry SET after = ? WHERE seq = ?', JSON.stringify(after), target.seq);
    expect((await rig().call('audit.verify', {})).ok).toBe(true);
  });

  it('finds a deleted entry', async () => {
    const gone = (await rig().call('audit.get', { seq: 5 }));
    tamper('DELETE FROM audit_entry WHERE seq = 5');
    expect(await rig().call('audit.verify', {})).toMatchObject({ ok: false, seq: 6, problem: 'Entry 5 is missing before entry 6.' });
    // Renumbering the rest does not hide it: the next entry no longer follows.
    tamper('UPDATE audit_entry SET seq = seq - 1 WHERE seq > 5');
    expect(await rig().call('audit.verify', {})).toMatchObject({ ok: false, seq: 5, problem: 'Entry 5 does not follow entry 4: the previous hash it carries is not that entry\'s hash.' });
    tamper('UPDATE audit_entry SET seq = -seq WHERE seq >= 5');
    tamper('UPDATE audit_entry SET seq = 1 - seq WHERE seq < 0');
    tamper(
      'INSERT INTO audit_entry (seq, at, actor, kind, table_name, record_kind, record_id, label, before, after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      gone.seq, gone.at, gone.actor, gone.kind, gone.tableName, gone.recordKind, gone.recordId, gone.label,
      gone.before === null ? null : JSON.stringify(gone.before), gone.after === null ? null : JSON.stringify(gone.after), gone.prevHash, gone.hash,
    );
    expect((await rig().call('audit.verify', {})).ok).toBe(true);
  });

  it('finds two entries swapped', async () => {
    tamper('UPDATE audit_entry SET seq = -3 WHERE seq = 3');
    tamper('UPDATE audit_entry SET seq = 3 WHERE seq = 4');
    tamper('UPDATE audit_entry SET seq = 4 WHERE seq = -3');
    expect(await rig().call('audit.verify', {})).toMatchObject({ ok: false, seq: 3, checked: 2 });
  });
});

describe('audit triggers cover the whole compliance record', () => {
  it('every table and column has its trigger, or is left out with a reason', () => {
    const db = rig().db();
    const triggers = new Map(
      (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[]).map((t) => [t.name, t.sql]),
    );
    const tables = auditedTables(db);
    expect(tables).toEqual(expect.arrayContaining(['activity', 'activity_category', 'request', 'request_type', 'vendor_profile', 'workspace_setting', 'organisation']));
    for (const table of tables) {
      for (const event of ['insert', 'update', 'delete'] as const) {
        const sql = triggers.get(triggerName(table, event));
        expect(sql, `no ${event} trigger on ${table}: a migration added it without calling installAuditTriggers`).toBeDefined();
        const side = event === 'insert' ? 'NEW' : 'OLD';
        for (const column of auditedColumns(table, tableColumns(db, table))) {
          expect(sql, `${table}.${column.name} is not in its ${event} trigger: call installAuditTriggers in the migration that added it`).toContain(
            `'${column.name}', ${side}."${column.name}"`,
          );
        }
      }
    }
  });
});
