import { beforeAll, describe, expect, it } from 'vitest';
import { getActivity, loadAllActivities } from '../../src-main/db/inventory/activities';
import { fillLargeInventory } from '../fixtures/large-inventory';
import { useInventoryRig } from '../helpers/inventory-rig';

/**
 * A large inventory (5,000 activities, 300 systems, 1,000 recipients) in a real
 * encrypted workspace: the bulk load builds exactly what `get` builds, and the
 * lists, search, completeness check and data map answer correctly at that size.
 * How fast they answer is measured by `npm run bench`, not here.
 */
const SIZE = { activities: 5000, systems: 300, recipients: 1000 };
const rig = useInventoryRig();

beforeAll(() => fillLargeInventory(rig().services, SIZE), 120_000);

describe(`an inventory of ${SIZE.activities.toLocaleString('en')} activities`, () => {
  it('loads every activity whole, equal to get', () => {
    const db = rig().db();
    const all = loadAllActivities(db, { includeArchived: false });
    expect(all).toHaveLength(SIZE.activities);
    for (const activity of all.filter((_, i) => i % 250 === 0)) expect(getActivity(db, activity.id)).toEqual(activity);
    expect(all[123]!.categories.length).toBeGreaterThan(0);
  });

  it('pages, filters and searches the lists correctly', () => {
    const { activities, systems, recipients } = rig().services.inventory;
    const listInput = { search: '', archived: 'active', sort: { by: 'name', dir: 'asc' }, offset: 0, limit: 100, filters: {} } as const;
    const first = activities.list(listInput);
    expect(first.total).toBe(SIZE.activities);
    expect(first.rows.map((r) => r.name)).toEqual([...first.rows.map((r) => r.name)].sort());
    const last = activities.list({ ...listInput, sort: { by: 'updatedAt', dir: 'desc' }, offset: 4900 });
    expect(last.rows).toHaveLength(100);
    const withoutBasis = activities.list({ ...listInput, filters: { legalBasis: 'legitimate_interests', status: 'active' } });
    expect(withoutBasis.rows.every((r) => r.status === 'active' && r.legalBases.includes('legitimate_interests'))).toBe(true);
    expect(activities.list({ ...listInput, search: 'payroll' }).total).toBe(SIZE.activities / 50);
    expect(systems.list({ ...listInput, search: 'System 29' }).rows.map((s) => s.name)).toContain('System 299');
    expect(recipients.list({ ...listInput, limit: 1 }).total).toBe(SIZE.recipients);
  });

  it('finds activities by full-text search, and runs the completeness check and data map over all of them', () => {
    const { inventory } = rig().services;
    expect(inventory.search({ query: 'payroll', limit: 50 })).toHaveLength(50);
    const gaps = inventory.completeness();
    // Every 4th activity has a purpose without a legal basis (and drafts count too).
    expect(gaps.filter((g) => g.code === 'purpose_no_legal_basis')).toHaveLength(SIZE.activities / 4);
    const map = inventory.dataMap({});
    expect(map.nodes.filter((n) => n.column === 'activity')).toHaveLength(SIZE.activities);
  });

  it('saves one more activity in a large workspace and finds it by its new name', async () => {
    const { call } = rig();
    const saved = await call('inventory.activities.save', { name: 'One more', purposes: [{ purpose: 'Late addition' }] });
    await call('inventory.activities.save', { id: saved.id, name: 'One more, renamed', purposes: [{ purpose: 'Late addition' }] });
    expect((await call('inventory.search', { query: 'renamed' })).map((h) => h.id)).toEqual([saved.id]);
  });
});
