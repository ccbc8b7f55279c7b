import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TransferStatus } from '../countries';
import { transferStatus } from '../countries';
import {
  assessVendorRisk,
  nextReviewDate,
  REVIEW_CADENCE_MONTHS,
  RISK_REASONS,
  type RiskReasonCode,
  riskScore,
  TIER_THRESHOLDS,
  tierFor,
  type VendorRiskInput,
  type VendorTransfer,
} from './risk';
import { DPA_STATUSES, type DpaStatus, FINDING_SEVERITIES, type FindingSeverity, type RiskTier, VENDOR_TRANSFER_MECHANISMS, type VendorTransferMechanism, VOLUME_BANDS, type VolumeBand } from './vocabulary';

/** A vendor with nothing risky about it: no reason applies. */
function safe(overrides: Partial<VendorRiskInput> = {}): VendorRiskInput {
  return {
    receivesPersonalData: true,
    specialCategory: false,
    criminal: false,
    ccpaSensitive: false,
    categoryCount: 3,
    volume: 'under_1k',
    transfers: [],
    questionnaireScore: 90,
    openFindings: {},
    incidents: 0,
    dpaStatus: 'signed',
    ...overrides,
  };
}

const to = (country: string, mechanism: VendorTransferMechanism | null): VendorTransfer => ({ country, status: transferStatus(country), mechanism });
const codesOf = (input: VendorRiskInput) => assessVendorRisk(input).reasons.map((reason) => reason.code);

describe('assessVendorRisk on a safe vendor', () => {
  it('finds no reason, 0 points, low tier', () => {
    expect(assessVendorRisk(safe())).toEqual({ tier: 'low', points: 0, reasons: [] });
  });
});

interface Case {
  code: RiskReasonCode;
  fires: Partial<VendorRiskInput>;
  points: number;
  /** Near misses: the condition does not hold, the reason must not appear. */
  quiet: Partial<VendorRiskInput>[];
  /** Other reasons the same change necessarily brings. */
  also?: RiskReasonCode[];
}

const CASES: Case[] = [
  { code: 'special_category', fires: { specialCategory: true }, points: 25, quiet: [{ specialCategory: false }] },
  { code: 'criminal_data', fires: { criminal: true }, points: 25, quiet: [{ criminal: false }] },
  { code: 'ccpa_sensitive', fires: { ccpaSensitive: true }, points: 10, quiet: [{ ccpaSensitive: false }] },
  { code: 'many_categories', fires: { categoryCount: 10 }, points: 10, quiet: [{ categoryCount: 9 }, { categoryCount: 0 }] },
  { code: 'volume', fires: { volume: 'from_1k' }, points: 5, quiet: [{ volume: 'under_1k' }] },
  { code: 'volume', fires: { volume: 'from_100k' }, points: 15, quiet: [] },
  { code: 'volume', fires: { volume: 'from_1m' }, points: 25, quiet: [] },
  {
    code: 'third_country_transfer',
    fires: { transfers: [to('IN', 'scc')] },
    points: 10,
    quiet: [{ transfers: [to('DE', null)] }, { transfers: [to('JP', null)] }, { transfers: [to('US', 'adequacy')] }],
  },
  {
    code: 'transfer_no_mechanism',
    fires: { transfers: [to('US', null)] },
    points: 25,
    quiet: [{ transfers: [to('US', 'adequacy')] }, { transfers: [to('FR', 'none')] }, { transfers: [to('CH', null)] }, { transfers: [to('IN', 'bcr')] }, { transfers: [to('IN', 'derogation')] }],
  },
  { code: 'transfer_no_mechanism', fires: { transfers: [to('CA', 'none')] }, points: 25, quiet: [] },
  { code: 'transfer_no_mechanism', fires: { transfers: [to('IN', 'adequacy')] }, points: 25, quiet: [], also: ['third_country_transfer'] },
  { code: 'never_reviewed', fires: { questionnaireScore: null }, points: 20, quiet: [{ questionnaireScore: 0 }, { questionnaireScore: 100 }] },
  { code: 'weak_security', fires: { questionnaireScore: 49 }, points: 25, quiet: [{ questionnaireScore: 50 }, { questionnaireScore: null }] },
  { code: 'weak_security', fires: { questionnaireScore: 0 }, points: 25, quiet: [] },
  { code: 'moderate_security', fires: { questionnaireScore: 50 }, points: 10, quiet: [{ questionnaireScore: 49 }, { questionnaireScore: 75 }] },
  { code: 'moderate_security', fires: { questionnaireScore: 74 }, points: 10, quiet: [] },
  { code: 'open_findings', fires: { openFindings: { low: 1 } }, points: 1, quiet: [{ openFindings: { critical: 0, high: 0, medium: 0, low: 0 } }] },
  { code: 'open_findings', fires: { openFindings: { critical: 1, high: 1, medium: 1 } }, points: 33, quiet: [] },
  { code: 'open_findings', fires: { openFindings: { critical: 3 } }, points: 50, quiet: [] },
  { code: 'past_incidents', fires: { incidents: 1 }, points: 15, quiet: [{ incidents: 0 }] },
  { code: 'past_incidents', fires: { incidents: 5 }, points: 30, quiet: [] },
  { code: 'no_signed_dpa', fires: { dpaStatus: 'none' }, points: 30, quiet: [{ dpaStatus: 'signed' }, { dpaStatus: 'none', receivesPersonalData: false }] },
  { code: 'no_signed_dpa', fires: { dpaStatus: 'requested' }, points: 25, quiet: [] },
  { code: 'no_signed_dpa', fires: { dpaStatus: 'under_negotiation' }, points: 15, quiet: [] },
];

