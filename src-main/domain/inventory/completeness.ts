import { transferStatus } from '../countries';
import type { Activity, Purpose } from './records';

/** One thing an activity lacks for the Art. 30 record or the privacy notice, with where to fix it. */
export interface Gap {
  activityId: number;
  activityName: string;
  /** A stable code: tests and the UI branch on it. One of the keys of GAP_CODES. */
  code: string;
  /**
   * The editor field to jump to, e.g. "purposes.0.legalBasis", "retention", "transfers.1.mechanism".
   * The first segment is always a property of Activity, so an editor that only knows its sections can
   * jump to `field.split('.')[0]`; deeper segments follow the activity form's own paths.
   */
  field: string;
  severity: 'missing' | 'review';
  message: string;
}

/**
 * Every gap code with a short label, for the UI's filter and legends. `severity` is the one the
 * code always carries, so a list can be grouped before any gap is found.
 */
export const GAP_CODES = {
  no_purpose: { label: 'No purpose', severity: 'missing' },
  purpose_no_legal_basis: { label: 'Purpose without legal basis', severity: 'missing' },
  legitimate_interest_undescribed: { label: 'Legitimate interest not described', severity: 'missing' },
  no_categories: { label: 'No data categories', severity: 'missing' },
  no_subjects: { label: 'No data subjects', severity: 'missing' },
  special_no_condition: { label: 'Special-category data without Art. 9(2) condition', severity: 'missing' },
  criminal_data: { label: 'Criminal-offence data (Art. 10)', severity: 'review' },
  no_recipients: { label: 'Recipients not stated', severity: 'missing' },
  transfer_no_mechanism: { label: 'Transfer without mechanism', severity: 'missing' },
  transfer_no_adequacy: { label: 'Adequacy claimed where there is none', severity: 'missing' },
  transfer_partial_adequacy: { label: 'Adequacy depends on the recipient (US, CA)', severity: 'review' },
  transfer_derogation_undocumented: { label: 'Derogation not documented', severity: 'missing' },
  no_retention: { label: 'No retention period', severity: 'missing' },
  retention_no_deletion: { label: 'Deletion method not stated', severity: 'review' },
  no_security_measures: { label: 'No security measures', severity: 'review' },
  no_source: { label: 'Source of the data not stated', severity: 'missing' },
  third_party_source_undescribed: { label: 'Third-party source not named', severity: 'review' },
  processor_no_controller: { label: 'Processor without its controller', severity: 'missing' },
  dpia_not_assessed: { label: 'DPIA need not assessed', severity: 'review' },
  dpia_required: { label: 'DPIA required but not done', severity: 'review' },
  never_reviewed: { label: 'Never reviewed', severity: 'review' },
  review_overdue: { label: 'Review older than 12 months', severity: 'review' },
  sold_no_recipient: { label: 'Sold, but no recipient named', severity: 'review' },
  shared_for_ads_no_partner: { label: 'Shared for ads, but no advertising partner', severity: 'review' },
} as const satisfies Record<string, { label: string; severity: Gap['severity'] }>;

export type GapCode = keyof typeof GAP_CODES;

export function isGapCode(code: string): code is GapCode {
  return Object.hasOwn(GAP_CODES, code);
}

/** How many months after the last review an activity is due for another. */
export const REVIEW_INTERVAL_MONTHS = 12;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What the checks read of an activity: none of its dates, description, owner or systems. */
export type CheckedActivity = Omit<Activity, 'createdAt' | 'updatedAt' | 'description' | 'owner' | 'systems' | 'dpiaReason'>;

/**
 * Every gap of every activity still in use (not archived, not retired), ordered by activity name,
 * then severity (missing first), then field. `today` is the calendar date in the organisation's
 * time zone, 'YYYY-MM-DD'.
 */
export function findGaps(activities: readonly CheckedActivity[], today: string): Gap[] {
  const cutoff = reviewCutoff(today);
  const gaps: Gap[] = [];
  for (const activity of activities) {
    if (activity.archivedAt !== null || activity.status === 'retired') continue;
    const add = (code: GapCode, field: string, message: string) =>
      gaps.push({ activityId: activity.id, activityName: activity.name, code, field, severity: GAP_CODES[code].severity, message });
    checkPurposes(activity, add);
    checkData(activity, add);
    checkRecipients(activity, add);
    checkTransfers(activity, add);
    checkRetention(activity, add);
    checkSources(activity, add);
    checkRoleAndRisk(activity, add);
    checkReview(activity, cutoff, add);
  }
  return gaps.sort(compareGaps);
}

