import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSharedTempDir } from '../../../test/helpers/shared-temp-dir';
import { migrate } from '../migrations';
import { openCipher, type Db } from '../sqlite';
import { fold } from '../statements';
import { allEntries, appendEvent, type AuditQuery, countEntries, listEntries, type StoredEntry } from './entries';
import { registerAuditFunctions, setAuditStamp } from './stamp';

const dir = useSharedTempDir('pw-audit-search-');
const NONE: AuditQuery = { recordKind: null, recordId: null, actor: null, kind: null, from: null, to: null, search: '' };

let db: Db;

const write = (actor: string, at: string, sql: string, ...params: unknown[]) => {
  setAuditStamp(db, { actor, at });
  db.prepare(sql).run(...params);
};

/** A log whose labels, actors and row values hold accents, quotes and what FTS5 would read as operators. */
beforeAll(() => {
  db = openCipher(join(dir(), 'search.pws'), randomBytes(32), { create: true, saltHex: randomBytes(16).toString('hex') });
  registerAuditFunctions(db, new Date('2026-11-29T10:00:00Z'));
  migrate(db);
  const recipient = "INSERT INTO recipient (name, kind, created_at, updated_at) VALUES (?, 'processor', 'x', 'x')";
  const system = "INSERT INTO system (name, kind, owner, created_at, updated_at) VALUES (?, 'saas', ?, 'x', 'x')";
  write('Zoë Ñúñez', '2026-01-05T09:00:00.000Z', recipient, 'Mailer');
  write('ana', '2026-02-01T09:00:00.000Z', recipient, 'Müller GmbH');
  write('ana', '2026-02-02T09:00:00.000Z', system, 'He said "yes"', 'Team 7');
  write('ben', '2026-03-01T09:00:00.000Z', system, 'NEAR(alpha beta) AND gamma*', 'Team 17');
  write('ben', '2026-03-02T09:00:00.000Z', system, 'col:val ^start - OR', 'ZOË');
  write('Dana', '2026-04-01T09:00:00.000Z', "UPDATE system SET owner = 'Team 70' WHERE owner = 'Team 7'");
  write('Dana', '2026-04-02T09:00:00.000Z', "DELETE FROM recipient WHERE name = 'Mailer'");
  setAuditStamp(db, { actor: 'officer', at: '2026-05-01T09:00:00.000Z' });
  appendEvent(db, { kind: 'export', label: 'Audit log (CSV)', details: { note: 'ﬁnal "report" for Zoë' } });
});

/** Every entry, oldest first. */
const everything = () => allEntries(db, NONE);

/** What the search must answer: the entries with one field holding the text, both folded. */
const holding = (search: string) => {
  const needle = fold(search);
  return everything()
    .filter((e) => [e.label ?? '', e.actor, e.before ?? '', e.after ?? ''].some((field) => fold(field).includes(needle)))
    .map((e) => e.seq);
};

const seqs = (entries: StoredEntry[]) => entries.map((e) => e.seq);

/** The list's pages, its count and the export agree with `holding`. */
function expectFound(search: string, query: Partial<AuditQuery> = {}): number[] {
  const q = { ...NONE, ...query, search };
  const found = seqs(allEntries(db, q));
  const paged = [0, 2, 4, 6, 8, 10].flatMap((offset) => seqs(listEntries(db, q, offset, 2)));
  expect(paged, search).toEqual([...found].reverse());
  expect(countEntries(db, q), search).toBe(found.length);
  return found;
}

const labelsOf = (search: string) => allEntries(db, { ...NONE, search }).map((e) => e.label);

