/**
 * The statutory deadlines for data-subject requests, as data: one Regime per law, one
 * DeadlineRule per request type it grants. Facts and their markers come from
 * /work/shared/reference/regimes.md ('P' law text or regulator, 'S' secondary sources, 'U' not
 * verified). Where the law leaves the counting open, the rule takes the safe reading (the earlier
 * date) and says so in `convention`. The officer can change any rule (applyRuleOverrides).
 */
import type { CalendarId } from './holidays';
import {
  type Acknowledgement,
  type Counting,
  type DeadlineRule,
  type Extension,
  isRequestType,
  type PausePolicy,
  type Period,
  type RequestType,
  validateRule,
  type Verification,
} from './rules';

export type RegimeId =
  | 'eu_gdpr'
  | 'uk_gdpr'
  | 'us_ca_ccpa'
  | 'us_va_vcdpa'
  | 'us_co_cpa'
  | 'us_ct_ctdpa'
  | 'us_ut_ucpa'
  | 'br_lgpd'
  | 'ca_pipeda'
  | 'in_dpdp'
  | 'sg_pdpa'
  | 'au_privacy_act';

export interface Regime {
  id: RegimeId;
  name: string;
  /** ISO 3166-1 country ('GB', 'BR'), 'EU' for the Union, or country and state ('US-CA'). */
  jurisdiction: string;
  /**
   * The holiday calendar for weekends, holidays and business days. 'establishment': the calendar of
   * the member state where the organisation acts (Reg. 1182/71 Art. 2(1): the holidays of the state
   * "in which an action is to be taken"), see calendarForRegime.
   */
  calendar: CalendarId | 'establishment';
  /** The request types the regime grants, each with its rule. */
  rules: Partial<Record<RequestType, DeadlineRule>>;
  /** The law itself. */
  law: string;
  note: string;
}

// ---------------------------------------------------------------------------------------------
// Builders: the rules of one regime mostly share one shape.

const calendarDays = (amount: number): Period => ({ unit: 'calendar_days', amount });

interface RuleFields extends Partial<Omit<DeadlineRule, 'period' | 'counting' | 'source' | 'verification' | 'convention' | 'overridden'>> {
  period: Period;
  counting: Counting;
  source: string;
  verification: Verification;
  convention: string;
}

function rule(fields: RuleFields): DeadlineRule {
  return {
    rollForward: false,
    clampToMonthEnd: true,
    extension: null,
    acknowledgement: null,
    pauses: { allowed: false, note: 'The law provides no pause: the period runs from receipt.', verification: fields.verification },
    ...fields,
    overridden: [],
  };
}

/** A copy of one rule for each request type. */
function grant(types: readonly RequestType[], shared: DeadlineRule, own: Partial<Record<RequestType, Partial<DeadlineRule>>> = {}): Partial<Record<RequestType, DeadlineRule>> {
  return Object.fromEntries(types.map((type) => [type, { ...shared, ...own[type] }]));
}

/** A right the law grants without a date: the engine shows the words instead. */
function openRule(unit: 'immediately' | 'without_undue_delay' | 'reasonable', text: string, source: string, verification: Verification, note?: string): DeadlineRule {
  return rule({
    period: { unit, text },
    counting: 'receipt_excluded',
    source,
    verification,
    convention: 'No fixed period: no date is computed. Record the date you answered.',
    ...(note === undefined ? {} : { note }),
  });
}

const SAFE_DAY_1 =
  'Whether the day of receipt is day 0 or day 1 is not settled. We count the day of receipt as day 1 (due = receipt + {n1} days), the earlier and therefore safe reading, and do not move a date that falls on a weekend or holiday.';

const safeDay1 = (days: number) => SAFE_DAY_1.replace('{n1}', String(days - 1));

// ---------------------------------------------------------------------------------------------
// EU and UK GDPR

const GDPR_TYPES: RequestType[] = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'automated_decision'];

