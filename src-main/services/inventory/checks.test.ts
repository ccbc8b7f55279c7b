import { describe, expect, it } from 'vitest';
import { type ActivityInput, dataMapEdges, type Organisation } from '../../contract';
import { useInventoryRig } from '../../../test/helpers/inventory-rig';
import { todayIn } from '.';

const rig = useInventoryRig();

const gapsOf = async (activityId: number) => (await rig().call('inventory.completeness', {})).filter((g) => g.activityId === activityId);

async function setTimeZone(timeZone: string): Promise<void> {
  const org: Organisation = await rig().call('inventory.organisation.get', {});
  await rig().call('inventory.organisation.save', { ...org, timeZone });
}

describe('inventory.completeness (wiring: the rules are tested in the domain)', () => {
  it('shows a gap for a purpose without a legal basis, gone once the basis is given', async () => {
    const input: ActivityInput = { name: 'Loyalty programme', status: 'active', purposes: [{ purpose: 'Award points' }] };
    const activity = await rig().call('inventory.activities.save', input);
    const before = await gapsOf(activity.id);
    expect(before).toContainEqual(
      expect.objectContaining({ activityId: activity.id, activityName: 'Loyalty programme', code: 'purpose_no_legal_basis', field: 'purposes.0.legalBasis' }),
    );

    await rig().call('inventory.activities.save', { ...input, id: activity.id, purposes: [{ purpose: 'Award points', legalBasis: 'contract' }] });
    expect((await gapsOf(activity.id)).map((g) => g.code)).not.toContain('purpose_no_legal_basis');

    await rig().call('inventory.activities.archive', { id: activity.id, archived: true });
    expect(await gapsOf(activity.id)).toEqual([]);
  });

  it('counts "today" in the organisation’s time zone', async () => {
    const activity = await rig().call('inventory.activities.save', { name: 'Reviewed a year ago', status: 'active', lastReviewedOn: '2025-11-29' });
    const overdue = async () => (await gapsOf(activity.id)).some((g) => g.code === 'review_overdue');
    // 23:30 UTC on 29 November is already 30 November in Berlin: one day past the twelve months.
    rig().clock.set('2026-11-29T23:30:00Z');
    await setTimeZone('UTC');
    expect(await overdue()).toBe(false);
    await setTimeZone('Europe/Berlin');
    expect(await overdue()).toBe(true);
    await setTimeZone('UTC');
  });

  it('todayIn: the calendar date there, UTC for a zone this runtime does not know', () => {
    const now = new Date('2026-11-29T23:30:00Z');
    expect(todayIn('UTC', now)).toBe('2026-11-29');
    expect(todayIn('Europe/Berlin', now)).toBe('2026-11-30');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-11-29');
    expect(todayIn('Pacific/Kiritimati', new Date('2026-12-31T12:00:00Z'))).toBe('2027-01-01');
    expect(todayIn('Not/AZone', now)).toBe('2026-11-29');
  });
});

describe('inventory.dataMap (wiring: the graph is tested in the domain)', () => {
  it('maps active activities to their categories, systems, recipients and countries, and narrows by a filter', async () => {
    const categories = (await rig().call('inventory.categories.list', { search: 'user.contact.email', limit: 5 })).rows;
    const email = categories.find((c) => c.key === 'user.contact.email')!;
    const recipient = await rig().call('inventory.recipients.save', { name: 'Map Recipient', kind: 'processor', countries: ['US'] });
    const system = await rig().call('inventory.systems.save', { name: 'Map System', kind: 'saas', hostingCountries: ['IE'] });
    const other = await rig().call('inventory.systems.save', { name: 'Map Other System', kind: 'database' });
    const mapped = await rig().call('inventory.activities.save', {
      name: 'Mapped activity',
      status: 'active',
      categoryIds: [email.id],
      systemIds: [system.id],
      recipientIds: [recipient.id],
      transfers: [{ country: 'US', recipientId: recipient.id, mechanism: 'scc' }],
    });
    const elsewhere = await rig().call('inventory.activities.save', { name: 'Elsewhere', status: 'active', systemIds: [other.id] });
    const archived = await rig().call('inventory.activities.save', { name: 'Archived mapped', status: 'active', systemIds: [system.id] });
    await rig().call('inventory.activities.archive', { id: archived.id, archived: true });

    const map = await rig().call('inventory.dataMap', {});
    const nodeIds = map.nodes.map((n) => n.id);
    expect(nodeIds).toEqual(
      expect.arrayContaining([`category:${email.id}`, `activity:${mapped.id}`, `system:${system.id}`, `recipient:${recipient.id}`, 'country:US', `activity:${elsewhere.id}`]),
    );
    expect(nodeIds).not.toContain(`activity:${archived.id}`);
    expect(dataMapEdges(map)).toContainEqual({ from: `category:${email.id}`, to: `activity:${mapped.id}` });

    const narrowed = await rig().call('inventory.dataMap', { systemId: system.id });
    expect(narrowed.nodes.map((n) => n.id)).toContain(`activity:${mapped.id}`);
    expect(narrowed.nodes.map((n) => n.id)).not.toContain(`activity:${elsewhere.id}`);
  });
});
