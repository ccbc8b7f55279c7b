import { describe, expect, it } from 'vitest';
import { FIDES_CATEGORIES, FIDES_SUBJECTS } from '../../domain/taxonomy';
import { useInventoryRig } from '../../../test/helpers/inventory-rig';

const rig = useInventoryRig();

const allCategories = (archived: 'active' | 'all' = 'all') =>
  rig().call('inventory.categories.list', { archived, limit: 5000, sort: { by: 'key', dir: 'asc' } });
const categoryByKey = async (key: string) => {
  const found = (await allCategories()).rows.find((c) => c.key === key);
  if (!found) throw new Error(`no category ${key}`);
  return found;
};

describe('seeding: a new workspace holds the Fides taxonomy', () => {
  it('has all 85 Fides data categories, the tree intact, and the 15 data subjects', async () => {
    const { rows, total } = await allCategories();
    expect(FIDES_CATEGORIES).toHaveLength(85);
    expect(total).toBe(85);
    expect(rows.every((c) => c.origin === 'fideslang' && c.archivedAt === null && c.activityCount === 0)).toBe(true);
    const keys = new Set(rows.map((c) => c.key));
    expect(rows.filter((c) => c.parentKey !== null && !keys.has(c.parentKey))).toEqual([]);
    expect(rows.filter((c) => c.parentKey === null).map((c) => c.key).sort()).toEqual(['system', 'user']);

    const subjects = await rig().call('inventory.subjects.list', { limit: 5000 });
    expect(FIDES_SUBJECTS).toHaveLength(15);
    expect(subjects.total).toBe(15);
    expect(subjects.rows.map((s) => s.key).sort()).toEqual(FIDES_SUBJECTS.map((s) => s.key).sort());
  });

  it('carries the GDPR and CCPA marks', async () => {
    expect(await categoryByKey('user.health_and_medical')).toMatchObject({ special: true, sensitive: true, criminal: false });
    expect(await categoryByKey('user.biometric')).toMatchObject({ special: true, sensitive: true });
    expect(await categoryByKey('user.government_id')).toMatchObject({ special: false, sensitive: true });
    expect(await categoryByKey('user.criminal_history')).toMatchObject({ criminal: true });
    expect(await categoryByKey('user.contact.email')).toMatchObject({ special: false, criminal: false, sensitive: false });
    const special = await rig().call('inventory.categories.list', { filters: { specialOnly: true }, limit: 5000 });
    expect(special.rows.length).toBeGreaterThan(3);
    expect(special.rows.every((c) => c.special || c.criminal)).toBe(true);
  });

  it('stamps the seeded rows with an ISO time', async () => {
    const subject = (await rig().call('inventory.subjects.list', { limit: 1 })).rows[0]!;
    expect(subject.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});

describe('categories: the tree and its keys', () => {
  it('keys a new category custom.<slug>, unique, and keeps the key through renames and moves', async () => {
    const first = await rig().call('inventory.categories.save', { name: 'Loyalty-Card Nº', parentKey: 'user' });
    expect(first).toMatchObject({ key: 'custom.loyalty_card_no', origin: 'custom', parentKey: 'user' });
    const second = await rig().call('inventory.categories.save', { name: 'Loyalty card no', parentKey: null });
    expect(second.key).toBe('custom.loyalty_card_no_2');
    const blank = await rig().call('inventory.categories.save', { name: '★★★' });
    expect(blank.key).toBe('custom.category');

    const moved = await rig().call('inventory.categories.save', { id: first.id, name: 'Membership card', parentKey: 'user.financial' });
    expect(moved).toMatchObject({ key: 'custom.loyalty_card_no', name: 'Membership card', parentKey: 'user.financial' });
    expect(moved.updatedAt).not.toBe('');
  });

  it('lets a Fides category be renamed and marked, but not moved', async () => {
    const email = await categoryByKey('user.contact.email');
    const renamed = await rig().call('inventory.categories.save', { ...pick(email), name: 'E-mail address', sensitive: true });
    expect(renamed).toMatchObject({ key: 'user.contact.email', name: 'E-mail address', sensitive: true, origin: 'fideslang', parentKey: 'user.contact' });

    const before = rig().fingerprint();
    const error = await rig().fail('inventory.categories.save', { ...pick(email), parentKey: 'system' });
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { parentKey: expect.any(String) } });
    expect(rig().fingerprint()).toBe(before);
  });

  it('refuses a parent that does not exist, and a cycle, changing nothing', async () => {
    const top = await rig().call('inventory.categories.save', { name: 'Cycle top' });
    const middle = await rig().call('inventory.categories.save', { name: 'Cycle middle', parentKey: top.key });
    const bottom = await rig().call('inventory.categories.save', { name: 'Cycle bottom', parentKey: middle.key });
    const before = rig().fingerprint();

    for (const parentKey of [bottom.key, top.key]) {
      const error = await rig().fail('inventory.categories.save', { id: top.id, name: top.name, parentKey });
      expect(error).toMatchObject({ code: 'VALIDATION', fields: { parentKey: expect.stringMatching(/under itself/) } });
    }
    const missing = await rig().fail('inventory.categories.save', { name: 'Orphan', parentKey: 'custom.no_such_key' });
    expect(missing).toMatchObject({ code: 'VALIDATION', fields: { parentKey: 'That parent category no longer exists.' } });
    expect(rig().fingerprint()).toBe(before);
  });

  it('moves the subcategories of a deleted category up to its parent', async () => {
    const parent = await rig().call('inventory.categories.save', { name: 'Lift parent', parentKey: 'user' });
    const child = await rig().call('inventory.categories.save', { name: 'Lift child', parentKey: parent.key });
    const usage = await rig().call('inventory.usage', { kind: 'category', id: parent.id });
    expect(usage).toEqual([{ kind: 'category', id: child.id, name: 'Lift child' }]);

    const refused = await rig().fail('inventory.categories.delete', { id: parent.id });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('data category “Lift child”');

    expect(await rig().call('inventory.categories.delete', { id: parent.id, confirmed: true })).toEqual({ deleted: true });
    expect(await rig().call('inventory.categories.get', { id: child.id })).toMatchObject({ parentKey: 'user' });
    expect((await rig().fail('inventory.categories.get', { id: parent.id })).code).toBe('NOT_FOUND');
  });
});

describe('subjects', () => {
  it('keys a new subject custom.<slug> and keeps a Fides subject’s key on rename', async () => {
    const mine = await rig().call('inventory.subjects.save', { name: 'Franchisees', description: 'Owners of franchise shops' });
    expect(mine).toMatchObject({ key: 'custom.franchisees', origin: 'custom', activityCount: 0 });
    const customer = (await rig().call('inventory.subjects.list', { search: 'customer' })).rows.find((s) => s.key === 'customer')!;
    const renamed = await rig().call('inventory.subjects.save', { id: customer.id, name: 'Clients' });
    expect(renamed).toMatchObject({ key: 'customer', name: 'Clients', origin: 'fideslang' });
  });
});

function pick(c: { id: number; name: string; parentKey: string | null; description: string; special: boolean; criminal: boolean; sensitive: boolean }) {
  return { id: c.id, name: c.name, parentKey: c.parentKey, description: c.description, special: c.special, criminal: c.criminal, sensitive: c.sensitive };
}
