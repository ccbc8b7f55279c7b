import { describe, expect, it } from 'vitest';
import { taxonomyIds, useInventoryRig } from '../../../test/helpers/inventory-rig';

/**
 * The vendor register, the completeness check and the data map are computed again only after the
 * record changed (db/audit/as-of-head.ts): each read after a change, of any table they read, and
 * on the next day, answers what a fresh computation would.
 */
const rig = useInventoryRig('Fresh Reads Kittiwake Ltd');

describe('whole-record reads after each change', () => {
  it('the vendor register and its cards follow every change at once, and the next day', async () => {
    const r = rig();
    const { category } = await taxonomyIds(r);
    const vendor = await r.call('inventory.recipients.save', { name: 'Fresh Mail', kind: 'processor', countries: ['DE'] });
    await r.call('vendors.saveProfile', { recipientId: vendor.id, dpaStatus: 'signed', lastReviewedOn: '2026-06-01' });
    const row = async () => (await r.call('vendors.list', { search: 'fresh mail' })).rows[0]!;
    expect(await row()).toMatchObject({ categoryCount: 0, receivesSpecial: false, flags: [] });

    const activity = await r.call('inventory.activities.save', { name: 'Newsletter', categoryIds: [category('user.contact.email')], recipientIds: [vendor.id] });
    expect(await row()).toMatchObject({ categoryCount: 1, categories: ['User Contact Email'] });
    await r.call('inventory.activities.save', {
      id: activity.id,
      name: 'Newsletter',
      categoryIds: [category('user.contact.email'), category('user.health_and_medical')],
      recipientIds: [vendor.id],
    });
    expect(await row()).toMatchObject({ categoryCount: 2, receivesSpecial: true });
    await r.call('vendors.saveCertification', { recipientId: vendor.id, kind: 'iso_27001', expiresOn: '2026-12-10' });
    expect((await row()).flags).toContain('certification_expiring');
    await r.call('vendors.saveProfile', { recipientId: vendor.id, dpaStatus: 'none', lastReviewedOn: '2026-06-01' });
    expect((await row()).flags).toContain('no_signed_dpa');
    expect((await r.call('vendors.dashboard', {})).unsignedReceivingData.map((v) => v.name)).toContain('Fresh Mail');
    await r.call('inventory.activities.archive', { id: activity.id, archived: true });
    expect(await row()).toMatchObject({ categoryCount: 0 });

    const before = await row();
    r.clock.set('2027-12-01T10:00:00Z');
    try {
      expect((await row()).flags).toContain('review_overdue');
      expect(before.flags).not.toContain('review_overdue');
    } finally {
      r.clock.set('2026-11-29T10:00:00Z');
    }
  });

  it('the completeness check and the data map follow every change at once', async () => {
    const r = rig();
    const { category, subject } = await taxonomyIds(r);
    const gapsOf = async (id: number) => (await r.call('inventory.completeness', {})).filter((g) => g.activityId === id).map((g) => g.code);
    const activity = await r.call('inventory.activities.save', { name: 'Payroll run', categoryIds: [category('user.contact.email')], subjectIds: [subject('customer')] });
    expect(await gapsOf(activity.id)).toContain('no_purpose');
    const map = async () => r.call('inventory.dataMap', { activityId: activity.id });
    expect((await map()).nodes.map((n) => n.label)).not.toContain('Ledger');

    const ledger = await r.call('inventory.systems.save', { name: 'Ledger', kind: 'database', hostingCountries: ['IN'] });
    await r.call('inventory.activities.save', {
      id: activity.id,
      name: 'Payroll run',
      purposes: [{ purpose: 'Pay people', legalBasis: 'contract' }],
      categoryIds: [category('user.contact.email')],
      subjectIds: [subject('customer')],
      systemIds: [ledger.id],
    });
    expect(await gapsOf(activity.id)).not.toContain('no_purpose');
    expect((await map()).nodes.map((n) => n.label)).toEqual(expect.arrayContaining(['Ledger', 'IN']));
    await r.call('inventory.systems.save', { id: ledger.id, name: 'General ledger', kind: 'database', hostingCountries: ['IN'] });
    expect((await map()).nodes.map((n) => n.label)).toContain('General ledger');
    await r.call('inventory.activities.archive', { id: activity.id, archived: true });
    expect(await gapsOf(activity.id)).toEqual([]);
    expect((await map()).nodes).toEqual([]);
  });
});
