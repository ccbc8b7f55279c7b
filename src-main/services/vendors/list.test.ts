import { beforeAll, describe, expect, it } from 'vitest';
import { taxonomyIds, useInventoryRig } from '../../../test/helpers/inventory-rig';
import { type CallInput, type VendorDetail, type VendorRow, VENDOR_ROW_CATEGORIES, VENDOR_SORTS } from '../../contract';
import { fold } from '../../db/statements';
import { VENDOR_FLAG_CODES } from '../../domain/vendors/flags';
import { DEFAULT_QUESTIONS } from '../../domain/vendors/questionnaire';
import type { DpaStatus, FindingSeverity, RiskTier } from '../../domain/vendors/vocabulary';

const rig = useInventoryRig();
const TODAY = '2026-11-29';
const COUNT = 36;
const NAMES = ['Álvaro Hosting', 'alpha analytics', 'Zoë Mail', 'Beta Pay', 'Écrin CDN', 'Gamma Support'];
const DPA: DpaStatus[] = ['signed', 'none', 'requested', 'signed', 'under_negotiation'];
const SEVERITY: FindingSeverity[] = ['critical', 'high', 'medium', 'low'];
const details = new Map<number, VendorDetail>();

/** Varied vendors, every fact derived from the index: categories, systems, transfers, answers, findings, certificates, reviews. */
beforeAll(async () => {
  const r = rig();
  const taxonomy = await taxonomyIds(r);
  const categories = ['user.contact.email', 'user.name', 'user.health_and_medical', 'user.criminal_history', 'user.financial', 'user.contact.address', 'user.government_id'].map(
    (key) => taxonomy.category(key),
  );
  const subject = taxonomy.subject('customer');
  for (let i = 0; i < COUNT; i++) {
    const name = `${NAMES[i % NAMES.length]} ${String(i).padStart(2, '0')}`;
    const { id } = await r.call('inventory.recipients.save', { name, kind: 'processor', countries: i % 4 === 0 ? ['US'] : i % 4 === 1 ? ['IN'] : ['DE'] });
    if (i % 11 === 10) continue; // a recipient without profile is not a vendor
    const profile: CallInput<'vendors.saveProfile'> = {
      recipientId: id,
      dpaStatus: DPA[i % DPA.length]!,
      volumeBand: (['under_1k', 'from_1k', 'from_100k', 'from_1m'] as const)[i % 4],
      incidents24m: i % 9 === 0 ? 1 : 0,
      contractEnd: i % 6 === 0 ? '2027-01-15' : i % 6 === 1 ? '2026-10-01' : null,
      lastReviewedOn: i % 3 === 0 ? null : i % 3 === 1 ? '2026-06-10' : '2025-11-15',
    };
    await r.call('vendors.saveProfile', profile);
    if (i % 2 === 0) {
      await r.call('inventory.activities.save', {
        name: `Activity for ${name}`,
        categoryIds: categories.filter((_, k) => (i + k) % 3 === 0),
        subjectIds: [subject],
        recipientIds: [id],
        transfers: i % 8 === 0 ? [{ country: 'IN', recipientId: id, mechanism: 'scc' }] : [],
      });
    }
    if (i % 5 === 0) {
      const system = await r.call('inventory.systems.save', { name: `System of ${name}`, kind: 'saas', processorId: id });
      await r.call('inventory.activities.save', { name: `Systems use ${i}`, categoryIds: categories.slice(0, 1 + (i % 7)), systemIds: [system.id] });
    }
    if (i % 3 !== 2) {
      await r.call('vendors.saveAnswers', {
        recipientId: id,
        answers: DEFAULT_QUESTIONS.slice(0, 4 + (i % 11)).map((q, k) => ({ questionId: q.id, value: (['yes', 'no', 'partly', 'yes'] as const)[(i + k) % 4]! })),
      });
    }
    for (let k = 0; k < i % 4; k++) {
      await r.call('vendors.saveFinding', { recipientId: id, title: `Finding ${k}`, severity: SEVERITY[(i + k) % 4]!, dueOn: '2026-12-10', status: k === 2 ? 'closed' : 'open' });
    }
    if (i % 4 === 1) await r.call('vendors.saveCertification', { recipientId: id, kind: 'soc2_type2', expiresOn: i % 8 === 1 ? '2026-12-20' : '2026-01-01' });
    if (i % 7 === 3) await r.call('vendors.saveTransfers', { recipientId: id, transfers: [{ country: 'IN', mechanism: 'bcr' }] });
    if (i % 6 === 4) await r.call('vendors.recordReview', { recipientId: id, reviewedOn: '2026-11-02', decision: 'approved' });
  }
  // Two low-risk vendors: signed, few people, a good questionnaire, nothing abroad.
  for (const name of ['Quiet One', 'Quiet Two']) {
    const { id } = await r.call('inventory.recipients.save', { name, kind: 'processor', countries: ['DE'] });
    await r.call('vendors.saveProfile', { recipientId: id, dpaStatus: 'signed', lastReviewedOn: '2026-02-01' });
    await r.call('vendors.saveAnswers', { recipientId: id, answers: DEFAULT_QUESTIONS.map((q) => ({ questionId: q.id, value: 'yes' as const })) });
    await r.call('inventory.activities.save', { name: `Newsletter via ${name}`, categoryIds: categories.slice(0, 1), recipientIds: [id] });
  }
  // Linked by an activity without categories (receives data all the same), and by an archived one only (receives nothing).
  const bare = await r.call('inventory.recipients.save', { name: 'Bare Link', kind: 'processor', countries: ['DE'] });
  await r.call('vendors.saveProfile', { recipientId: bare.id, dpaStatus: 'none' });
  await r.call('inventory.activities.save', { name: 'Uncategorised', recipientIds: [bare.id] });
  const gone = await r.call('inventory.recipients.save', { name: 'Archived Link', kind: 'processor', countries: ['US'] });
  await r.call('vendors.saveProfile', { recipientId: gone.id, dpaStatus: 'none' });
  const old = await r.call('inventory.activities.save', { name: 'Old export', categoryIds: categories, recipientIds: [gone.id], transfers: [{ country: 'CN', recipientId: gone.id }] });
  await r.call('inventory.activities.archive', { id: old.id, archived: true });
  // An archived recipient's profile leaves the register.
  const archived = await r.call('vendors.list', { search: 'beta pay 03' });
  await r.call('inventory.recipients.archive', { id: archived.rows[0]!.recipientId, archived: true });
  for (const row of (await r.call('vendors.list', { limit: 5000 })).rows) details.set(row.recipientId, await r.call('vendors.get', { recipientId: row.recipientId }));
});

