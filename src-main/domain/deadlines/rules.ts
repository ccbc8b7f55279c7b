/**
 * The shape of a statutory deadline rule, and the vocabularies it is written in: request types,
 * period units, counting conventions, verification markers. The rules themselves are data in
 * regimes.ts; the engine (engine.ts) reads them.
 */

/**
 * How sure a fact is: 'P' read in the law text or on the regulator's own pages, 'S' from secondary
 * sources, 'U' not verified. The app shows "needs legal review" for 'S' and 'U'.
 */
export type Verification = 'P' | 'S' | 'U';

export const VERIFICATIONS: Record<Verification, { label: string; needsLegalReview: boolean }> = {
  P: { label: 'From the law text or the regulator', needsLegalReview: false },
  S: { label: 'From secondary sources: needs legal review', needsLegalReview: true },
  U: { label: 'Not verified: needs legal review', needsLegalReview: true },
};

export function isVerification(value: unknown): value is Verification {
  return value === 'P' || value === 'S' || value === 'U';
}

/** The least sure of several markers: U over S over P. */
export function weakestVerification(...markers: Verification[]): Verification {
  if (markers.includes('U')) return 'U';
  return markers.includes('S') ? 'S' : 'P';
}

/** Shown wherever the app shows a deadline. */
export const DEADLINE_DISCLAIMER =
  'Deadlines are computed from the rules as recorded in this workspace. This is not legal advice: check dates marked "needs legal review" with counsel.';

/**
 * One vocabulary of request types across regimes, with a label for each. A regime grants some of
 * them; the law's own name for the right stays in the rule's `source`.
 */
export const REQUEST_TYPES = {
  confirmation: 'Confirmation of processing',
  access: 'Access / right to know',
  portability: 'Data portability',
  rectification: 'Rectification / correction',
  erasure: 'Erasure / deletion',
  restriction: 'Restriction of processing',
  objection: 'Objection to processing',
  opt_out_sale_sharing: 'Opt out of sale, sharing or targeted advertising',
  opt_out_profiling: 'Opt out of profiling',
  limit_sensitive: 'Limit use of sensitive personal information',
  automated_decision: 'Automated decisions: review or not be subject to them',
  information: 'Information about sharing and about refusing consent',
  withdraw_consent: 'Withdraw consent',
  appeal: 'Appeal a refusal',
  grievance: 'Grievance',
  nomination: 'Nominate someone to act after death or incapacity',
} as const;

export type RequestType = keyof typeof REQUEST_TYPES;

export function isRequestType(value: unknown): value is RequestType {
  return typeof value === 'string' && Object.hasOwn(REQUEST_TYPES, value);
}

/** Units of a fixed period. */
export type PeriodUnit = 'calendar_days' | 'business_days' | 'calendar_months';

/** Kinds of rule that set no date: the engine gives no due date, only the words. */
export type OpenPeriodKind = 'immediately' | 'without_undue_delay' | 'reasonable';

export const PERIOD_UNITS: Record<PeriodUnit, { one: string; many: string }> = {
  calendar_days: { one: 'calendar day', many: 'calendar days' },
  business_days: { one: 'business day', many: 'business days' },
  calendar_months: { one: 'month', many: 'months' },
};

export const OPEN_PERIODS: Record<OpenPeriodKind, string> = {
  immediately: 'Immediately',
  without_undue_delay: 'Without undue delay',
  reasonable: 'Within a reasonable period',
};

export type Period =
  | { unit: PeriodUnit; amount: number }
  /** `text` is what the law says, shown instead of a date ("As soon as practicable"). */
  | { unit: OpenPeriodKind; text: string };

export function isFixedPeriod(period: Period): period is { unit: PeriodUnit; amount: number } {
  return Object.hasOwn(PERIOD_UNITS, period.unit);
}

/**
 * Where the count starts.
 * - receipt_excluded: the day of receipt is day 0, the next day is day 1. 30 days from 1 March end on
 *   31 March; one month from 31 January ends on 28 February. Reg. 1182/71 Art. 3(1) for the EU.
 * - receipt_is_day_1: the day of receipt is day 1. 45 days from 1 March end on 14 April (receipt + 44);
 *   in business days, the day of receipt is day 1 if it is a working day.
 */
export type Counting = 'receipt_excluded' | 'receipt_is_day_1';

export const COUNTINGS: Record<Counting, string> = {
  receipt_excluded: 'the day of receipt is not counted (day 0); the next day is day 1',
  receipt_is_day_1: 'the day of receipt counts as day 1',
};

export interface Extension {
  /** Null: as long as the organisation states in its notice (the engine then needs the new date). */
  amount: number | null;
  unit: PeriodUnit;
  /**
   * start: the whole period is re-counted from receipt (one month + 2 months = 3 months from receipt,
   * so 31 January → 30 April, not 28 April). original_due: added to the original end before any
   * roll-forward. For days both give the same date.
   */
  from: 'start' | 'original_due';
  /** The person must be told of the extension (with reasons) before the original period ends. */
  noticeWithinOriginal: boolean;
  /** When the law allows it, e.g. "complexity and number of requests". */
  when: string;
  source: string;
  verification: Verification;
}

export interface Acknowledgement {
  amount: number;
  unit: PeriodUnit;
  /** What the acknowledgement must say. */
  content: string;
  source: string;
  verification: Verification;
}

