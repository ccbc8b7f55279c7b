import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { migrate } from '../migrations';
import { openCipher, type Db } from '../sqlite';
import { asOfHead, type ChangedRecords, sinceHead } from './as-of-head';
import { registerAuditFunctions, setAuditStamp } from './stamp';

const tempDir = useTempDir();

function workspace(): Db {
  const db = openCipher(join(tempDir(), `${randomBytes(4).toString('hex')}.pws`), randomBytes(32), { create: true, saltHex: randomBytes(16).toString('hex') });
  registerAuditFunctions(db, new Date('2026-11-29T10:00:00Z'));
  migrate(db);
  return db;
}

/** The names of the recipients, counting how often they were really read. */
function recipientNames(db: Db, reads: { n: number }, inputs = '') {
  return asOfHead(db, 'names', inputs, () => {
    reads.n++;
    return (db.prepare('SELECT name FROM recipient ORDER BY id').all() as { name: string }[]).map((r) => r.name);
  });
}

const addRecipient = (db: Db, name: string, at = '2026-11-29T11:00:00.000Z') => {
  setAuditStamp(db, { actor: 'ana', at });
  db.prepare("INSERT INTO recipient (name, kind, created_at, updated_at) VALUES (?, 'processor', 'x', 'x')").run(name);
};

describe('asOfHead: a value derived from the record, never older than the record', () => {
  it('is read again after every change of the record, and only then', () => {
    const db = workspace();
    const reads = { n: 0 };
    expect(recipientNames(db, reads)).toEqual([]);
    expect(recipientNames(db, reads)).toEqual([]);
    expect(reads.n).toBe(1);
    addRecipient(db, 'Mailer');
    expect(recipientNames(db, reads)).toEqual(['Mailer']);
    setAuditStamp(db, { actor: 'ben', at: '2026-11-29T12:00:00.000Z' });
    db.prepare("UPDATE recipient SET name = 'Mail Co'").run();
    expect(recipientNames(db, reads)).toEqual(['Mail Co']);
    db.prepare('DELETE FROM recipient').run();
    expect(recipientNames(db, reads)).toEqual([]);
    expect(reads.n).toBe(4);
    db.close();
  });

  it('is read again for other inputs, and on another connection', () => {
    const db = workspace();
    const reads = { n: 0 };
    recipientNames(db, reads, '2026-11-29');
    recipientNames(db, reads, '2026-11-30');
    recipientNames(db, reads, '2026-11-30');
    expect(reads.n).toBe(2);
    const other = workspace();
    expect(recipientNames(other, reads, '2026-11-30')).toEqual([]);
    expect(reads.n).toBe(3);
    db.close();
    other.close();
  });

  it('never answers what a rolled-back write saw, even when a later write takes the same entry number', () => {
    const db = workspace();
    const reads = { n: 0 };
    addRecipient(db, 'Kept');
    expect(() =>
      db.transaction(() => {
        addRecipient(db, 'Rolled back', '2026-11-29T13:00:00.000Z');
        expect(recipientNames(db, reads)).toEqual(['Kept', 'Rolled back']);
        throw new Error('undo');
      })(),
    ).toThrow('undo');
    expect(recipientNames(db, reads)).toEqual(['Kept']);
    addRecipient(db, 'Written after', '2026-11-29T13:00:00.000Z');
    expect(recipientNames(db, reads)).toEqual(['Kept', 'Written after']);
    expect(reads.n).toBe(3);
    db.close();
  });
});

/** The recipients' names by id, brought up to date from the changes since; what each call did. */
function namesSince(db: Db, calls: string[], inputs = '') {
  const read = (ids?: readonly number[]) =>
    new Map(
      (db.prepare(`SELECT id, name FROM recipient ${ids ? 'WHERE id IN (SELECT value FROM json_each(?))' : ''} ORDER BY id`).all(...(ids ? [JSON.stringify(ids)] : [])) as { id: number; name: string }[]).map(
        (r) => [r.id, r.name],
      ),
    );
  return sinceHead(db, 'names by id', inputs, {
    all: () => {
      calls.push('all');
      return read();
    },
    update: (previous, changed: ChangedRecords) => {
      const ids = [...(changed.get('recipient') ?? [])];
      calls.push(`update ${ids.join(',')}`);
      const next = new Map(previous);
      for (const id of ids) next.delete(id);
      for (const [id, name] of read(ids)) next.set(id, name);
      return next;
    },
  });
}

describe('sinceHead: a value brought up to date from the records changed since', () => {
  it('is given the records changed since, by kind, and answers what computing it whole would', () => {
    const db = workspace();
    const calls: string[] = [];
    addRecipient(db, 'Mailer');
    addRecipient(db, 'Printer');
    expect([...namesSince(db, calls).values()]).toEqual(['Mailer', 'Printer']);
    db.prepare("UPDATE recipient SET name = 'Mail Co' WHERE name = 'Mailer'").run();
    addRecipient(db, 'Courier');
    expect([...namesSince(db, calls).values()]).toEqual(['Printer', 'Mail Co', 'Courier']);
    namesSince(db, calls);
    db.prepare("DELETE FROM recipient WHERE name = 'Printer'").run();
    expect([...namesSince(db, calls).values()].sort()).toEqual(['Courier', 'Mail Co']);
    expect(calls).toEqual(['all', 'update 1,3', 'update 2']);
    db.close();
  });

  it('computes it whole for other inputs, and after a rolled-back write it had seen', () => {
    const db = workspace();
    const calls: string[] = [];
    addRecipient(db, 'Kept');
    namesSince(db, calls, 'a');
    namesSince(db, calls, 'b');
    expect(() =>
      db.transaction(() => {
        addRecipient(db, 'Rolled back', '2026-11-29T13:00:00.000Z');
        expect([...namesSince(db, calls, 'b').values()]).toEqual(['Kept', 'Rolled back']);
        throw new Error('undo');
      })(),
    ).toThrow('undo');
    addRecipient(db, 'Written after', '2026-11-29T13:00:00.000Z');
    addRecipient(db, 'And another', '2026-11-29T13:30:00.000Z');
    expect([...namesSince(db, calls, 'b').values()]).toEqual(['Kept', 'Written after', 'And another']);
    expect(calls).toEqual(['all', 'all', 'update 2', 'all']);
    db.close();
  });
});