const GDPR_EXTENSION: Extension = {
  amount: 2,
  unit: 'calendar_months',
  from: 'start',
  noticeWithinOriginal: true,
  when: 'Where necessary, taking into account the complexity and number of the requests. Tell the person within one month of receipt, with the reasons for the delay.',
  source: 'GDPR Art. 12(3)',
  verification: 'P',
};

const EU_MONTH = rule({
  period: { unit: 'calendar_months', amount: 1 },
  counting: 'receipt_excluded',
  rollForward: true,
  extension: GDPR_EXTENSION,
  pauses: {
    allowed: false,
    note: 'The GDPR has no pause: the month runs from receipt. One regulator has treated an identity check as stopping the clock (secondary source); to rely on that, override this rule.',
    verification: 'S',
  },
  source: 'GDPR Art. 12(3); counting: Reg. (EEC, Euratom) No 1182/71 Art. 3',
  verification: 'P',
  convention:
    'One month from receipt: the day of receipt is not counted and the month ends on the same date of the next month, or on its last day where it has no such date; an end on a Saturday, Sunday or public holiday of the member state where the organisation acts moves to the next working day (Reg. 1182/71 Art. 3(1), 3(2)(c), 3(4)). The 3 months of an extension count the same way from receipt.',
  note: 'A refusal, with the reasons and the right to complain to a supervisory authority and to a court, is due within the same month (Art. 12(4)).',
});

const WITHDRAW_CONSENT_NOTE =
  'Art. 12(3) strictly covers requests under Arts. 15 to 22; withdrawal (Art. 7(3)) should take effect without delay. The one-month limit is given as an outer bound.';

const UK_MONTH: DeadlineRule = {
  ...EU_MONTH,
  extension: { ...GDPR_EXTENSION, source: 'UK GDPR Art. 12(3); ICO guidance on the right of access', when: 'Where the request is complex or the person has made several requests; tell them within one month, with the reasons. The 3 months count from the start.' },
  pauses: {
    allowed: true,
    note:
      'The clock starts when the request arrives, or when the identification or a fee that applies arrives (ICO): record that day as the receipt. Since the Data (Use and Access) Act 2025 (in force February 2026), asking the person to clarify the request stops the clock until they answer (UK GDPR Art. 12A).',
    verification: 'S',
  },
  source: 'UK GDPR Art. 12(3), Art. 12A; ICO guidance on the right of access',
  convention:
    'ICO: from the day of receipt to the same date of the next month; where the next month has no such date, its last day; a weekend or bank holiday moves the end to the next working day. The ICO also accepts a fixed 28 days (override the period with 28 calendar days to use it). Bank holidays of England and Wales unless the calendar is changed.',
};

/** Arts. 15 to 22 share the month; withdrawing consent gets it as an unverified outer bound. */
function gdprRules(month: DeadlineRule, law: string): Partial<Record<RequestType, DeadlineRule>> {
  return { ...grant(GDPR_TYPES, month), withdraw_consent: { ...month, source: `${law} Art. 7(3), Art. 12(3)`, verification: 'U', note: WITHDRAW_CONSENT_NOTE } };
}

// ---------------------------------------------------------------------------------------------
// US states

const CCPA_KNOW = rule({
  period: calendarDays(45),
  counting: 'receipt_is_day_1',
  extension: {
    amount: 45,
    unit: 'calendar_days',
    from: 'start',
    noticeWithinOriginal: true,
    when: 'When reasonably necessary; tell the consumer within the first 45 days, explaining why more time is needed. At most 90 days in total from the day the request is received.',
    source: 'Cal. Civ. Code 1798.130(a)(2)(A); CCPA Regs § 7021(b)',
    verification: 'P',
  },
  acknowledgement: {
    amount: 10,
    unit: 'business_days',
    content: 'Confirm receipt, describe how the request will be verified and processed, and say when to expect a response.',
    source: 'CCPA Regs § 7021(a)',
    verification: 'P',
  },
  pauses: {
    allowed: false,
    note: 'Verification does not stop the clock: the 45 days begin on the day of receipt whatever the time needed to verify; a request that cannot be verified within them may be denied (Regs § 7021(b)).',
    verification: 'P',
  },
  source: 'Cal. Civ. Code 1798.130(a)(2)(A); CCPA Regs § 7021(b)',
  verification: 'P',
  convention: `${safeDay1(45)} The 90 days of an extension and the 10 business days of the acknowledgement count the same way. Business days skip weekends and US federal holidays; California's own state holidays would lengthen them, so they are left out (choose the US-CA calendar to count them).`,
});