/**
 * `gaps` as findGaps gave them, with those of the activities `checked` replaced by `fresh` (findGaps
 * of those activities as they are now): the answer findGaps of every activity would give, when only
 * a few changed. Sorting the kept gaps, in order already, with the few fresh ones costs one pass.
 */
export function replaceGaps(gaps: readonly Gap[], checked: ReadonlySet<number>, fresh: readonly Gap[]): Gap[] {
  return gaps
    .filter((gap) => !checked.has(gap.activityId))
    .concat(fresh)
    .sort(compareGaps);
}

type Add = (code: GapCode, field: string, message: string) => void;

const blank = (text: string) => text.trim() === '';
const isSpecial = (category: CheckedActivity['categories'][number]) => category.special;
const isCriminal = (category: CheckedActivity['categories'][number]) => category.criminal;

function checkPurposes(activity: CheckedActivity, add: Add): void {
  if (activity.purposes.length === 0) {
    add(
      'no_purpose',
      'purposes',
      'No purpose is recorded. The record must state why the data is processed (Art. 30(1)(b)) and the privacy notice must tell people the purposes and their legal basis (Art. 13(1)(c)). Add at least one purpose.',
    );
  }
  activity.purposes.forEach((purpose, index) => {
    if (purpose.legalBasis === null) {
      add(
        'purpose_no_legal_basis',
        `purposes.${index}.legalBasis`,
        `${purposeName(purpose, index)} has no legal basis. Processing is lawful only on one of the grounds of Art. 6(1), and the privacy notice must name it for each purpose (Art. 13(1)(c)). Choose the basis.`,
      );
    } else if (purpose.legalBasis === 'legitimate_interests' && blank(purpose.legitimateInterest)) {
      add(
        'legitimate_interest_undescribed',
        `purposes.${index}.legitimateInterest`,
        `${purposeName(purpose, index)} relies on legitimate interests but does not say which interest is pursued. Art. 6(1)(f) requires that interest to be weighed against the person's rights, and the privacy notice must state it (Art. 13(1)(d), Art. 14(2)(b)). Describe the interest and the balancing.`,
      );
    }
  });
}

/** How a gap's message names a purpose: made only for a gap, as thousands of purposes have none. */
function purposeName(purpose: Purpose, index: number): string {
  return purpose.purpose.trim() ? `"${purpose.purpose.trim()}"` : `Purpose ${index + 1}`;
}

/** How a gap's message names a transfer's destination: made only for a gap, as most transfers are in order. */
function destination(transfer: CheckedActivity['transfers'][number]): string {
  return `${countryName(transfer.country)}${transfer.recipientName ? ` (to ${transfer.recipientName})` : ''}`;
}

function checkData(activity: CheckedActivity, add: Add): void {
  if (activity.categories.length === 0) {
    add(
      'no_categories',
      'categories',
      'No data categories are recorded. The record must list the categories of personal data (Art. 30(1)(c)). Add the kinds of data this activity uses.',
    );
  }
  if (activity.subjects.length === 0) {
    add(
      'no_subjects',
      'subjects',
      'No data subjects are recorded. The record must list the categories of people the data is about (Art. 30(1)(c)). Add them, e.g. customers, employees or applicants.',
    );
  }
  // Filtered only for a gap's message: most activities have neither kind of data.
  if (activity.specialCondition === null && activity.categories.some(isSpecial)) {
    add(
      'special_no_condition',
      'specialCondition',
      `Special-category data (${names(activity.categories.filter(isSpecial))}) is processed without a condition from Art. 9(2). Art. 9(1) forbids such processing unless one applies, in addition to the Art. 6 basis. Choose the condition.`,
    );
  }
  if (activity.categories.some(isCriminal)) {
    add(
      'criminal_data',
      'categories',
      `Criminal-offence data (${names(activity.categories.filter(isCriminal))}) is processed. Art. 10 allows this only under the control of official authority or where Union or member-state law authorises it with safeguards. Check and record which law permits it.`,
    );
  }
}

