import { beforeAll, describe, expect, it } from 'vitest';
import { useInventoryRig } from '../../../test/helpers/inventory-rig';
import { VENDOR_ROW_CATEGORIES, type VendorDetail, type VendorRow } from '../../contract';

const rig = useInventoryRig();
const details = new Map<string, VendorDetail>();
const rows = new Map<string, VendorRow>();

/**
 * What the register reads of what vendors receive, over every way data reaches a vendor, with more
 * categories than one 32-bit word of the register's category sets holds.
 */
beforeAll(async () => {
  const r = rig();
  // A category of our own: a later id than the taxonomy's, sorted by name among them.
  await r.call('inventory.categories.save', { name: 'Aardvark sightings', description: 'First by name.' });
  const all = (await r.call('inventory.categories.list', { limit: 5000 })).rows;
  expect(all.length).toBeGreaterThan(64);
  const every = all.map((c) => c.id);
  const vendor = async (name: string) => {
    const { id } = await r.call('inventory.recipients.save', { name, kind: 'processor', countries: ['DE'] });
    await r.call('vendors.saveProfile', { recipientId: id, dpaStatus: 'none' });
    return id;
  };
  const listed = await vendor('Listed for every category');
  await r.call('inventory.activities.save', { name: 'Everything', categoryIds: every, recipientIds: [listed] });
  // Each link kind alone, with categories from the middle and the end of the name order.
  const byTransfer = await vendor('Named by a transfer only');
  await r.call('inventory.activities.save', { name: 'Export', categoryIds: every.slice(30, 70), transfers: [{ country: 'IN', recipientId: byTransfer }] });
  const bySystem = await vendor('Processing a system only');
  const system = await r.call('inventory.systems.save', { name: 'Hosted thing', kind: 'saas', processorId: bySystem });
  await r.call('inventory.activities.save', { name: 'Uses the system', categoryIds: every.slice(-40), systemIds: [system.id] });
  // Two activities of overlapping categories: each counted once.
  const overlapping = await vendor('Two overlapping activities');
  await r.call('inventory.activities.save', { name: 'First half', categoryIds: every.slice(0, 50), recipientIds: [overlapping] });
  await r.call('inventory.activities.save', { name: 'Second half', categoryIds: every.slice(20), recipientIds: [overlapping] });
  // A system with no activity still means it receives data; an archived activity gives nothing.
  const idle = await vendor('Idle system');
  await r.call('inventory.systems.save', { name: 'Unused thing', kind: 'saas', processorId: idle });
  const archivedOnly = await vendor('Archived activity only');
  const old = await r.call('inventory.activities.save', { name: 'Old', categoryIds: every, recipientIds: [archivedOnly], transfers: [{ country: 'CN', recipientId: archivedOnly }] });
  await r.call('inventory.activities.archive', { id: old.id, archived: true });
  for (const row of (await r.call('vendors.list', { limit: 5000 })).rows) {
    rows.set(row.name, row);
    details.set(row.name, await r.call('vendors.get', { recipientId: row.recipientId }));
  }
});

describe('the register over what vendors receive', () => {
  it('counts and names the categories as the vendor page does, however the data reaches the vendor', () => {
    expect(rows.size).toBe(6);
    for (const [name, row] of rows) {
      const detail = details.get(name)!;
      expect({ count: row.categoryCount, names: row.categories, special: row.receivesSpecial }, name).toEqual({
        count: detail.categories.length,
        names: detail.categories.slice(0, VENDOR_ROW_CATEGORIES).map((c) => c.name),
        special: detail.receivesSpecial,
      });
      expect(row.flags, name).toEqual(detail.flags);
      expect(row.points, name).toBe(detail.risk.points);
    }
    const count = (name: string) => rows.get(name)!.categoryCount;
    expect(count('Listed for every category')).toBeGreaterThan(64);
    expect(rows.get('Listed for every category')!.categories[0]).toBe('Aardvark sightings');
    expect([count('Named by a transfer only'), count('Processing a system only')]).toEqual([40, 40]);
    expect(count('Two overlapping activities')).toBe(count('Listed for every category'));
    expect([count('Idle system'), count('Archived activity only')]).toEqual([0, 0]);
  });

  it('tells who receives personal data without a signed agreement, as the vendor pages do', async () => {
    const unsigned = (await rig().call('vendors.dashboard', {})).unsignedReceivingData.map((v) => v.name).sort();
    expect(unsigned).toEqual([...rows.keys()].filter((name) => name !== 'Archived activity only').sort());
    expect(details.get('Idle system')!.systems).toHaveLength(1);
  });
});