describe('assessVendorRisk: each reason appears exactly when its condition holds', () => {
  it('covers every reason code', () => {
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(Object.keys(RISK_REASONS)));
  });

  it.each(CASES.map((c) => [c.code, JSON.stringify(c.fires), c] as const))('%s fires on %s', (_code, _fires, { code, fires, points, also = [] }) => {
    const risk = assessVendorRisk(safe(fires));
    const own = risk.reasons.filter((reason) => reason.code === code);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ code, points });
    expect(own[0]?.message).not.toBe('');
    expect(risk.reasons.map((reason) => reason.code).sort()).toEqual([code, ...also].sort());
    if (also.length === 0) expect(risk.points).toBe(points);
  });

  it.each(CASES.flatMap((c) => c.quiet.map((quiet) => [c.code, JSON.stringify(quiet), quiet] as const)))('%s stays quiet on %s', (code, _quiet, quiet) => {
    expect(codesOf(safe(quiet))).not.toContain(code);
  });

  it('lists every contributing reason once, in the order of RISK_REASONS, and sums them', () => {
    const risk = assessVendorRisk(
      safe({
        specialCategory: true,
        criminal: true,
        ccpaSensitive: true,
        categoryCount: 12,
        volume: 'from_1m',
        transfers: [to('IN', null), to('IN', 'scc'), to('CN', 'none')],
        questionnaireScore: 30,
        openFindings: { high: 2 },
        incidents: 1,
        dpaStatus: 'none',
      }),
    );
    const order = Object.keys(RISK_REASONS);
    expect(risk.reasons.map((r) => r.code)).toEqual(
      ['special_category', 'criminal_data', 'ccpa_sensitive', 'many_categories', 'volume', 'third_country_transfer', 'transfer_no_mechanism', 'weak_security', 'open_findings', 'past_incidents', 'no_signed_dpa'].sort(
        (a, b) => order.indexOf(a) - order.indexOf(b),
      ),
    );
    expect(risk.points).toBe(25 + 25 + 10 + 10 + 25 + 10 + 25 + 25 + 20 + 15 + 30);
    expect(risk.tier).toBe('high');
    expect(risk.reasons.find((r) => r.code === 'transfer_no_mechanism')?.message).toContain('IN, CN');
  });
});

describe('tiers', () => {
  it.each<[number, RiskTier]>([
    [0, 'low'],
    [TIER_THRESHOLDS.medium - 1, 'low'],
    [TIER_THRESHOLDS.medium, 'medium'],
    [TIER_THRESHOLDS.high - 1, 'medium'],
    [TIER_THRESHOLDS.high, 'high'],
    [500, 'high'],
  ])('%i points is %s', (points, tier) => {
    expect(tierFor(points)).toBe(tier);
  });

  it.each<[string, Partial<VendorRiskInput>, RiskTier, number]>([
    ['moderate security alone', { questionnaireScore: 60 }, 'low', 10],
    ['never reviewed', { questionnaireScore: null }, 'medium', 20],
    ['special data at 100k people and moderate security', { specialCategory: true, volume: 'from_100k', questionnaireScore: 60 }, 'high', 50],
    ['special data at 100k people', { specialCategory: true, volume: 'from_100k' }, 'medium', 40],
  ])('%s', (_name, overrides, tier, points) => {
    expect(assessVendorRisk(safe(overrides))).toMatchObject({ tier, points });
  });
});

