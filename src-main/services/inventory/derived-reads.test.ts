import { describe, expect, it } from 'vitest';
import { taxonomyIds, useInventoryRig } from '../../../test/helpers/inventory-rig';
import { recordKindOf } from '../../db/audit/triggers';
import { CHECK_READ_KINDS, loadActivitiesToCheck } from '../../db/inventory/activities';
import { findGaps } from '../../domain/inventory/completeness';

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

  it('the completeness check, brought up to date activity by activity, always answers what checking every activity would', async () => {
    const r = rig();
    const { subject } = await taxonomyIds(r);
    const fresh = () => findGaps(loadActivitiesToCheck(r.db()), '2026-11-29');
    const same = async (step: string) => expect(await r.call('inventory.completeness', {}), step).toEqual(fresh());
    const scans = await r.call('inventory.categories.save', { name: 'Body scans', special: true });
    const records = await r.call('inventory.categories.save', { name: 'Court records', criminal: true });
    const visitors = await r.call('inventory.subjects.save', { name: 'Visitors' });
    const lab = await r.call('inventory.recipients.save', { name: 'Scan Lab', kind: 'processor', countries: ['IN'] });
    let subjectIds = [visitors.id, subject('customer')];
    const activity = (name: string, extra: object = {}) =>
      r.call('inventory.activities.save', {
        name,
        categoryIds: [scans.id, records.id],
        subjectIds,
        recipientIds: [lab.id],
        transfers: [{ country: 'IN', recipientId: lab.id, mechanism: null }],
        ...extra,
      });
    const first = await activity('Gate checks');
    const second = await activity('Access badges', { sharedForAds: true, transfers: [] });
    await activity('Visitor log', { categoryIds: [], recipientIds: [], transfers: [] });
    await activity('Export desk', { recipientIds: [] });
    await same('first read');
    const steps: [string, () => Promise<unknown>][] = [
      ['a category renamed', () => r.call('inventory.categories.save', { id: scans.id, name: 'Full body scans', special: true })],
      ['a category no longer special', () => r.call('inventory.categories.save', { id: scans.id, name: 'Full body scans' })],
      ['a recipient renamed', () => r.call('inventory.recipients.save', { id: lab.id, name: 'Scan Lab GmbH', kind: 'processor', countries: ['IN'] })],
      ['a recipient now an ad partner', () => r.call('inventory.recipients.save', { id: lab.id, name: 'Scan Lab GmbH', kind: 'advertising_partner', countries: ['IN'] })],
      ['a subject deleted', async () => {
        await r.call('inventory.subjects.delete', { id: visitors.id, confirmed: true });
        subjectIds = [subject('customer')];
      }],
      ['an activity renamed ahead of the others', () => activity('Aaa gate checks', { id: first.id })],
      ['an activity archived', () => r.call('inventory.activities.archive', { id: second.id, archived: true })],
      ['an activity back from the archive', () => r.call('inventory.activities.archive', { id: second.id, archived: false })],
      ['an activity added', () => activity('Night shifts')],
      ['a category deleted', () => r.call('inventory.categories.delete', { id: records.id, confirmed: true })],
      ['an activity deleted', () => r.call('inventory.activities.delete', { id: first.id, confirmed: true })],
      ['nothing the check reads', () => r.call('inventory.systems.save', { name: 'Turnstiles', kind: 'application' })],
    ];
    for (const [step, change] of steps) {
      await change();
      await same(step);
    }
  });

  it('the completeness check reads only records whose changes it follows', () => {
    const db = rig().db();
    // Every statement the load runs, prepared before or not: read where each one runs.
    const statement = Object.getPrototypeOf(db.prepare('SELECT 1')) as { all: (...args: unknown[]) => unknown; get: (...args: unknown[]) => unknown };
    const { all, get } = statement;
    const sources: string[] = [];
    statement.all = function (this: { source: string }, ...args) {
      sources.push(this.source);
      return all.apply(this, args);
    };
    statement.get = function (this: { source: string }, ...args) {
      sources.push(this.source);
      return get.apply(this, args);
    };
    try {
      loadActivitiesToCheck(db);
      loadActivitiesToCheck(db, [1, 2]);
    } finally {
      Object.assign(statement, { all, get });
    }
    const tables = new Set(sources.flatMap((sql) => [...sql.matchAll(/\b(?:FROM|JOIN)\s+([a-z_]+)/gi)].map((m) => m[1]!)));
    tables.delete('json_each');
    expect([...tables].sort()).toEqual(['activity', 'activity_category', 'activity_purpose', 'activity_recipient', 'activity_subject', 'activity_transfer', 'data_category', 'data_subject', 'recipient']);
    for (const table of tables) expect(CHECK_READ_KINDS, table).toContain(recordKindOf(db, table));
  });
});