/** The row the list must show for a vendor, from its page. */
const rowOf = (d: VendorDetail): VendorRow => ({
  recipientId: d.profile.recipientId,
  name: d.profile.name,
  role: d.profile.role,
  services: d.profile.services,
  dpaStatus: d.profile.dpaStatus,
  tier: d.risk.tier,
  points: d.risk.points,
  nextReviewOn: d.nextReviewOn,
  receivesSpecial: d.receivesSpecial,
  categoryCount: d.categories.length,
  categories: d.categories.slice(0, VENDOR_ROW_CATEGORIES).map((c) => c.name),
  questionnaireScore: d.questionnaire.result?.score ?? null,
  openFindings: d.findings.filter((f) => f.status === 'open').length,
  flags: d.flags,
});

const RANK: Record<RiskTier, number> = { low: 0, medium: 1, high: 2 };
const KEY: Record<(typeof VENDOR_SORTS)[number], (r: VendorRow) => string> = {
  name: (r) => fold(r.name),
  tier: (r) => `${RANK[r.tier]}${String(r.points).padStart(5, '0')}`,
  nextReview: (r) => r.nextReviewOn,
};

describe('vendors.list agrees with vendors.get', () => {
  it('has a varied register to check', () => {
    expect(details.size).toBe(COUNT - 3 + 2 + 2 - 1);
    const all = [...details.values()];
    expect(new Set(all.map((d) => d.risk.tier))).toEqual(new Set(['high', 'medium', 'low']));
    for (const flag of VENDOR_FLAG_CODES) expect(all.some((d) => d.flags.includes(flag)), flag).toBe(true);
    expect(all.some((d) => d.receivesSpecial) && all.some((d) => d.categories.length > VENDOR_ROW_CATEGORIES)).toBe(true);
    const byName = (name: string) => all.find((d) => d.profile.name === name)!;
    expect(byName('Bare Link')).toMatchObject({ categories: [], flags: expect.arrayContaining(['no_signed_dpa']) });
    expect(byName('Archived Link')).toMatchObject({ activities: [], categories: [] });
    expect(byName('Archived Link').transfers.map((t) => t.country)).toEqual(['US']);
  });

  it.each(VENDOR_SORTS.flatMap((by) => (['asc', 'desc'] as const).map((dir) => ({ by, dir }))))('every row, sorted by %o', async (sort) => {
    const { rows, total } = await rig().call('vendors.list', { sort, limit: 5000 });
    expect(total).toBe(details.size);
    expect(rows).toEqual(rows.map((row) => rowOf(details.get(row.recipientId)!)));
    const keys = rows.map(KEY[sort.by]);
    for (let i = 1; i < keys.length; i++) {
      if (sort.dir === 'asc') expect(keys[i]! >= keys[i - 1]!, `${rows[i - 1]!.name} then ${rows[i]!.name}`).toBe(true);
      else expect(keys[i]! <= keys[i - 1]!, `${rows[i - 1]!.name} then ${rows[i]!.name}`).toBe(true);
    }
  });

  it('filters by tier, by flag and by name (accents and case folded), and combines them', async () => {
    const all = [...details.values()];
    const idsOf = (rows: { recipientId: number }[]) => rows.map((r) => r.recipientId).sort((a, b) => a - b);
    const expected = (keep: (d: VendorDetail) => boolean) => idsOf(all.filter(keep).map((d) => d.profile));
    for (const tier of ['high', 'medium', 'low'] as const) {
      expect(idsOf((await rig().call('vendors.list', { tier, limit: 5000 })).rows), tier).toEqual(expected((d) => d.risk.tier === tier));
    }
    for (const flag of VENDOR_FLAG_CODES) {
      expect(idsOf((await rig().call('vendors.list', { flag, limit: 5000 })).rows), flag).toEqual(expected((d) => d.flags.includes(flag)));
    }
    for (const search of ['alvaro', 'ÉCRIN', 'zoe mail', ' 0', 'nothing like it']) {
      expect(idsOf((await rig().call('vendors.list', { search, limit: 5000 })).rows), search).toEqual(
        expected((d) => fold(d.profile.name).includes(fold(search.trim()))),
      );
    }
    const both = await rig().call('vendors.list', { tier: 'high', flag: 'no_signed_dpa', search: 'a', limit: 5000 });
    expect(idsOf(both.rows)).toEqual(expected((d) => d.risk.tier === 'high' && d.flags.includes('no_signed_dpa') && fold(d.profile.name).includes('a')));
  });

  it('pages: consecutive pages make up the whole sorted list, total unchanged', async () => {
    const sort = { by: 'tier', dir: 'desc' } as const;
    const whole = await rig().call('vendors.list', { sort, limit: 5000 });
    const pages: VendorRow[] = [];
    for (let offset = 0; offset < whole.total + 7; offset += 7) {
      const page = await rig().call('vendors.list', { sort, offset, limit: 7 });
      expect(page.total).toBe(whole.total);
      pages.push(...page.rows);
    }
    expect(pages).toEqual(whole.rows);
  });
});