describe('monotonicity', () => {
  const TIER_RANK: Record<RiskTier, number> = { low: 0, medium: 1, high: 2 };
  const VOLUMES = Object.keys(VOLUME_BANDS) as VolumeBand[];
  /** From least to most risky. */
  const DPA_ORDER: DpaStatus[] = ['signed', 'under_negotiation', 'requested', 'none'];
  const SEVERITIES = Object.keys(FINDING_SEVERITIES) as FindingSeverity[];
  const STATUSES: TransferStatus[] = ['eea', 'adequate', 'partially_adequate', 'third_country'];

  const transfer: fc.Arbitrary<VendorTransfer> = fc.record({
    country: fc.constantFrom('DE', 'CH', 'US', 'CA', 'IN', 'CN'),
    status: fc.constantFrom(...STATUSES),
    mechanism: fc.option(fc.constantFrom(...(Object.keys(VENDOR_TRANSFER_MECHANISMS) as VendorTransferMechanism[])), { nil: null }),
  });
  const input: fc.Arbitrary<VendorRiskInput> = fc.record({
    receivesPersonalData: fc.boolean(),
    specialCategory: fc.boolean(),
    criminal: fc.boolean(),
    ccpaSensitive: fc.boolean(),
    categoryCount: fc.nat({ max: 30 }),
    volume: fc.constantFrom(...VOLUMES),
    transfers: fc.array(transfer, { maxLength: 4 }),
    questionnaireScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    openFindings: fc.record({ critical: fc.nat({ max: 4 }), high: fc.nat({ max: 4 }), medium: fc.nat({ max: 4 }), low: fc.nat({ max: 4 }) }, { requiredKeys: [] }),
    incidents: fc.nat({ max: 5 }),
    dpaStatus: fc.constantFrom(...(Object.keys(DPA_STATUSES) as DpaStatus[])),
  });

  /** One way of adding a risk factor. */
  const escalation: fc.Arbitrary<(i: VendorRiskInput) => VendorRiskInput> = fc.oneof(
    fc.constantFrom<(i: VendorRiskInput) => VendorRiskInput>(
      (i) => ({ ...i, receivesPersonalData: true }),
      (i) => ({ ...i, specialCategory: true }),
      (i) => ({ ...i, criminal: true }),
      (i) => ({ ...i, ccpaSensitive: true }),
      (i) => ({ ...i, volume: VOLUMES[Math.min(VOLUMES.length - 1, VOLUMES.indexOf(i.volume) + 1)] ?? i.volume }),
      (i) => ({ ...i, dpaStatus: DPA_ORDER[Math.min(DPA_ORDER.length - 1, DPA_ORDER.indexOf(i.dpaStatus) + 1)] ?? i.dpaStatus }),
      (i) => ({ ...i, transfers: i.transfers.map((t, index) => (index === 0 ? { ...t, mechanism: null } : t)) }),
    ),
    fc.nat({ max: 10 }).map((n) => (i: VendorRiskInput) => ({ ...i, categoryCount: i.categoryCount + n })),
    fc.nat({ max: 3 }).map((n) => (i: VendorRiskInput) => ({ ...i, incidents: i.incidents + n })),
    fc.nat({ max: 60 }).map((n) => (i: VendorRiskInput) => ({ ...i, questionnaireScore: i.questionnaireScore === null ? null : Math.max(0, i.questionnaireScore - n) })),
    transfer.map((t) => (i: VendorRiskInput) => ({ ...i, transfers: [...i.transfers, t] })),
    fc.tuple(fc.constantFrom(...SEVERITIES), fc.integer({ min: 1, max: 3 })).map(
      ([severity, n]) =>
        (i: VendorRiskInput) => ({ ...i, openFindings: { ...i.openFindings, [severity]: (i.openFindings[severity] ?? 0) + n } }),
    ),
  );

  it('adding a risk factor never lowers the points or the tier', () => {
    fc.assert(
      fc.property(input, fc.array(escalation, { minLength: 1, maxLength: 4 }), (base, steps) => {
        const before = assessVendorRisk(base);
        const after = assessVendorRisk(steps.reduce((current, step) => step(current), base));
        expect(after.points).toBeGreaterThanOrEqual(before.points);
        expect(TIER_RANK[after.tier]).toBeGreaterThanOrEqual(TIER_RANK[before.tier]);
      }),
      { numRuns: 500 },
    );
  });

  it('points are always the sum of the listed reasons, each positive, and riskScore gives the same without them', () => {
    fc.assert(
      fc.property(input, (value) => {
        const risk = assessVendorRisk(value);
        expect(risk.points).toBe(risk.reasons.reduce((sum, r) => sum + r.points, 0));
        for (const reason of risk.reasons) expect(reason.points).toBeGreaterThan(0);
        expect(risk.tier).toBe(tierFor(risk.points));
        expect(riskScore(value)).toEqual({ tier: risk.tier, points: risk.points });
      }),
    );
  });
});

describe('nextReviewDate', () => {
  const TODAY = '2026-11-29';
  it.each<[string | null, RiskTier, string]>([
    [null, 'high', TODAY],
    [null, 'low', TODAY],
    ['2025-08-31', 'high', '2026-02-28'],
    ['2023-08-31', 'high', '2024-02-29'],
    ['2026-01-15', 'medium', '2027-01-15'],
    ['2024-02-29', 'medium', '2025-02-28'],
    ['2024-02-29', 'low', '2026-02-28'],
    ['2026-03-31', 'high', '2026-09-30'],
    ['2026-07-31', 'high', '2027-01-31'],
  ])('last reviewed %s, tier %s: next %s', (last, tier, next) => {
    expect(nextReviewDate(last, tier, REVIEW_CADENCE_MONTHS, TODAY)).toBe(next);
  });

  it('follows an edited cadence', () => {
    expect(nextReviewDate('2026-01-31', 'high', { ...REVIEW_CADENCE_MONTHS, high: 1 }, TODAY)).toBe('2026-02-28');
  });

  it('ships the default cadence 6, 12, 24 months', () => {
    expect(REVIEW_CADENCE_MONTHS).toEqual({ high: 6, medium: 12, low: 24 });
  });
});