describe('the audit log text search', () => {
  it('finds a substring of the label, the actor, the row before or the row after', () => {
    expect(expectFound('Mail')).toEqual(holding('Mail'));
    expect(labelsOf('üller')).toEqual(['Müller GmbH']);
    // Only the actor holds it.
    expect(seqs(allEntries(db, { ...NONE, search: 'dana' }))).toEqual(everything().filter((e) => e.actor === 'Dana').map((e) => e.seq));
    // Only the row before the update holds it, and the later rows after.
    const team7 = expectFound('"owner":"Team 7"');
    expect(team7.map((seq) => everything().find((e) => e.seq === seq)!.kind)).toEqual(['create', 'update']);
    // Only the event's details hold it.
    expect(labelsOf('for zoe')).toEqual(['Audit log (CSV)']);
  });

  it('folds both sides: case and accents, and compatibility forms, are no difference', () => {
    expect(expectFound('zoe')).toEqual(expectFound('ZOË'));
    // The first entry's actor, the third system's owner, the event's details.
    expect(expectFound('zoe').length).toBe(3);
    expect(expectFound('muller')).toEqual(expectFound('MÜLLER'));
    expect(labelsOf('final')).toEqual(['Audit log (CSV)']);
    expect(expectFound('nunez')).toEqual(holding('Ñúñez'));
  });

  it('never finds a match spanning two fields', () => {
    // "Mailer" is a label, "Zoë Ñúñez" its actor: each is found, the two run together are not.
    expect(expectFound('mailerzoe')).toEqual([]);
    expect(expectFound('gmbhana')).toEqual([]);
    expect(expectFound('rz')).toEqual(holding('rz'));
  });

  it('reads quotes and FTS5 operators in the text literally', () => {
    // Its creation and its update; in the rows before and after the quotes are escaped as JSON.
    expect(labelsOf('said "yes"')).toEqual(['He said "yes"', 'He said "yes"']);
    expect(labelsOf('said \\"yes')).toEqual(['He said "yes"', 'He said "yes"']);
    expect(labelsOf('NEAR(alpha')).toEqual(['NEAR(alpha beta) AND gamma*']);
    expect(labelsOf('gamma*')).toEqual(['NEAR(alpha beta) AND gamma*']);
    expect(labelsOf('col:val ^start')).toEqual(['col:val ^start - OR']);
    for (const operator of ['alpha OR beta', 'alpha AND gamma', 'alpha NOT beta', 'gam*', '"alpha"', 'col:val', '^start', 'NEAR(alpha gamma)', 'beta +', '- OR ']) {
      expect(expectFound(operator), operator).toEqual(holding(operator));
    }
    expect(expectFound('alpha OR beta')).toEqual([]);
    expect(expectFound('"""')).toEqual([]);
    expect(expectFound('a\0b')).toEqual([]);
  });

  it('finds texts too short for a trigram entry by entry, folded alike', () => {
    for (const short of ['ë', 'E', 'ñ', '7', '"', '*', 'zö', 'OR', '" ', ':v']) {
      expect(expectFound(short), short).toEqual(holding(short));
    }
    expect(expectFound('ë').length).toBeGreaterThan(0);
  });

  it('combines with the other filters, counted as listed', () => {
    expect(expectFound('team 7', { from: '2026-03-01', to: '2026-04-30' })).toEqual(
      holding('team 7').filter((seq) => everything().find((e) => e.seq === seq)!.at >= '2026-03-01'),
    );
    expect(expectFound('team', { actor: 'ben' }).length).toBe(1);
    expect(expectFound('ana', { kind: 'create', recordKind: 'system' }).length).toBe(1);
    // The first recipient's creation and deletion; the first system's entries hold no "mail".
    expect(expectFound('mail', { recordKind: 'recipient', recordId: 1 }).length).toBe(2);
    expect(expectFound('mail', { recordId: 1 })).toEqual(expectFound('mail', { recordKind: 'recipient', recordId: 1 }));
  });

  it('answers any text exactly as reading every entry would', () => {
    const texts = everything().flatMap((e) => [e.label ?? '', e.actor, e.before ?? '', e.after ?? '']);
    const cut = fc
      .tuple(fc.constantFrom(...texts), fc.nat(), fc.integer({ min: 1, max: 12 }), fc.boolean())
      .map(([text, start, length, upper]) => {
        const characters = [...text];
        const from = start % Math.max(1, characters.length);
        const piece = characters.slice(from, from + length).join('');
        return upper ? piece.toUpperCase() : piece;
      });
    const noise = fc.string({ unit: fc.constantFrom('a', 'e', 'ë', 'ñ', '"', '*', ' ', 'n', 'r', ':', '(', '^', '-', '0', '7'), minLength: 1, maxLength: 6 });
    // Any text but the unit separator, which the entry-by-entry test puts between the fields.
    const any = fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }).filter((text) => !text.includes('\x1f'));
    fc.assert(
      fc.property(fc.oneof(cut, noise, any), (search) => {
        fc.pre(search !== '');
        expect(expectFound(search)).toEqual(holding(search));
      }),
      { numRuns: 300 },
    );
  });
});