const CCPA_OPT_OUT = rule({
  period: { unit: 'business_days', amount: 15 },
  counting: 'receipt_is_day_1',
  pauses: CCPA_KNOW.pauses,
  source: 'CCPA Regs § 7026(f)',
  verification: 'S',
  convention:
    'No later than 15 business days from the day the request is received. We count the day of receipt as business day 1 when it is a business day (the safe reading), skipping weekends and US federal holidays.',
  note: 'Comply as soon as feasibly possible; the 15 business days are the outer limit.',
});

interface UsState {
  days: number;
  source: string;
  verification: Verification;
  extensionVerification: Verification;
  pauseNote: string;
  pauseVerification: Verification;
  types: RequestType[];
  appeal?: { days: number; source: string; verification: Verification; extension?: { days: number; verification: Verification } };
}

function usStateRules(state: UsState): Partial<Record<RequestType, DeadlineRule>> {
  const extension = (days: number, verification: Verification, source: string): Extension => ({
    amount: days,
    unit: 'calendar_days',
    from: 'start',
    noticeWithinOriginal: true,
    when: 'Once, when reasonably necessary given the complexity and number of the requests; tell the consumer within the first period, with the reason.',
    source,
    verification,
  });
  const shared = rule({
    period: calendarDays(state.days),
    counting: 'receipt_is_day_1',
    extension: extension(state.days, state.extensionVerification, state.source),
    pauses: { allowed: false, note: state.pauseNote, verification: state.pauseVerification },
    source: state.source,
    verification: state.verification,
    convention: safeDay1(state.days),
  });
  const rules = grant(state.types, shared);
  const appeal = state.appeal;
  if (appeal) {
    rules.appeal = rule({
      period: calendarDays(appeal.days),
      counting: 'receipt_is_day_1',
      extension: appeal.extension ? extension(appeal.extension.days, appeal.extension.verification, appeal.source) : null,
      pauses: shared.pauses,
      source: appeal.source,
      verification: appeal.verification,
      convention: `${safeDay1(appeal.days)} Counted from the receipt of the appeal.`,
    });
  }
  return rules;
}

const US_STATE_TYPES: RequestType[] = ['access', 'rectification', 'erasure', 'portability', 'opt_out_sale_sharing', 'opt_out_profiling'];

// ---------------------------------------------------------------------------------------------
// Elsewhere

const LGPD_DAY_1 =
  'Art. 19 counts 15 days "from the date of the request". Under the Civil Code (Art. 132) the first day would be left out and an end on a holiday would move to the next business day; we count the day of receipt as day 1 and do not move the date, the earlier and therefore safe reading.';

const LGPD_COMPLETE = rule({
  period: calendarDays(15),
  counting: 'receipt_is_day_1',
  pauses: { allowed: false, note: 'The law states no pause.', verification: 'P' },
  source: 'LGPD Art. 19, II',
  verification: 'P',
  convention: LGPD_DAY_1,
  note: 'In simplified form the answer is due immediately (Art. 19, I); the 15 days are for the clear and complete statement. The ANPD may set other periods for some sectors.',
});

const LGPD_IMMEDIATE = openRule(
  'immediately',
  'Immediately; where that is not possible, reply saying why or who the request should go to (LGPD Art. 18 §4)',
  'LGPD Art. 18 §§3-5',
  'S',
  'The law sets no number of days for these rights: it requires immediate action or a reply explaining why not. The ANPD may set periods.',
);

