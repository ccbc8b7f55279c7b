import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ftsQuery } from '../../db/inventory/search-index';
import { useInventoryRig } from '../../../test/helpers/inventory-rig';

const rig = useInventoryRig();
const search = (query: string, limit?: number) => rig().call('inventory.search', { query, ...(limit ? { limit } : {}) });
const hitsOf = async (query: string) => (await search(query)).map((h) => `${h.kind}:${h.title}`);

describe('ftsQuery: the person’s words, never FTS syntax', () => {
  it.each([
    ['emai', '"emai"*'],
    ['  newsletter   sign ', '"newsletter" "sign"*'],
    ['say "hi"', '"say" """hi"""*'],
    ['a AND b', '"a" "AND" "b"*'],
    ['( - * ) x', '"x"*'],
    ['-- ** ""', null],
    ['Zoë', '"Zoë"*'],
  ])('%j -> %j', (text, expected) => {
    expect(ftsQuery(text)).toBe(expected);
  });
});

describe('inventory.search', () => {
  it('finds an activity by a word of a purpose, a system by its owner, with the match marked', async () => {
    const activity = await rig().call('inventory.activities.save', {
      name: 'Newsletter',
      purposes: [{ purpose: 'Send the quarterly product bulletin', legalBasis: 'consent' }],
    });
    const system = await rig().call('inventory.systems.save', { name: 'Mailer', kind: 'saas', owner: 'Marketing Operations Guild' });

    const bulletin = await search('bulletin');
    expect(bulletin).toEqual([{ kind: 'activity', id: activity.id, title: 'Newsletter', snippet: expect.stringContaining('[bulletin]') }]);
    expect(await search('quarterly bullet')).toEqual([expect.objectContaining({ id: activity.id })]);

    const guild = await search('guild');
    expect(guild).toEqual([{ kind: 'system', id: system.id, title: 'Mailer', snippet: expect.stringContaining('[Guild]') }]);
    // The list's search box finds the same through the index.
    expect((await rig().call('inventory.activities.list', { search: 'bulletin' })).rows.map((r) => r.id)).toEqual([activity.id]);
    expect((await rig().call('inventory.systems.list', { search: 'guild' })).rows.map((r) => r.id)).toEqual([system.id]);
  });

  it('finds a category by its name with the accents left out, and the other way round', async () => {
    const mine = await rig().call('inventory.categories.save', { name: 'Données de santé', description: 'Dossier médical' });
    expect(await hitsOf('donnees sante')).toEqual(['category:Données de santé']);
    expect(await hitsOf('DOSSIER MEDICAL')).toEqual(['category:Données de santé']);
    expect((await rig().call('inventory.categories.list', { search: 'donnees' })).rows.map((c) => c.id)).toEqual([mine.id]);
    // A seeded Fides category, written without its accent-free spelling.
    expect(await hitsOf('biométric')).toContain('category:Biometric Data');
  });

  it('ranks a title match above a body match', async () => {
    await rig().call('inventory.recipients.save', { name: 'Pelican Payroll Services', kind: 'processor' });
    await rig().call('inventory.recipients.save', { name: 'Auditors LLP', kind: 'controller', description: 'They also check pelican counts' });
    expect((await hitsOf('pelican')).slice(0, 2)).toEqual(['recipient:Pelican Payroll Services', 'recipient:Auditors LLP']);
    expect(await search('pelican', 1)).toHaveLength(1);
  });

  it('keeps the index in step with saves, archives and deletes', async () => {
    const cookie = await rig().call('inventory.cookies.save', { name: 'wombat_session', party: 'first', category: 'functionality', purpose: 'Remembers the cart' });
    expect(await hitsOf('wombat')).toEqual(['cookie:wombat_session']);

    await rig().call('inventory.cookies.save', { id: cookie.id, name: 'numbat_session', party: 'first', category: 'functionality', purpose: 'Remembers the basket' });
    expect(await hitsOf('wombat')).toEqual([]);
    expect(await hitsOf('cart')).not.toContain('cookie:numbat_session');
    expect(await hitsOf('numbat basket')).toEqual(['cookie:numbat_session']);

    // Archived records stay findable.
    await rig().call('inventory.cookies.archive', { id: cookie.id, archived: true });
    expect(await hitsOf('numbat')).toEqual(['cookie:numbat_session']);

    await rig().call('inventory.cookies.delete', { id: cookie.id });
    expect(await hitsOf('numbat')).toEqual([]);
    const rows = rig().db().prepare("SELECT count(*) AS n FROM inventory_search WHERE kind = 'cookie' AND record_id = ?").get(cookie.id);
    expect(rows).toEqual({ n: 0 });
  });

  it('keeps exactly one search row per record', async () => {
    const db = rig().db();
    const tables = { activity: 'activity', category: 'data_category', subject: 'data_subject', system: 'system', recipient: 'recipient', cookie: 'cookie', communication: 'communication' };
    for (const [kind, table] of Object.entries(tables)) {
      const records = db.prepare(`SELECT id FROM ${table} ORDER BY id`).all();
      const rows = db.prepare('SELECT CAST(record_id AS INTEGER) AS id FROM inventory_search WHERE kind = ? ORDER BY 1').all(kind);
      expect(rows, kind).toEqual(records);
    }
  });

  it.each(['"', '*', 'AND', 'OR NOT', '(', ')', '-', 'NEAR(a b)', 'title:x', '^start', '"unclosed', 'a OR', '{x}', '+', '\\', "'; DROP TABLE activity; --", '😀'])(
    'answers %j without an error',
    async (query) => {
      expect(Array.isArray(await search(query))).toBe(true);
      expect(Array.isArray((await rig().call('inventory.systems.list', { search: query })).rows)).toBe(true);
    },
  );

  it('never fails for any text a person can type', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }), async (query) => {
        const result = await rig().api('inventory.search', { query });
        if (!result.ok) expect(result.error.code).toBe('VALIDATION');
        const list = await rig().api('inventory.activities.list', { search: query });
        expect(list.ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
