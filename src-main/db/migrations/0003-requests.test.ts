import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FRESH_REQUEST, insertRequest, type NewRequest } from '../requests/rows';
import { type Db, openPlain } from '../sqlite';
import { MIGRATIONS, migrate } from '.';

/** The schema itself refuses a request without its types or its receipt, whatever the code above it does. */
let db: Db;

beforeEach(() => {
  db = openPlain(':memory:');
  migrate(db, MIGRATIONS.slice(0, 3));
});
afterEach(() => db.close());

const NOW = '2026-11-29T10:00:00.000Z';

function values(overrides: Partial<NewRequest> = {}): NewRequest {
  return {
    ...FRESH_REQUEST,
    types: ['access'],
    channel: 'email',
    receivedAt: '2026-11-02T09:00:00Z',
    receivedOn: '2026-11-02',
    requester: { name: 'Zoë', email: '', phone: '', address: '', relationship: 'customer', residenceCountry: 'US', residenceRegion: 'CA' },
    agent: null,
    proposedRegimeIds: ['us_ca_ccpa'],
    regimeId: 'us_ca_ccpa',
    assignee: '',
    ...overrides,
  };
}

const insertRaw = (columns: Record<string, string | null>) => {
  const base: Record<string, string | null> = {
    reference: 'REQ-2026-00099',
    types: '["access"]',
    channel: 'email',
    received_at: '2026-11-02T09:00:00Z',
    received_on: '2026-11-02',
    requester_name: 'Zoë',
    relationship: 'customer',
    created_at: NOW,
    updated_at: NOW,
    ...columns,
  };
  const names = Object.keys(base).filter((name) => base[name] !== undefined);
  return () => db.prepare(`INSERT INTO request (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...names.map((n) => base[n]));
};

describe('migration 0003: requests', () => {
  it('stores a request with its types as rows, a yearly reference, and a due key that sorts a missing date last', () => {
    const first = insertRequest(db, values(), NOW);
    const second = insertRequest(db, values({ types: ['erasure', 'access', 'erasure'], dueOn: '2026-12-16' }), NOW);
    const third = insertRequest(db, values({ receivedOn: '2027-01-04', receivedAt: '2027-01-04T09:00:00Z' }), NOW);
    const rows = db.prepare('SELECT id, reference, due_key AS dueKey FROM request ORDER BY id').all();
    expect(rows).toEqual([
      { id: first, reference: 'REQ-2026-00001', dueKey: '9999-12-31' },
      { id: second, reference: 'REQ-2026-00002', dueKey: '2026-12-16' },
      { id: third, reference: 'REQ-2027-00001', dueKey: '9999-12-31' },
    ]);
    expect(db.prepare('SELECT type FROM request_type WHERE request_id = ? ORDER BY type').pluck().all(second)).toEqual(['access', 'erasure']);
  });

  it.each<[string, Record<string, string | null>, RegExp]>([
    ['no types', { types: null }, /NOT NULL/],
    ['an empty list of types', { types: '[]' }, /CHECK/],
    ['types that are not a list', { types: '"access"' }, /CHECK/],
    ['no receipt instant', { received_at: null }, /NOT NULL/],
    ['no receipt date', { received_on: null }, /NOT NULL/],
    ['a receipt date that is not a date', { received_on: 'yesterday' }, /CHECK/],
    ['a reference of another shape', { reference: 'R-1' }, /CHECK/],
    ['a closed status without its closing day', { status: 'completed' }, /CHECK/],
    ['a closing day on an open request', { closed_on: '2026-11-29' }, /CHECK/],
  ])('refuses %s', (_what, columns, error) => {
    expect(insertRaw(columns)).toThrow(error);
    expect(db.prepare('SELECT count(*) FROM request').pluck().get()).toBe(0);
  });

  it('refuses a history step of an unknown kind, and removes a request’s rows with it', () => {
    const id = insertRequest(db, values(), NOW);
    expect(() => db.prepare("INSERT INTO request_event (request_id, at, kind) VALUES (?, ?, 'gossip')").run(id, NOW)).toThrow(/CHECK/);
    db.prepare("INSERT INTO request_event (request_id, at, kind) VALUES (?, ?, 'created')").run(id, NOW);
    db.pragma('foreign_keys = ON');
    db.prepare('DELETE FROM request WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM request_event').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM request_type').pluck().get()).toBe(0);
  });
});