function checkRecipients(activity: CheckedActivity, add: Add): void {
  if (activity.recipients.length === 0 && !activity.noRecipients) {
    add(
      'no_recipients',
      'recipients',
      'No recipients are recorded and the activity does not state that the data goes to no one. The record must list the categories of recipients (Art. 30(1)(d)) and the notice must name them (Art. 13(1)(e)). Add the recipients, or mark that there are none.',
    );
  }
  const advertisers = activity.recipients.filter((recipient) => recipient.kind === 'advertising_partner');
  if (activity.sold && activity.recipients.length === 0) {
    add(
      'sold_no_recipient',
      'recipients',
      'The data is marked as sold, but no recipient is recorded. A CCPA privacy notice must name the categories of third parties personal information is sold to (Civ. Code 1798.110, 1798.115). Add the buyers as recipients.',
    );
  }
  if (activity.sharedForAds && advertisers.length === 0) {
    add(
      'shared_for_ads_no_partner',
      'recipients',
      'The data is marked as shared for cross-context behavioural advertising, but no advertising partner is recorded. A CCPA privacy notice must name the categories of third parties it is shared with (Civ. Code 1798.110, 1798.115). Add the advertising partners as recipients.',
    );
  }
}

function checkTransfers(activity: CheckedActivity, add: Add): void {
  activity.transfers.forEach((transfer, index) => {
    const status = transferStatus(transfer.country);
    if (status === 'eea') return;
    const field = `transfers.${index}`;
    if (transfer.mechanism === null) {
      const hint =
        status === 'third_country'
          ? 'There is no adequacy decision for this country: choose standard contractual clauses, binding corporate rules or another Art. 46 safeguard, or document an Art. 49 derogation.'
          : 'Choose the mechanism, e.g. the adequacy decision (Art. 45).';
      add(
        'transfer_no_mechanism',
        `${field}.mechanism`,
        `The transfer to ${destination(transfer)} has no transfer mechanism. Transfers outside the EEA need one (Chapter V, Art. 44), the record must document them (Art. 30(1)(e)) and the notice must say which applies (Art. 13(1)(f)). ${hint}`,
      );
    } else if (transfer.mechanism === 'adequacy' && status === 'third_country') {
      add(
        'transfer_no_adequacy',
        `${field}.mechanism`,
        `The transfer to ${destination(transfer)} relies on an adequacy decision, but there is no adequacy decision for ${transfer.country} (Art. 45). Use standard contractual clauses, binding corporate rules or another Art. 46 safeguard, or document an Art. 49 derogation.`,
      );
    } else if (transfer.mechanism === 'adequacy' && status === 'partially_adequate' && blank(transfer.documentation)) {
      const scope =
        transfer.country === 'US'
          ? "covers only organisations certified under the EU-US Data Privacy Framework: record the recipient's certification"
          : 'covers only commercial organisations subject to PIPEDA: record that the recipient is covered';
      add(
        'transfer_partial_adequacy',
        `${field}.documentation`,
        `The transfer to ${destination(transfer)} relies on adequacy, but the adequacy decision for ${transfer.country} ${scope} in the transfer's documentation (Art. 45, Art. 30(1)(e)).`,
      );
    } else if (transfer.mechanism === 'derogation' && blank(transfer.documentation)) {
      add(
        'transfer_derogation_undocumented',
        `${field}.documentation`,
        `The transfer to ${destination(transfer)} relies on an Art. 49 derogation without documentation. Record which derogation applies and, for a transfer under Art. 49(1) second subparagraph, the assessment and safeguards (Art. 30(1)(e), Art. 49(6)).`,
      );
    }
  });
}

function checkRetention(activity: CheckedActivity, add: Add): void {
  const { period, unit, trigger, deletion } = activity.retention;
  const stated = period !== null || unit !== null || !blank(trigger);
  if (!stated) {
    add(
      'no_retention',
      'retention',
      'No retention is recorded. The record must give, where possible, the time limits for erasure (Art. 30(1)(f)) and the notice must tell people how long the data is kept or the criteria used (Art. 13(2)(a), Art. 14(2)(a)). Add a period or the event that ends it.',
    );
  } else if (blank(deletion)) {
    add(
      'retention_no_deletion',
      'retention.deletion',
      'The retention period does not say how the data is deleted or anonymised at its end. Without a method the limit is hard to apply (storage limitation, Art. 5(1)(e)). Describe the deletion.',
    );
  }
}

