import { beforeAll, describe, expect, it } from 'vitest';
import sampleCompany from '../../../resources/sample/sample-company.json';
import { type InventoryRig, useInventoryRig } from '../../../test/helpers/inventory-rig';
import { addCalendarDays, addMonths, dateParts } from '../../domain/deadlines/calendar';
import { DUE_THIS_MONTH, planSampleVendors, resolveOffset, reviewDueThisMonth, sampleVendorsData, SampleVendorsError } from './sample';

const NAMES = [
  'Adspring Media Ltd',
  'Clearview Web Analytics GmbH',
  'Edgewise CDN Inc.',
  'Harbor Payments Ltd',
  'Helpdeck Software Ltd',
  'Lohnwerk Payroll Services GmbH',
  'Nimbus Cloud Hosting SE',
  'Relay Mail Services Inc.',
  'Sentinel Risk Scoring BV',
];

const sampleIds = new Map(sampleCompany.recipients.map((r, i) => [r.name.toLocaleLowerCase(), i + 1]));
const clone = (): { vendors: Record<string, Record<string, unknown>> } & Record<string, unknown> => structuredClone(sampleVendorsData()) as never;

describe('the sample vendor register file', () => {
  it.each(['2026-11-29', '2028-02-29', '2026-12-31', '2027-01-01', '2026-08-31'])('plans through the contract schemas as of %s', (today) => {
    const plans = planSampleVendors(sampleVendorsData(), sampleIds, today);
    expect(plans.map((p) => p.name).sort()).toEqual(NAMES);
    for (const plan of plans) for (const review of plan.reviews) expect(review.reviewedOn === DUE_THIS_MONTH || review.reviewedOn <= today).toBe(true);
  });

  it('keys every vendor and linked sub-processor by a recipient of the sample inventory', () => {
    const names = new Set(sampleCompany.recipients.map((r) => r.name));
    const file = clone();
    for (const [name, vendor] of Object.entries(file.vendors)) {
      expect(names).toContain(name);
      for (const sub of (vendor.subProcessors ?? []) as { recipient?: string }[]) if (sub.recipient) expect(names).toContain(sub.recipient);
    }
  });

  it('fails loudly, naming the vendor and the field, on a bad value, an unknown recipient or a future review', () => {
    const badEnum = clone();
    (badEnum.vendors['Nimbus Cloud Hosting SE']!.profile as Record<string, unknown>).dpaStatus = 'sort_of';
    expect(() => planSampleVendors(badEnum, sampleIds, '2026-11-29')).toThrow(/vendors\.Nimbus Cloud Hosting SE\.profile\.dpaStatus/);

    const unknown = clone();
    unknown.vendors['Nobody GmbH'] = { profile: {} };
    expect(() => planSampleVendors(unknown, sampleIds, '2026-11-29')).toThrow(/no recipient “Nobody GmbH”/);

    const future = clone();
    (future.vendors['Sentinel Risk Scoring BV']!.reviews as { on: string }[])[0]!.on = '+1d';
    expect(() => planSampleVendors(future, sampleIds, '2026-11-29')).toThrow(SampleVendorsError);

    const badDate = clone();
    (badDate.vendors['Edgewise CDN Inc.']!.profile as Record<string, unknown>).contractEnd = '2027-01-01';
    expect(() => planSampleVendors(badDate, sampleIds, '2026-11-29')).toThrow(/profile\.contractEnd/);

    const stray = clone();
    stray.vendors['Harbor Payments Ltd']!.certifications = [{ kind: 'iso_27001', expiresOn: '+1y', colour: 'blue' }];
    expect(() => planSampleVendors(stray, sampleIds, '2026-11-29')).toThrow(/certifications\.0/);
  });

  it('resolves offsets left to right in calendar days and months', () => {
    expect(resolveOffset('0d', '2028-02-29')).toBe('2028-02-29');
    expect(resolveOffset('-1y', '2028-02-29')).toBe('2027-02-28');
    expect(resolveOffset('+1m', '2026-01-31')).toBe('2026-02-28');
    expect(resolveOffset('-1y-3m+10d', '2026-11-29')).toBe('2025-09-08');
    expect(() => resolveOffset('yesterday', '2026-11-29')).toThrow(SampleVendorsError);
  });

  it('dates the due-this-month review so the next review falls due this month, for every day of four years', () => {
    for (let day = '2026-01-01'; day < '2030-01-01'; day = addCalendarDays(day, 1)) {
      const month = day.slice(0, 7);
      const lands = (months: number) => {
        const on = reviewDueThisMonth(day, months);
        expect(on <= day).toBe(true);
        const next = addMonths(on, months);
        expect(next >= day).toBe(true);
        return next.startsWith(month);
      };
      const [six, twelve, twentyFour] = [lands(6), lands(12), lands(24)];
      // A 6-month cadence cannot reach 29 to 31 of a month whose month six before is shorter; 12 and 24 cannot reach 29 February.
      expect(six || twelve).toBe(true);
      if (day.slice(5) !== '02-29') expect(twelve && twentyFour).toBe(true);
      if (dateParts(day).day <= 28) expect(six).toBe(true);
    }
  });
});