const PIPEDA_ACCESS = rule({
  period: calendarDays(30),
  counting: 'receipt_excluded',
  extension: {
    amount: 30,
    unit: 'calendar_days',
    from: 'original_due',
    noticeWithinOriginal: true,
    when: 'Where meeting the time limit would unreasonably interfere with the organisation’s activities, or the consultations needed cannot be completed in time (s. 8(4)(a)); or as long as needed to convert the information into an alternative format (s. 8(4)(b): override the extension for that). The notice goes out within the 30 days with the new limit, the reasons and the right to complain to the Commissioner.',
    source: 'PIPEDA s. 8(4)',
    verification: 'P',
  },
  source: 'PIPEDA s. 8(3)',
  verification: 'P',
  convention:
    '"Within 30 days after receipt": the day of receipt is not counted (Interpretation Act s. 27). The Interpretation Act (s. 26) would move an end on a holiday to the next day that is not one; we do not move it, the safe reading.',
  note: 'The request must be in writing. No answer within the time limit counts as a refusal (s. 8(5)).',
});

const DPDP_NOTE =
  'The organisation publishes its own period, at most 90 days: override with the published period when it is shorter. The Rules apply from about May 2027 (secondary source).';

const DPDP_90 = rule({
  period: calendarDays(90),
  counting: 'receipt_is_day_1',
  pauses: { allowed: false, note: 'Identity may be verified before acting; the Rules do not say that the period stops meanwhile.', verification: 'S' },
  source: 'DPDP Act 2023 s. 13; DPDP Rules 2025 Rule 14(3)',
  verification: 'S',
  convention: safeDay1(90),
  note: DPDP_NOTE,
});

const SG_ACCESS = rule({
  period: calendarDays(30),
  counting: 'receipt_excluded',
  extension: {
    amount: null,
    unit: 'calendar_days',
    from: 'original_due',
    noticeWithinOriginal: true,
    when: 'Where the organisation cannot respond within 30 days, it tells the person in writing within that time when it will respond: enter that date.',
    source: 'PDPA s. 21; Personal Data Protection Regulations 2021',
    verification: 'U',
  },
  pauses: {
    allowed: true,
    note: 'The request must be in writing, and there is no duty to respond until the person agrees to a fee the organisation has notified: record the wait for the agreement as a pause.',
    verification: 'P',
  },
  source: 'PDPA s. 21; Personal Data Protection Regulations 2021',
  verification: 'P',
  convention:
    '30 calendar days after receipt, the day of receipt not counted (Interpretation Act s. 50); a date on a weekend or holiday is not moved, the safe reading.',
});

const AU_30 = rule({
  period: calendarDays(30),
  counting: 'receipt_excluded',
  source: 'Privacy Act 1988 (Cth), Sch. 1, APP 12.4(a) and APP 13.5; OAIC APP guidelines',
  verification: 'S',
  convention:
    '"Within 30 days after the request is made", the day of the request not counted (Acts Interpretation Act 1901 s. 36); a date on a weekend or holiday is not moved, the safe reading.',
  note: 'Agencies must answer within 30 days (law text). Organisations must answer within a reasonable period, which the OAIC says should not usually exceed 30 days: 30 days is given. Written reasons are due if the request is refused.',
});

// ---------------------------------------------------------------------------------------------
// The regimes

