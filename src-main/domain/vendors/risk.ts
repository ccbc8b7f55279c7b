import type { TransferStatus } from '../countries';
import { addMonths } from '../deadlines/calendar';
import { DPA_STATUSES, type DpaStatus, type FindingSeverity, type RiskTier, type VendorTransferMechanism, VOLUME_BANDS, type VolumeBand } from './vocabulary';

/** One country where the vendor processes data, with its status from `transferStatus` (countries.ts). */
export interface VendorTransfer {
  country: string;
  status: TransferStatus;
  /** null when none is recorded. */
  mechanism: VendorTransferMechanism | null;
}

/** Everything the risk of a vendor depends on. The caller derives it from the register and the inventory. */
export interface VendorRiskInput {
  receivesPersonalData: boolean;
  /** Receives special-category data (Art. 9). */
  specialCategory: boolean;
  /** Receives criminal-offence data (Art. 10). */
  criminal: boolean;
  /** Receives sensitive personal information under the CCPA (Civ. Code 1798.140(ae)). */
  ccpaSensitive: boolean;
  /** How many data categories it receives. */
  categoryCount: number;
  volume: VolumeBand;
  transfers: readonly VendorTransfer[];
  /** 0 to 100 from `scoreQuestionnaire`; null when the vendor was never reviewed. */
  questionnaireScore: number | null;
  /** How many findings are open, by severity; a missing severity counts as 0. */
  openFindings: Partial<Record<FindingSeverity, number>>;
  /** Security or personal data incidents at the vendor in the last 24 months. */
  incidents: number;
  dpaStatus: DpaStatus;
}

export interface RiskReason {
  code: RiskReasonCode;
  message: string;
  points: number;
}

export interface VendorRisk {
  tier: RiskTier;
  points: number;
  /** Every reason that contributed, in the order of RISK_REASONS. */
  reasons: RiskReason[];
}

/** Every reason code with its label, for legends and filters. */
export const RISK_REASONS = {
  special_category: 'Special-category data',
  criminal_data: 'Criminal-offence data',
  ccpa_sensitive: 'CCPA sensitive personal information',
  many_categories: 'Many data categories',
  volume: 'Many people',
  third_country_transfer: 'Transfer to a country without adequacy',
  transfer_no_mechanism: 'Transfer without mechanism',
  never_reviewed: 'Security never reviewed',
  weak_security: 'Weak security questionnaire',
  moderate_security: 'Moderate security questionnaire',
  open_findings: 'Open findings',
  past_incidents: 'Past incidents',
  no_signed_dpa: 'No signed processing agreement',
} as const;

export type RiskReasonCode = keyof typeof RISK_REASONS;

/**
 * The scoring model. Each reason adds its points when its condition holds:
 * - special_category 25, criminal_data 25, ccpa_sensitive 10;
 * - many_categories 10 when the vendor receives MANY_CATEGORIES or more data categories;
 * - volume by band: from_1k 5, from_100k 15, from_1m 25 (under_1k adds nothing);
 * - third_country_transfer 10 when any country has no adequacy decision ('third_country'), whatever the mechanism;
 * - transfer_no_mechanism 25 when a country outside the EEA that is not fully adequate (third country, or US/CA
 *   whose adequacy covers only some recipients) has no valid mechanism: none recorded, 'none', or adequacy
 *   claimed for a third country;
 * - questionnaire: never_reviewed 20 (no score), weak_security 25 (score below WEAK_SCORE),
 *   moderate_security 10 (score below GOOD_SCORE); at GOOD_SCORE or more nothing;
 * - open_findings: per open finding critical 20, high 10, medium 3, low 1, capped at OPEN_FINDINGS_CAP;
 * - past_incidents 15 per incident in the last 24 months, capped at INCIDENTS_CAP;
 * - no_signed_dpa when the vendor receives personal data: none 30, requested 25, under negotiation 15.
 * The tier follows the total: TIER_THRESHOLDS.high or more is high, TIER_THRESHOLDS.medium or more
 * medium, below that low. Adding a risk factor never lowers the points, so never the tier.
 */