export interface PausePolicy {
  /** Whether the clock may stop (awaiting identification, clarification, a fee). */
  allowed: boolean;
  /** Why, or why not, in plain words. */
  note: string;
  verification: Verification;
}

export interface DeadlineRule {
  period: Period;
  counting: Counting;
  /** A due date on a weekend or holiday of the calendar moves to the next working day. */
  rollForward: boolean;
  /**
   * For months: where the same date does not exist in the target month, take its last day
   * (31 January + 1 month = 28/29 February). Without it, the period runs into the next month
   * (3 March), which no regime here does; kept for overrides.
   */
  clampToMonthEnd: boolean;
  extension: Extension | null;
  acknowledgement: Acknowledgement | null;
  pauses: PausePolicy;
  /** Article or section, e.g. 'GDPR Art. 12(3)'. */
  source: string;
  verification: Verification;
  /** The counting choice where the law is unsettled, in words; shown beside the date. */
  convention: string;
  /** Anything else the officer should know (e.g. the simplified reply due immediately under the LGPD). */
  note?: string;
  /** Fields the officer changed (applyRuleOverrides); empty for the shipped rule. */
  overridden: string[];
}

const MAX_AMOUNT = 3650;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isAmount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_AMOUNT;
const isFixedUnit = (value: unknown) => typeof value === 'string' && Object.hasOwn(PERIOD_UNITS, value);

/**
 * What is wrong with a rule, one sentence per problem (field: message); empty when it is sound.
 * The engine checks every rule with it, so a hand-made rule cannot make it throw.
 */
export function validateRule(candidate: unknown): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!isObject(candidate)) return [{ field: 'rule', message: 'The rule is not an object.' }];
  const period = candidate.period;
  if (!isObject(period)) add('period', 'The period is missing.');
  else if (isFixedUnit(period.unit)) {
    if (!isAmount(period.amount)) add('period.amount', `The period must be a whole number from 1 to ${MAX_AMOUNT}.`);
  } else if (typeof period.unit === 'string' && Object.hasOwn(OPEN_PERIODS, period.unit)) {
    if (typeof period.text !== 'string') add('period.text', 'A period without a date needs the words of the law (text).');
  } else add('period.unit', 'The unit must be calendar_days, business_days, calendar_months, immediately, without_undue_delay or reasonable.');
  if (candidate.counting !== 'receipt_excluded' && candidate.counting !== 'receipt_is_day_1') add('counting', 'Counting must be receipt_excluded or receipt_is_day_1.');
  for (const field of ['rollForward', 'clampToMonthEnd'] as const) if (typeof candidate[field] !== 'boolean') add(field, `${field} must be true or false.`);
  for (const field of ['source', 'convention'] as const) if (typeof candidate[field] !== 'string') add(field, `${field} must be text.`);
  if (candidate.note !== undefined && typeof candidate.note !== 'string') add('note', 'note must be text.');
  if (!isVerification(candidate.verification)) add('verification', "verification must be 'P', 'S' or 'U'.");
  const extension = candidate.extension;
  if (extension !== null) {
    if (!isObject(extension)) add('extension', 'The extension must be an object, or null for none.');
    else {
      if (extension.amount !== null && !isAmount(extension.amount)) add('extension.amount', `The extension must be a whole number from 1 to ${MAX_AMOUNT}, or null for "as stated in the notice".`);
      if (!isFixedUnit(extension.unit)) add('extension.unit', 'The extension unit must be calendar_days, business_days or calendar_months.');
      if (extension.from !== 'start' && extension.from !== 'original_due') add('extension.from', 'The extension counts from start or original_due.');
      if (typeof extension.noticeWithinOriginal !== 'boolean') add('extension.noticeWithinOriginal', 'noticeWithinOriginal must be true or false.');
      for (const field of ['when', 'source'] as const) if (typeof extension[field] !== 'string') add(`extension.${field}`, `${field} must be text.`);
      if (!isVerification(extension.verification)) add('extension.verification', "verification must be 'P', 'S' or 'U'.");
    }
  }
  const acknowledgement = candidate.acknowledgement;
  if (acknowledgement !== null) {
    if (!isObject(acknowledgement)) add('acknowledgement', 'The acknowledgement must be an object, or null for none.');
    else {
      if (!isAmount(acknowledgement.amount)) add('acknowledgement.amount', `The acknowledgement period must be a whole number from 1 to ${MAX_AMOUNT}.`);
      if (!isFixedUnit(acknowledgement.unit)) add('acknowledgement.unit', 'The acknowledgement unit must be calendar_days, business_days or calendar_months.');
      for (const field of ['content', 'source'] as const) if (typeof acknowledgement[field] !== 'string') add(`acknowledgement.${field}`, `${field} must be text.`);
      if (!isVerification(acknowledgement.verification)) add('acknowledgement.verification', "verification must be 'P', 'S' or 'U'.");
    }
  }
  const pauses = candidate.pauses;
  if (!isObject(pauses) || typeof pauses.allowed !== 'boolean' || typeof pauses.note !== 'string' || !isVerification(pauses.verification)) {
    add('pauses', 'pauses must say whether they are allowed (true or false), with a note and a verification marker.');
  }
  if (!Array.isArray(candidate.overridden) || !candidate.overridden.every((field) => typeof field === 'string')) add('overridden', 'overridden must list field names.');
  return problems;
}