export const REGIMES: readonly Regime[] = [
  {
    id: 'eu_gdpr',
    name: 'EU GDPR',
    jurisdiction: 'EU',
    calendar: 'establishment',
    law: 'Regulation (EU) 2016/679 (General Data Protection Regulation)',
    note: 'Applies in the EU and, through the EEA Agreement, in Iceland, Liechtenstein and Norway. Public holidays are national: the calendar is that of the member state where the organisation acts.',
    rules: gdprRules(EU_MONTH, 'GDPR'),
  },
  {
    id: 'uk_gdpr',
    name: 'UK GDPR',
    jurisdiction: 'GB',
    calendar: 'GB-ENG',
    law: 'UK GDPR and the Data Protection Act 2018, as amended by the Data (Use and Access) Act 2025',
    note: 'Automated decisions include Arts. 22A to 22D. Scotland and Northern Ireland have other bank holidays than England and Wales: edit the calendar where the organisation acts there.',
    rules: gdprRules(UK_MONTH, 'UK GDPR'),
  },
  {
    id: 'us_ca_ccpa',
    name: 'California CCPA/CPRA',
    jurisdiction: 'US-CA',
    calendar: 'US',
    law: 'California Consumer Privacy Act as amended by the CPRA (Civ. Code 1798.100 ff.) and its regulations (Cal. Code Regs. tit. 11, § 7000 ff.)',
    note: 'Know (access), delete and correct share the 45-day rule with a 10-business-day acknowledgement; opt-out of sale or sharing and limiting sensitive information have 15 business days.',
    rules: {
      ...grant(['access', 'erasure', 'rectification'], CCPA_KNOW),
      opt_out_sale_sharing: CCPA_OPT_OUT,
      limit_sensitive: { ...CCPA_OPT_OUT, source: 'CCPA Regs § 7027(g)', verification: 'U' },
    },
  },
  {
    id: 'us_va_vcdpa',
    name: 'Virginia VCDPA',
    jurisdiction: 'US-VA',
    calendar: 'US',
    law: 'Virginia Consumer Data Protection Act (Va. Code § 59.1-575 ff.)',
    note: 'A refusal, with the reason and how to appeal, is due within the same 45 days. Opt-out covers targeted advertising, sale and profiling.',
    rules: usStateRules({
      days: 45,
      source: 'Va. Code § 59.1-577(B)',
      verification: 'P',
      extensionVerification: 'P',
      pauseNote: 'No pause: a request that cannot be authenticated need not be complied with (secondary source), but the period still runs.',
      pauseVerification: 'S',
      types: US_STATE_TYPES,
      appeal: { days: 60, source: 'Va. Code § 59.1-577(C)', verification: 'S' },
    }),
  },
  {
    id: 'us_co_cpa',
    name: 'Colorado CPA',
    jurisdiction: 'US-CO',
    calendar: 'US',
    law: 'Colorado Privacy Act (C.R.S. § 6-1-1301 ff.)',
    note: 'Portability may be limited to twice a year. Authentication may be required (secondary source).',
    rules: usStateRules({
      days: 45,
      source: 'C.R.S. § 6-1-1306(2)',
      verification: 'S',
      extensionVerification: 'S',
      pauseNote: 'No pause: the controller may require authentication, but the statute does not stop the period meanwhile.',
      pauseVerification: 'S',
      types: US_STATE_TYPES,
      appeal: { days: 45, source: 'C.R.S. § 6-1-1306(3)', verification: 'U', extension: { days: 60, verification: 'U' } },
    }),
  },
  {
    id: 'us_ct_ctdpa',
    name: 'Connecticut CTDPA',
    jurisdiction: 'US-CT',
    calendar: 'US',
    law: 'Connecticut Data Privacy Act (Conn. Gen. Stat. § 42-515 ff.)',
    note: 'A refusal, with how to appeal, is due within the same 45 days. The first request in a year is free.',
    rules: usStateRules({
      days: 45,
      source: 'Conn. Gen. Stat. § 42-518',
      verification: 'P',
      extensionVerification: 'P',
      pauseNote: 'No pause: a request that cannot be authenticated need not be complied with, but the period still runs.',
      pauseVerification: 'P',
      types: US_STATE_TYPES,
      appeal: { days: 60, source: 'Conn. Gen. Stat. § 42-518', verification: 'S' },
    }),
  },
  {
    id: 'us_ut_ucpa',
    name: 'Utah UCPA',
    jurisdiction: 'US-UT',
    calendar: 'US',
    law: 'Utah Consumer Privacy Act (Utah Code § 13-61-101 ff.)',
    note: 'No right to correct and no appeal. Opt-out covers targeted advertising and sale.',
    rules: usStateRules({
      days: 45,
      source: 'Utah Code § 13-61-203',
      verification: 'P',
      extensionVerification: 'P',
      pauseNote: 'No pause: where fraud is suspected and the request cannot be authenticated the duty does not apply, but the period is not stopped.',
      pauseVerification: 'P',
      types: ['access', 'erasure', 'portability', 'opt_out_sale_sharing'],
    }),
  },
  {
    id: 'br_lgpd',
    name: 'Brazil LGPD',
    jurisdiction: 'BR',
    calendar: 'BR',
    law: 'Lei Geral de Proteção de Dados Pessoais (Lei 13.709/2018)',
    note: 'Confirmation and access have the Art. 19 periods; the other rights of Art. 18 are to be met immediately or answered with the reason why not.',
    rules: {
      ...grant(['confirmation', 'access'], LGPD_COMPLETE),
      ...grant(['rectification', 'erasure', 'portability', 'information', 'withdraw_consent'], LGPD_IMMEDIATE),
      automated_decision: openRule('reasonable', 'No period in the law for a review of an automated decision', 'LGPD Art. 20', 'U', 'The ANPD may set a period.'),
    },
  },
  {
    id: 'ca_pipeda',
    name: 'Canada PIPEDA',
    jurisdiction: 'CA',
    calendar: 'CA',
    law: 'Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5)',
    note: 'Québec, British Columbia and Alberta have their own private-sector laws for activities within the province.',
    rules: {
      access: PIPEDA_ACCESS,
      rectification: openRule('reasonable', 'No period in the Act: amend as required (Schedule 1, Principle 4.9.5)', 'PIPEDA Sch. 1, Principle 4.9.5', 'U'),
      withdraw_consent: openRule('reasonable', 'On reasonable notice (Schedule 1, Principle 4.3.8)', 'PIPEDA Sch. 1, Principle 4.3.8', 'U'),
    },
  },
  {
    id: 'in_dpdp',
    name: 'India DPDP',
    jurisdiction: 'IN',
    calendar: 'IN',
    law: 'Digital Personal Data Protection Act 2023 and Digital Personal Data Protection Rules 2025',
    note: DPDP_NOTE,
    rules: {
      grievance: DPDP_90,
      ...grant(['access', 'rectification', 'erasure'], { ...DPDP_90, source: 'DPDP Act 2023 ss. 11, 12; DPDP Rules 2025 Rule 14', verification: 'U' }),
      nomination: openRule('reasonable', 'No period set for recording a nomination', 'DPDP Act 2023 s. 14', 'U'),
    },
  },
  {
    id: 'sg_pdpa',
    name: 'Singapore PDPA',
    jurisdiction: 'SG',
    calendar: 'SG',
    law: 'Personal Data Protection Act 2012',
    note: 'Access has 30 days; a correction is due as soon as practicable.',
    rules: {
      access: SG_ACCESS,
      rectification: openRule('without_undue_delay', 'As soon as practicable (PDPA s. 22(2))', 'PDPA s. 22', 'U'),
    },
  },
  {
    id: 'au_privacy_act',
    name: 'Australia (APP 12/13)',
    jurisdiction: 'AU',
    calendar: 'AU',
    law: 'Privacy Act 1988 (Cth), Australian Privacy Principles 12 and 13',
    note: 'Public holidays are set by each state: edit the calendar for the state where the organisation acts.',
    rules: grant(['access', 'rectification'], AU_30, { rectification: { source: 'Privacy Act 1988 (Cth), Sch. 1, APP 13.5; OAIC APP guidelines' } }),
  },
];