export const RISK_POINTS = {
  special_category: 25,
  criminal_data: 25,
  ccpa_sensitive: 10,
  many_categories: 10,
  volume: { under_1k: 0, from_1k: 5, from_100k: 15, from_1m: 25 } satisfies Record<VolumeBand, number>,
  third_country_transfer: 10,
  transfer_no_mechanism: 25,
  never_reviewed: 20,
  weak_security: 25,
  moderate_security: 10,
  finding: { critical: 20, high: 10, medium: 3, low: 1 } satisfies Record<FindingSeverity, number>,
  incident: 15,
  no_signed_dpa: { none: 30, requested: 25, under_negotiation: 15, signed: 0 } satisfies Record<DpaStatus, number>,
} as const;

export const MANY_CATEGORIES = 10;
/** A questionnaire score below this is weak. */
export const WEAK_SCORE = 50;
/** A questionnaire score below this (and at least WEAK_SCORE) is moderate. */
export const GOOD_SCORE = 75;
export const OPEN_FINDINGS_CAP = 50;
export const INCIDENTS_CAP = 30;
/** The least points of each tier above low. */
export const TIER_THRESHOLDS = { high: 50, medium: 20 } as const;

export function tierFor(points: number): RiskTier {
  if (points >= TIER_THRESHOLDS.high) return 'high';
  if (points >= TIER_THRESHOLDS.medium) return 'medium';
  return 'low';
}

const SEVERITY_ORDER: readonly FindingSeverity[] = ['critical', 'high', 'medium', 'low'];

/** True when a transfer to this country is covered: EEA, fully adequate, or a valid mechanism. */
export function transferCovered(transfer: VendorTransfer): boolean {
  if (transfer.status === 'eea' || transfer.status === 'adequate') return true;
  if (transfer.mechanism === null || transfer.mechanism === 'none') return false;
  return !(transfer.mechanism === 'adequacy' && transfer.status === 'third_country');
}

const isThirdCountry = (transfer: VendorTransfer) => transfer.status === 'third_country';
const isUncovered = (transfer: VendorTransfer) => !transferCovered(transfer);

/** Open findings by severity, most severe first, those with none left out. */
const openFindingCounts = (input: VendorRiskInput) =>
  SEVERITY_ORDER.map((severity) => ({ severity, count: Math.max(0, input.openFindings[severity] ?? 0) })).filter((f) => f.count > 0);

/** One reason of the model: the points it adds (0 when its condition does not hold, never less) and why. */
interface ReasonRule {
  points(input: VendorRiskInput): number;
  /** Asked only when the reason adds points. */
  message(input: VendorRiskInput): string;
}

/**
 * The model of RISK_POINTS, a rule per reason. Points and sentences are apart so that the register,
 * which scores every vendor after each change and shows no reason, builds no sentence.
 */