describe('vendors.dashboard', () => {
  it('agrees with the vendors’ pages', async () => {
    const dashboard = await rig().call('vendors.dashboard', {});
    const all = [...details.values()].sort((a, b) => a.profile.name.localeCompare(b.profile.name, 'en', { sensitivity: 'base' }));
    const due = (d: VendorDetail) => ({ recipientId: d.profile.recipientId, name: d.profile.name, tier: d.risk.tier, nextReviewOn: d.nextReviewOn });
    const sameSet = <T>(actual: T[], expected: T[]) => expect(new Set(actual.map((x) => JSON.stringify(x)))).toEqual(new Set(expected.map((x) => JSON.stringify(x))));
    sameSet(dashboard.dueThisMonth, all.filter((d) => d.nextReviewOn >= TODAY && d.nextReviewOn.startsWith('2026-11')).map(due));
    sameSet(dashboard.overdue, all.filter((d) => d.nextReviewOn < TODAY).map(due));
    expect(dashboard.overdue.length).toBeGreaterThan(0);
    expect(dashboard.dueThisMonth.length).toBeGreaterThan(0);
    for (const list of [dashboard.dueThisMonth, dashboard.overdue]) expect(list.map((d) => d.nextReviewOn)).toEqual(list.map((d) => d.nextReviewOn).sort());
    sameSet(
      dashboard.unsignedReceivingData,
      all
        .filter((d) => (d.activities.length > 0 || d.systems.length > 0) && d.profile.dpaStatus !== 'signed')
        .map((d) => ({ recipientId: d.profile.recipientId, name: d.profile.name, dpaStatus: d.profile.dpaStatus })),
    );
    const uncovered = all.flatMap((d) => d.transfers.filter((t) => !t.covered).map((t) => ({ recipientId: d.profile.recipientId, name: d.profile.name, country: t.country })));
    expect(uncovered.length).toBeGreaterThan(0);
    sameSet(dashboard.transfersWithoutMechanism, uncovered);
  });
});