// The same flow as "Fill it with a sample company" (workspace.create with sample: true calls exchange.importSample), on
// 29 February, the last and first day of a year (23:30 UTC on 31 December is already 1 January in Berlin), and a 31st.
describe.each(['2028-02-29T10:00:00Z', '2026-12-31T12:00:00Z', '2026-12-31T23:30:00Z', '2027-01-01T08:00:00Z', '2026-08-31T10:00:00Z', '2026-11-29T10:00:00Z'])(
  'the sample company loaded as of %s',
  (instant) => {
    const rig = useInventoryRig('Kestrel Outdoor GmbH');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(instant));
    const call: InventoryRig['call'] = (name, input) => rig().call(name, input);

    beforeAll(() => {
      rig().clock.set(instant);
      rig().services.exchange.importSample();
    });

    it('has every vendor, varied tiers, every dashboard card filled, categories derived from the inventory', async () => {
      const list = await call('vendors.list', { limit: 100 });
      expect(list.rows.map((r) => r.name)).toEqual(NAMES);
      const tiers = new Set(list.rows.map((r) => r.tier));
      expect(tiers).toContain('high');
      expect(tiers).toContain('low');

      const dashboard = await call('vendors.dashboard', {});
      expect(dashboard.dueThisMonth.length).toBeGreaterThan(0);
      expect(dashboard.overdue.map((d) => d.name)).toContain('Helpdeck Software Ltd');
      expect(dashboard.unsignedReceivingData.map((d) => [d.name, d.dpaStatus])).toEqual([
        ['Adspring Media Ltd', 'under_negotiation'],
        ['Clearview Web Analytics GmbH', 'none'],
      ]);
      expect(dashboard.transfersWithoutMechanism).toEqual([expect.objectContaining({ name: 'Helpdeck Software Ltd', country: 'PH' })]);
      // Never reviewed: due today; and reviewed vendors whose next review was placed in this month (a 6-month cadence reaches
      // 29 February, a 12-month one the 29th to 31st that 6 months cannot).
      const due = dashboard.dueThisMonth.map((d) => d.name);
      expect(due).toContain('Clearview Web Analytics GmbH');
      expect(due.filter((name) => ['Adspring Media Ltd', 'Nimbus Cloud Hosting SE', 'Relay Mail Services Inc.'].includes(name)).length).toBeGreaterThan(0);
      for (const entry of dashboard.dueThisMonth) expect(entry.nextReviewOn >= today && entry.nextReviewOn.slice(0, 7) === today.slice(0, 7)).toBe(true);

      const flags = new Map(list.rows.map((r) => [r.name, r.flags]));
      expect(flags.get('Edgewise CDN Inc.')).toEqual(expect.arrayContaining(['contract_expiring', 'certification_expired']));
      expect(flags.get('Harbor Payments Ltd')).toContain('certification_expiring');

      const decisions = new Set<string>();
      for (const row of list.rows) {
        const vendor = await call('vendors.get', { recipientId: row.recipientId });
        // Every sample vendor is linked from the inventory, so it receives data categories.
        expect(vendor.activities.length + vendor.systems.length, row.name).toBeGreaterThan(0);
        expect(vendor.categories.length, row.name).toBeGreaterThan(0);
        for (const review of vendor.reviews) {
          decisions.add(review.decision);
          expect(review.reviewedOn <= vendor.profile.lastReviewedOn!).toBe(true);
          // Recorded after the answers and findings: each review snapshots the loaded risk and score.
          expect(review.tier).toBe(vendor.risk.tier);
          expect(review.score).toBe(vendor.questionnaire.result?.score ?? null);
        }
      }
      expect([...decisions].sort()).toEqual(['approved', 'approved_with_conditions', 'rejected']);

      const byName = (name: string) => list.rows.find((r) => r.name === name)!;
      const relay = await call('vendors.get', { recipientId: byName('Relay Mail Services Inc.').recipientId });
      expect(relay.transfers).toEqual([expect.objectContaining({ country: 'US', source: 'inventory', covered: true })]);
      const helpdeck = await call('vendors.get', { recipientId: byName('Helpdeck Software Ltd').recipientId });
      expect(helpdeck.findings.some((f) => f.overdue)).toBe(true);
      expect(helpdeck.subProcessors.find((s) => s.name === 'Relay Mail Services Inc.')?.subRecipientId).toBe(byName('Relay Mail Services Inc.').recipientId);
      expect(helpdeck.questionnaire.result!.score).toBeLessThan(50);
      const clearview = await call('vendors.get', { recipientId: byName('Clearview Web Analytics GmbH').recipientId });
      expect(clearview.questionnaire.result).toBeNull();
    });
  },
);