const RULES: { readonly [C in RiskReasonCode]: ReasonRule } = {
  special_category: {
    points: (input) => (input.specialCategory ? RISK_POINTS.special_category : 0),
    message: () => 'Receives special-category data (Art. 9), such as health data.',
  },
  criminal_data: {
    points: (input) => (input.criminal ? RISK_POINTS.criminal_data : 0),
    message: () => 'Receives criminal-offence data (Art. 10).',
  },
  ccpa_sensitive: {
    points: (input) => (input.ccpaSensitive ? RISK_POINTS.ccpa_sensitive : 0),
    message: () => 'Receives sensitive personal information under the CCPA.',
  },
  many_categories: {
    points: (input) => (input.categoryCount >= MANY_CATEGORIES ? RISK_POINTS.many_categories : 0),
    message: (input) => `Receives ${input.categoryCount} data categories (${MANY_CATEGORIES} or more).`,
  },
  volume: {
    points: (input) => RISK_POINTS.volume[input.volume],
    message: (input) => `Receives data about ${VOLUME_BANDS[input.volume].toLowerCase()}.`,
  },
  third_country_transfer: {
    points: (input) => (input.transfers.some(isThirdCountry) ? RISK_POINTS.third_country_transfer : 0),
    message: (input) => `Processes data in ${countriesOf(input.transfers.filter(isThirdCountry))}, without an adequacy decision.`,
  },
  transfer_no_mechanism: {
    points: (input) => (input.transfers.some(isUncovered) ? RISK_POINTS.transfer_no_mechanism : 0),
    message: (input) => `No valid transfer mechanism for ${countriesOf(input.transfers.filter(isUncovered))} (Chapter V).`,
  },
  never_reviewed: {
    points: (input) => (input.questionnaireScore === null ? RISK_POINTS.never_reviewed : 0),
    message: () => 'The security questionnaire has never been answered.',
  },
  weak_security: {
    points: ({ questionnaireScore: score }) => (score !== null && score < WEAK_SCORE ? RISK_POINTS.weak_security : 0),
    message: (input) => `Security questionnaire score ${input.questionnaireScore}, below ${WEAK_SCORE}.`,
  },
  moderate_security: {
    points: ({ questionnaireScore: score }) => (score !== null && score >= WEAK_SCORE && score < GOOD_SCORE ? RISK_POINTS.moderate_security : 0),
    message: (input) => `Security questionnaire score ${input.questionnaireScore}, below ${GOOD_SCORE}.`,
  },
  open_findings: {
    points: (input) => {
      let raw = 0;
      for (const severity of SEVERITY_ORDER) raw += Math.max(0, input.openFindings[severity] ?? 0) * RISK_POINTS.finding[severity];
      return Math.min(OPEN_FINDINGS_CAP, raw);
    },
    message: (input) => `Open findings: ${openFindingCounts(input).map((f) => `${f.count} ${f.severity}`).join(', ')}.`,
  },
  past_incidents: {
    points: (input) => (input.incidents > 0 ? Math.min(INCIDENTS_CAP, input.incidents * RISK_POINTS.incident) : 0),
    message: (input) => `${input.incidents} ${input.incidents === 1 ? 'incident' : 'incidents'} in the last 24 months.`,
  },
  no_signed_dpa: {
    points: (input) => (input.receivesPersonalData ? RISK_POINTS.no_signed_dpa[input.dpaStatus] : 0),
    message: (input) =>
      `Receives personal data without a signed processing agreement (Art. 28(3)); status: ${DPA_STATUSES[input.dpaStatus].toLowerCase()}.`,
  },
};

const REASON_CODES = Object.keys(RISK_REASONS) as RiskReasonCode[];

export type RiskScore = Pick<VendorRisk, 'tier' | 'points'>;

/** The tier and points of `assessVendorRisk(input)`, without its reasons. Pure. */
export function riskScore(input: VendorRiskInput): RiskScore {
  let points = 0;
  for (const code of REASON_CODES) points += RULES[code].points(input);
  return { tier: tierFor(points), points };
}

/** The risk tier of a vendor, its points and every reason that contributed. Pure. */
export function assessVendorRisk(input: VendorRiskInput): VendorRisk {
  const reasons: RiskReason[] = [];
  for (const code of REASON_CODES) {
    const points = RULES[code].points(input);
    if (points > 0) reasons.push({ code, points, message: RULES[code].message(input) });
  }
  const points = reasons.reduce((sum, reason) => sum + reason.points, 0);
  return { tier: tierFor(points), points, reasons };
}

/** The countries of the transfers, each once, in their order. */
function countriesOf(transfers: readonly VendorTransfer[]): string {
  return [...new Set(transfers.map((transfer) => transfer.country))].join(', ');
}

/** Months between reviews, by tier; the officer may change them. */
export const REVIEW_CADENCE_MONTHS: Readonly<Record<RiskTier, number>> = { high: 6, medium: 12, low: 24 };

/**
 * When the vendor is next due for review: the last review plus the tier's cadence in calendar
 * months, clamped to the end of a shorter month (2025-08-31 + 6 months = 2026-02-28). Never
 * reviewed: due `today`. Dates are 'YYYY-MM-DD'.
 */
export function nextReviewDate(lastReviewedOn: string | null, tier: RiskTier, cadence: Readonly<Record<RiskTier, number>>, today: string): string {
  if (lastReviewedOn === null) return today;
  return addMonths(lastReviewedOn, cadence[tier]);
}