export function findRegime(id: string, regimes: readonly Regime[] = REGIMES): Regime | null {
  return regimes.find((regime) => regime.id === id) ?? null;
}

/** The rule of a regime for a request type, or null when the regime does not grant it. */
export function findRule(regimeId: string, requestType: string, regimes: readonly Regime[] = REGIMES): DeadlineRule | null {
  const regime = findRegime(regimeId, regimes);
  if (!regime || !isRequestType(requestType)) return null;
  return regime.rules[requestType] ?? null;
}

/** Member states whose national calendar ships in holidays.ts. */
const EU_CALENDARS: readonly CalendarId[] = ['DE', 'FR', 'IE', 'NL', 'ES'];

/**
 * The holiday calendar a regime's dates use. For the EU GDPR it is the member state where the
 * organisation acts (`establishment`, an ISO country code); null when no calendar ships for it,
 * in which case only weekends are known and the officer should add the holidays.
 */
export function calendarForRegime(regime: Regime, establishment?: string): { calendarId: CalendarId | null; note: string } {
  if (regime.calendar !== 'establishment') return { calendarId: regime.calendar, note: `Holidays of ${regime.calendar}.` };
  const country = (establishment ?? '').trim().toUpperCase();
  if (EU_CALENDARS.includes(country as CalendarId)) return { calendarId: country as CalendarId, note: `Holidays of the member state where the organisation acts (${country}).` };
  return {
    calendarId: null,
    note: country
      ? `No holiday calendar ships for ${country}: only weekends are skipped. Add the national public holidays to a calendar before relying on the date.`
      : 'The member state where the organisation acts is not set: only weekends are skipped.',
  };
}