function checkSources(activity: CheckedActivity, add: Add): void {
  if (activity.sources.length === 0) {
    add(
      'no_source',
      'sources',
      'The source of the data is not recorded. It decides which notice applies: Art. 13 when collected from the person, Art. 14 otherwise, where the notice must state the source (Art. 14(2)(f)). Say where the data comes from.',
    );
  } else if (activity.sources.includes('third_party') && blank(activity.sourceDetail)) {
    add(
      'third_party_source_undescribed',
      'sourceDetail',
      'Some data comes from a third party, but the third party is not named. The privacy notice must state the source of data not obtained from the person (Art. 14(2)(f)). Name the source.',
    );
  }
}

function checkRoleAndRisk(activity: CheckedActivity, add: Add): void {
  if (activity.role === 'processor' && blank(activity.controllerFor)) {
    add(
      'processor_no_controller',
      'controllerFor',
      'The activity is carried out as a processor but does not name the controller it acts for. The processor record must name each controller and its contact details (Art. 30(2)(a)). Add the controller.',
    );
  }
  if (blank(activity.securityMeasures)) {
    add(
      'no_security_measures',
      'securityMeasures',
      'No security measures are described. The record should give a general description of the technical and organisational measures (Art. 30(1)(g), Art. 32(1)). Describe them, e.g. encryption, access control, backups.',
    );
  }
  const risks: string[] = [];
  if (activity.categories.some(isSpecial)) risks.push('special-category data');
  if (activity.categories.some(isCriminal)) risks.push('criminal-offence data');
  if (activity.sold) risks.push('data that is sold');
  if (activity.sharedForAds) risks.push('data shared for advertising');
  if (activity.dpia === 'not_assessed' && risks.length > 0) {
    add(
      'dpia_not_assessed',
      'dpia',
      `The activity processes ${listText(risks)}, but nobody has assessed whether a data protection impact assessment is needed (Art. 35). Decide, and record the reason.`,
    );
  }
  if (activity.dpia === 'required') {
    add(
      'dpia_required',
      'dpia',
      'A DPIA is required but not done. Processing likely to result in a high risk must not start before the impact assessment (Art. 35(1)), and a remaining high risk needs prior consultation (Art. 36). Carry it out and mark it done.',
    );
  }
}

function checkReview(activity: CheckedActivity, cutoff: string, add: Add): void {
  if (activity.lastReviewedOn === null) {
    add(
      'never_reviewed',
      'lastReviewedOn',
      'The activity has never been reviewed. The record must be kept up to date (Art. 30, Art. 5(2) accountability). Check it with its owner and set the review date.',
    );
  } else if (activity.lastReviewedOn < cutoff) {
    add(
      'review_overdue',
      'lastReviewedOn',
      `Last reviewed on ${activity.lastReviewedOn}, more than ${REVIEW_INTERVAL_MONTHS} months ago. The record must be kept up to date (Art. 30, Art. 5(2) accountability). Check it with its owner and set the review date.`,
    );
  }
}

/**
 * The earliest last-review date that is still current on `today`: the same calendar day 12 months
 * earlier, clamped to the end of a shorter month (2024-02-29 -> 2023-02-28). A review on that day
 * is current; one the day before is overdue.
 */
export function reviewCutoff(today: string): string {
  const match = ISO_DATE.exec(today);
  if (!match) throw new RangeError(`Expected a date like 2026-11-29, got "${today}".`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const total = year * 12 + (month - 1) - REVIEW_INTERVAL_MONTHS;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = Math.min(day, lastDay);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const SEVERITY_ORDER: Record<Gap['severity'], number> = { missing: 0, review: 1 };

function compareGaps(a: Gap, b: Gap): number {
  return (
    collator.compare(a.activityName, b.activityName) ||
    a.activityId - b.activityId ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    collator.compare(a.field, b.field) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

const MAX_NAMED = 3;

function names(links: readonly { name: string }[]): string {
  const shown = links.slice(0, MAX_NAMED).map((link) => link.name);
  const more = links.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : listText(shown);
}

function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

let regionNames: Intl.DisplayNames | null | undefined;
/** Names already looked up, by code: thousands of transfers name the same few countries. */
const countryNames = new Map<string, string>();

/** "India (IN)"; just the code when the runtime has no region names. */
function countryName(code: string): string {
  const known = countryNames.get(code);
  if (known !== undefined) return known;
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  let name: string | undefined;
  try {
    name = regionNames?.of(code);
  } catch {
    name = undefined;
  }
  const named = name && name !== code ? `${name} (${code})` : code;
  countryNames.set(code, named);
  return named;
}
