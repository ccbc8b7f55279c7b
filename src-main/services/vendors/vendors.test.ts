import { beforeAll, describe, expect, it } from 'vitest';
import { taxonomyIds, useInventoryRig } from '../../../test/helpers/inventory-rig';

const rig = useInventoryRig();

const ids = { health: 0, email: 0, name: 0, customer: 0, employee: 0 };

beforeAll(async () => {
  const taxonomy = await taxonomyIds(rig());
  ids.health = taxonomy.category('user.health_and_medical');
  ids.email = taxonomy.category('user.contact.email');
  ids.name = taxonomy.category('user.name');
  ids.customer = taxonomy.subject('customer');
  ids.employee = taxonomy.subject('employee');
});

const recipient = async (name: string, countries: string[] = ['DE']) => (await rig().call('inventory.recipients.save', { name, kind: 'processor', countries })).id;

describe('vendors.get: what the vendor receives is derived from the inventory', () => {
  it('an activity listing the recipient: its categories and subjects', async () => {
    const id = await recipient('Mailjetty');
    await rig().call('vendors.saveProfile', { recipientId: id, services: ['email'], dpaStatus: 'signed', dpaSignedOn: '2026-01-10' });
    const act = await rig().call('inventory.activities.save', { name: 'Newsletter', categoryIds: [ids.email], subjectIds: [ids.customer], recipientIds: [id] });
    const vendor = await rig().call('vendors.get', { recipientId: id });
    expect(vendor.profile).toMatchObject({ recipientId: id, name: 'Mailjetty', services: ['email'], dpaStatus: 'signed', dpaSignedOn: '2026-01-10' });
    expect(vendor.activities).toEqual([{ id: act.id, name: 'Newsletter' }]);
    expect(vendor.categories.map((c) => c.id)).toEqual([ids.email]);
    expect(vendor.subjects.map((s) => s.id)).toEqual([ids.customer]);
    expect(vendor.receivesSpecial).toBe(false);
  });

  it('a transfer naming the recipient', async () => {
    const id = await recipient('Offshore Support Ltd', ['IN']);
    await rig().call('vendors.saveProfile', { recipientId: id });
    const act = await rig().call('inventory.activities.save', {
      name: 'Outsourced helpdesk',
      categoryIds: [ids.name],
      subjectIds: [ids.employee],
      transfers: [{ country: 'IN', recipientId: id, mechanism: 'scc' }],
    });
    const vendor = await rig().call('vendors.get', { recipientId: id });
    expect(vendor.activities.map((a) => a.id)).toEqual([act.id]);
    expect(vendor.categories.map((c) => c.id)).toEqual([ids.name]);
    expect(vendor.subjects.map((s) => s.id)).toEqual([ids.employee]);
    expect(vendor.risk.reasons.map((r) => r.code)).toContain('third_country_transfer');
    expect(vendor.risk.reasons.map((r) => r.code)).not.toContain('transfer_no_mechanism');
  });

  it('a system the recipient processes, used by an activity; special-category flag, tier and reasons', async () => {
    const id = await recipient('Clinic Cloud');
    await rig().call('vendors.saveProfile', { recipientId: id, role: 'processor', services: ['hosting'], dpaStatus: 'none', volumeBand: 'from_100k' });
    const system = await rig().call('inventory.systems.save', { name: 'Patient records', kind: 'saas', processorId: id });
    const act = await rig().call('inventory.activities.save', { name: 'Occupational health', categoryIds: [ids.health], subjectIds: [ids.employee], systemIds: [system.id] });
    const vendor = await rig().call('vendors.get', { recipientId: id });
    expect(vendor.systems).toEqual([{ id: system.id, name: 'Patient records' }]);
    expect(vendor.activities).toEqual([{ id: act.id, name: 'Occupational health' }]);
    expect(vendor.categories.map((c) => c.id)).toEqual([ids.health]);
    expect(vendor.categories[0]!.special).toBe(true);
    expect(vendor.receivesSpecial).toBe(true);
    expect(vendor.risk.tier).toBe('high');
    const codes = vendor.risk.reasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['special_category', 'volume', 'never_reviewed', 'no_signed_dpa']));
    for (const reason of vendor.risk.reasons) expect(reason.message).not.toBe('');
    // Never reviewed: due today (the rig's clock).
    expect(vendor.nextReviewOn).toBe('2026-11-29');
  });

  it('a reviewed vendor is next due after its tier’s cadence; an update keeps one profile', async () => {
    const id = await recipient('Quiet CDN');
    await rig().call('vendors.saveProfile', { recipientId: id, dpaStatus: 'signed' });
    const updated = await rig().call('vendors.saveProfile', { recipientId: id, dpaStatus: 'signed', lastReviewedOn: '2026-03-31' });
    expect(updated.risk.tier).toBe('medium'); // never_reviewed (questionnaire) only: 20 points
    expect(updated.nextReviewOn).toBe('2027-03-31');
    expect(rig().db().prepare('SELECT count(*) AS n FROM vendor_profile WHERE recipient_id = ?').get(id)).toEqual({ n: 1 });
  });

  it('refuses a profile for a missing recipient and a get without profile', async () => {
    expect((await rig().fail('vendors.saveProfile', { recipientId: 987_654 })).code).toBe('VALIDATION');
    const bare = await recipient('No Profile Yet');
    expect((await rig().fail('vendors.get', { recipientId: bare })).code).toBe('NOT_FOUND');
    expect((await rig().fail('vendors.saveProfile', { recipientId: bare, services: ['telepathy'] })).code).toBe('VALIDATION');
  });
});

describe('vendors.list', () => {
  it('sorts by tier, searches by name, pages', async () => {
    const desc = await rig().call('vendors.list', { sort: { by: 'tier', dir: 'desc' } });
    expect(desc.rows[0]).toMatchObject({ name: 'Clinic Cloud', tier: 'high', receivesSpecial: true, categoryCount: 1 });
    const ranks = desc.rows.map((r) => ({ high: 2, medium: 1, low: 0 })[r.tier]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const asc = await rig().call('vendors.list', { sort: { by: 'tier', dir: 'asc' } });
    expect(asc.rows.at(-1)!.name).toBe('Clinic Cloud');
    expect(desc.total).toBe(4);
    expect((await rig().call('vendors.list', { search: 'clinic' })).rows.map((r) => r.name)).toEqual(['Clinic Cloud']);
    const page = await rig().call('vendors.list', { sort: { by: 'name', dir: 'asc' }, offset: 1, limit: 2 });
    expect(page).toMatchObject({ total: 4 });
    expect(page.rows.map((r) => r.name)).toEqual(['Mailjetty', 'Offshore Support Ltd']);
  });
});

describe('a vendor referenced by the inventory', () => {
  it('cannot be deleted without confirmation; the message names the activity; confirmed, the profile goes too', async () => {
    const id = (await rig().call('vendors.list', { search: 'Mailjetty' })).rows[0]!.recipientId;
    const refused = await rig().fail('inventory.recipients.delete', { id });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('processing activity “Newsletter”');
    expect((await rig().call('vendors.get', { recipientId: id })).profile.name).toBe('Mailjetty');
    await rig().call('inventory.recipients.delete', { id, confirmed: true });
    expect((await rig().fail('vendors.get', { recipientId: id })).code).toBe('NOT_FOUND');
    expect(rig().db().prepare('SELECT count(*) AS n FROM vendor_profile WHERE recipient_id = ?').get(id)).toEqual({ n: 0 });
  });
});