// ---------------------------------------------------------------------------------------------
// Which regimes apply to a person

const EEA_COUNTRIES = new Set('AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO'.split(' '));

/**
 * The regimes that protect a person resident in `country` (ISO 3166-1) and `region` (a state or
 * province, 'CA' or 'US-CA'), most specific first (a state law before a national one before the
 * EU's). A proposal for the officer, not a ruling: which law applies also depends on where the
 * organisation is established and whom it targets.
 */
export function proposeRegimes(residence: { country: string; region?: string }, regimes: readonly Regime[] = REGIMES): Regime[] {
  const country = residence.country.trim().toUpperCase();
  const rawRegion = (residence.region ?? '').trim().toUpperCase();
  const region = rawRegion === '' ? '' : rawRegion.startsWith(`${country}-`) ? rawRegion : `${country}-${rawRegion}`;
  const scored: { regime: Regime; specificity: number }[] = [];
  for (const regime of regimes) {
    const jurisdiction = regime.jurisdiction.toUpperCase();
    if (region !== '' && jurisdiction === region) scored.push({ regime, specificity: 0 });
    else if (jurisdiction === country) scored.push({ regime, specificity: 1 });
    else if (jurisdiction === 'EU' && EEA_COUNTRIES.has(country)) scored.push({ regime, specificity: 2 });
  }
  return scored.sort((a, b) => a.specificity - b.specificity).map((entry) => entry.regime);
}

// ---------------------------------------------------------------------------------------------
// The officer's overrides

/** A change to one rule: any field of DeadlineRule; `extension` or `acknowledgement` null removes it. */
export type RuleOverride = Partial<Omit<DeadlineRule, 'overridden' | 'extension' | 'acknowledgement' | 'pauses'>> & {
  extension?: Partial<Extension> | null;
  acknowledgement?: Partial<Acknowledgement> | null;
  pauses?: Partial<PausePolicy>;
};

/** Per regime id, per request type: the change, or null to drop the request type from the regime. */
export type RuleOverrides = Partial<Record<RegimeId, Partial<Record<RequestType, RuleOverride | null>>>>;

export interface OverrideProblem {
  regimeId: string;
  requestType: string | null;
  field: string | null;
  message: string;
}

const OFFICER_SOURCE = 'Set by the privacy officer';
const RULE_FIELDS = new Set(['period', 'counting', 'rollForward', 'clampToMonthEnd', 'extension', 'acknowledgement', 'pauses', 'source', 'verification', 'convention', 'note']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A sub-object merged over the default; a new one (the default is null) starts from officer defaults. */
function mergePart<T extends object>(current: T | null, change: unknown, fresh: Partial<T>): unknown {
  if (!isObject(change)) return change;
  return { ...fresh, ...(current ?? {}), ...change };
}

/**
 * The regimes with the officer's overrides merged over the shipped rules. `overrides` is read as
 * untrusted (it comes from the workspace file): an override for an unknown regime or request type,
 * with an unknown field, or giving an unsound rule is left out whole and reported; the others
 * apply. A merged rule lists the fields the officer changed in `overridden`, and keeps the shipped
 * `source` and `verification` unless the override sets them. A request type the regime does not
 * grant can be added with a complete enough override (at least the period); null drops one.
 */
export function applyRuleOverrides(overrides: unknown, base: readonly Regime[] = REGIMES): { regimes: Regime[]; problems: OverrideProblem[] } {
  const problems: OverrideProblem[] = [];
  const regimes = base.map((regime) => ({ ...regime, rules: { ...regime.rules } }));
  if (overrides === undefined || overrides === null) return { regimes, problems };
  if (!isObject(overrides)) return { regimes, problems: [{ regimeId: '', requestType: null, field: null, message: 'The overrides are not an object of regimes; none was applied.' }] };
  for (const [regimeId, perType] of Object.entries(overrides)) {
    const regime = regimes.find((candidate) => candidate.id === regimeId);
    if (!regime) {
      problems.push({ regimeId, requestType: null, field: null, message: `There is no regime "${regimeId}"; its overrides were not applied.` });
      continue;
    }
    if (!isObject(perType)) {
      problems.push({ regimeId, requestType: null, field: null, message: `The overrides of ${regime.name} are not an object of request types; none was applied.` });
      continue;
    }
    for (const [requestType, change] of Object.entries(perType)) {
      const report = (field: string | null, message: string) => problems.push({ regimeId, requestType, field, message });
      if (!isRequestType(requestType)) {
        report(null, `"${requestType}" is not a request type; the override was not applied.`);
        continue;
      }
      if (change === null) {
        delete regime.rules[requestType];
        continue;
      }
      if (!isObject(change)) {
        report(null, 'The override is not an object of rule fields; it was not applied.');
        continue;
      }
      const unknown = Object.keys(change).filter((field) => !RULE_FIELDS.has(field));
      if (unknown.length > 0) {
        report(unknown[0] ?? null, `Unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; the override was not applied.`);
        continue;
      }
      const merged = mergeRule(regime.rules[requestType] ?? null, change);
      const ruleProblems = validateRule(merged);
      if (ruleProblems.length > 0) {
        for (const problem of ruleProblems) report(problem.field, `${problem.message} The override of ${regime.name}, ${requestType}, was not applied.`);
        continue;
      }
      regime.rules[requestType] = merged as DeadlineRule;
    }
  }
  return { regimes, problems };
}

function mergeRule(current: DeadlineRule | null, change: Record<string, unknown>): unknown {
  const start: Omit<DeadlineRule, 'period'> = current ?? {
    counting: 'receipt_excluded',
    rollForward: false,
    clampToMonthEnd: true,
    extension: null,
    acknowledgement: null,
    pauses: { allowed: false, note: 'No pause.', verification: 'U' },
    source: OFFICER_SOURCE,
    verification: 'U',
    convention: 'Rule added by the privacy officer.',
    overridden: [],
  };
  const merged: Record<string, unknown> = { ...start, ...change };
  if ('extension' in change) {
    merged.extension = mergePart<Extension>(current?.extension ?? null, change.extension, { from: 'start', noticeWithinOriginal: true, when: '', source: OFFICER_SOURCE, verification: 'U' });
  }
  if ('acknowledgement' in change) {
    merged.acknowledgement = mergePart<Acknowledgement>(current?.acknowledgement ?? null, change.acknowledgement, { content: '', source: OFFICER_SOURCE, verification: 'U' });
  }
  if ('pauses' in change) merged.pauses = mergePart<PausePolicy>(start.pauses, change.pauses, {});
  merged.overridden = [...new Set([...start.overridden, ...Object.keys(change)])].sort();
  return merged;
}
