/**
 * The deadline engine: from a rule (after the officer's overrides), the day a request was
 * received, the holiday calendar of the jurisdiction, an extension and pauses, the dates by which
 * to acknowledge and to answer, each step explained in plain words.
 *
 * Order of the steps, the same for the original and the extended period:
 *   1. the end of the period from receipt, by the rule's counting (day of receipt day 0 or day 1),
 *      months clamped to the month's last day;
 *   2. plus the paused days (each day of each pause counted once, an open pause up to `today`);
 *   3. then, where the rule says so (and always for a period in business days), rolled forward off
 *      a weekend or holiday.
 * The function is total: invalid input never throws, it gives warnings (and no date where none
 * can be computed).
 */
import {
  addBusinessDays,
  addCalendarDays,
  addMonths,
  type CalendarDate,
  calendarDateIn,
  dateParts,
  daysBetween,
  formatLongDate,
  holidaysBetween,
  isCalendarDate,
  MONTH_NAMES,
  nonWorkingReason,
  rollForward,
  WEEKENDS_ONLY,
  WEEKDAY_NAMES,
  weekdayOf,
  type WorkingCalendar,
} from './calendar';
import {
  COUNTINGS,
  type Counting,
  type DeadlineRule,
  type Extension,
  isFixedPeriod,
  isVerification,
  PERIOD_UNITS,
  type PeriodUnit,
  validateRule,
  type Verification,
  VERIFICATIONS,
  weakestVerification,
} from './rules';

export interface Pause {
  from: CalendarDate;
  /** Null while the pause lasts: it counts up to `today`. */
  to: CalendarDate | null;
  reason?: string;
}

export interface ExtensionInput {
  granted: boolean;
  reason: string;
  /** The day the person was told of the extension; null when not yet recorded. */
  notifiedOn: CalendarDate | null;
  /** For a rule whose extension has no fixed length (Singapore): the date stated in the notice. */
  until?: CalendarDate | null;
}

export interface DeadlineInput {
  rule: DeadlineRule;
  /** The calendar date of receipt in the organisation's time zone. Or give `receivedAt` and `timeZone`. */
  receivedOn?: CalendarDate;
  /** The instant of receipt, with its offset ('2025-03-08T07:30:00Z'); turned into a date in `timeZone`. */
  receivedAt?: string;
  /** The organisation's IANA time zone, e.g. 'Europe/Berlin'. */
  timeZone?: string;
  /** Weekends and holidays of the regime's jurisdiction (holidays.ts: workingCalendar). */
  holidays: WorkingCalendar;
  extension?: ExtensionInput;
  pauses?: readonly Pause[];
  /** Today's calendar date in the organisation's time zone: ends open pauses, gives daysLeft. */
  today?: CalendarDate;
}

export const DEADLINE_WARNINGS = {
  invalid_rule: 'The rule is not sound',
  invalid_receipt: 'No valid date of receipt',
  receipt_mismatch: 'The date and the instant of receipt disagree',
  receipt_after_today: 'Received after today',
  invalid_today: 'Today is not a valid date',
  no_calendar: 'No holiday calendar',
  extension_not_allowed: 'The regime allows no extension',
  extension_reason_missing: 'Extension without a reason',
  extension_notice_missing: 'Extension notice date missing',
  extension_notice_late: 'Extension notified after the original period',
  extension_notice_before_receipt: 'Extension notified before receipt',
  extension_date_missing: 'Extension without the date stated in the notice',
  extension_too_short: 'Extension ends before the original period',
  pause_not_allowed: 'The regime allows no pause',
  pause_invalid: 'Pause with an invalid date',
  pause_ends_before_start: 'Pause ends before it starts',
  pause_before_receipt: 'Pause starts before receipt',
  pause_open_without_today: 'Open pause, but today is unknown',
  pause_in_future: 'Pause starts after today',
  pauses_overlap: 'Pauses overlap',
} as const;

export type DeadlineWarningCode = keyof typeof DEADLINE_WARNINGS;

export interface DeadlineWarning {
  code: DeadlineWarningCode;
  message: string;
}

export interface DeadlineResult {
  /** The calendar date of receipt the computation used; null when there was none. */
  receivedOn: CalendarDate | null;
  acknowledgeBy?: CalendarDate;
  /** The date by which to answer: the extended date where a valid extension applies. Null for a rule without a date. */
  dueOn: CalendarDate | null;
  /** "Due Friday 28 February 2025", or the words of a rule without a date ("Immediately; …"). */
  dueText: string;
  /** The end of the base period (with pauses, rolled forward where the rule says so). */
  originalDueOn: CalendarDate | null;
  /** The end of the extended period, when an extension was granted and computed. */
  extendedDueOn?: CalendarDate;
  /** False when the extension was computed but does not count (its notice came too late). */
  extensionApplied: boolean;
  /** The end before rolling forward, pauses included, for the date in `dueOn`. */
  unrolledDueOn: CalendarDate | null;
  /** Days added for pauses (0 when the rule allows none). */
  pausedDays: number;
  /** dueOn minus today, when both are known; negative when overdue. */
  daysLeft?: number;
  warnings: DeadlineWarning[];
  explanation: string[];
  convention: string;
  source: string;
  verification: Verification;
  needsLegalReview: boolean;
}

/** Receipt plus `amount` units by the rule's counting; months clamp (or overflow when the rule says not to clamp). */
function periodEnd(received: CalendarDate, amount: number, unit: PeriodUnit, counting: Counting, clamp: boolean, calendar: WorkingCalendar): CalendarDate {
  switch (unit) {
    case 'calendar_days':
      return addCalendarDays(received, counting === 'receipt_is_day_1' ? amount - 1 : amount);
    case 'business_days':
      return addBusinessDays(counting === 'receipt_is_day_1' ? addCalendarDays(received, -1) : received, amount, calendar);
    case 'calendar_months': {
      const clamped = addMonths(received, amount);
      const overflow = clamp ? 0 : dateParts(received).day - dateParts(clamped).day;
      return addCalendarDays(clamped, overflow - (counting === 'receipt_is_day_1' ? 1 : 0));
    }
  }
}

function amountText(amount: number, unit: PeriodUnit): string {
  const words = PERIOD_UNITS[unit];
  return `${amount} ${amount === 1 ? words.one : words.many}`;
}

/** One sentence saying how the end of a period was reached. */
function periodSentence(received: CalendarDate, amount: number, unit: PeriodUnit, counting: Counting, clamp: boolean, end: CalendarDate, calendar: WorkingCalendar): string {
  const dayOne = counting === 'receipt_is_day_1';
  switch (unit) {
    case 'calendar_months': {
      const clamped = dateParts(addMonths(received, amount)).day !== dateParts(received).day;
      const span = amount === 1 ? 'One month later' : `${amount} months later`;
      const how = clamped ? (clamp ? `, clamped to the last day of ${MONTH_NAMES[dateParts(addMonths(received, amount)).month - 1]}` : ', running over the end of the shorter month') : '';
      return `${span}${how}${dayOne ? ', less one day as the day of receipt counts' : ''}: ${formatLongDate(end)}.`;
    }
    case 'calendar_days':
      return dayOne
        ? `${amountText(amount, unit)} counting the day of receipt as day 1 (receipt + ${amount - 1} days): ${formatLongDate(end)}.`
        : `${amountText(amount, unit)} after the day of receipt: ${formatLongDate(end)}.`;
    case 'business_days': {
      const from = dayOne ? addCalendarDays(received, -1) : received;
      const skipped = holidaysBetween(from, end, calendar).map((holiday) => `${holiday.name} on ${formatLongDate(holiday.date)}`);
      const skips = skipped.length > 0 ? `weekends and ${skipped.join(', ')}` : 'weekends';
      const start = dayOne ? 'counting the day of receipt as day 1 when it is a working day' : 'from the working day after receipt';
      return `${amountText(amount, unit)} ${start}, skipping ${skips}: ${formatLongDate(end)}.`;
    }
  }
}

/** The sentence about rolling forward, and the date that results. */
function settle(end: CalendarDate, rule: DeadlineRule, calendar: WorkingCalendar, what: string): { date: CalendarDate; sentence: string } {
  const reason = nonWorkingReason(end, calendar);
  const day = WEEKDAY_NAMES[weekdayOf(end)];
  if (reason === null) return { date: end, sentence: `That is a ${day} and no holiday: ${what} ${formatLongDate(end)}.` };
  const why = calendar.holidayOn(end) === null ? `a ${day}` : `a holiday, ${reason}`;
  // A period counted in business days ends on a working day, even after paused calendar days.
  const rolls = rule.rollForward || rule.period.unit === 'business_days';
  if (!rolls) return { date: end, sentence: `That is ${why}; this rule does not move a date off a weekend or holiday: ${what} ${formatLongDate(end)}.` };
  const next = rollForward(end, calendar);
  return { date: next, sentence: `That is ${why}, so it moves to the next working day: ${what} ${formatLongDate(next)}.` };
}

interface PauseCount {
  days: number;
  warnings: DeadlineWarning[];
  described: string[];
}

/** Each day of the valid pauses counted once; invalid ones are reported and left out. */
function countPauses(pauses: readonly Pause[], received: CalendarDate, today: CalendarDate | null): PauseCount {
  const warnings: DeadlineWarning[] = [];
  const warn = (code: DeadlineWarningCode, message: string) => warnings.push({ code, message });
  const spans: [number, number][] = [];
  const described: string[] = [];
  pauses.forEach((pause, index) => {
    const which = `Pause ${index + 1}`;
    if (typeof pause !== 'object' || pause === null || !isCalendarDate(pause.from) || (pause.to !== null && !isCalendarDate(pause.to))) {
      warn('pause_invalid', `${which} has a start or end that is not a date like 2025-03-07; it was not counted.`);
      return;
    }
    let to = pause.to;
    if (to === null) {
      if (today === null) {
        warn('pause_open_without_today', `${which} has not ended and today's date was not given; it was not counted.`);
        return;
      }
      if (today < pause.from) {
        warn('pause_in_future', `${which} starts on ${formatLongDate(pause.from)}, after today; it was not counted.`);
        return;
      }
      to = today;
    }
    if (to < pause.from) {
      warn('pause_ends_before_start', `${which} ends on ${formatLongDate(to)}, before it starts on ${formatLongDate(pause.from)}; it was not counted.`);
      return;
    }
    let from = pause.from;
    if (from < received) {
      warn('pause_before_receipt', `${which} starts on ${formatLongDate(from)}, before the request was received; only the days from receipt were counted.`);
      if (to < received) return;
      from = received;
    }
    const start = daysBetween(received, from);
    const end = daysBetween(received, to);
    spans.push([start, end]);
    const reason = typeof pause.reason === 'string' && pause.reason.trim() ? `: ${pause.reason.trim()}` : '';
    described.push(`${formatLongDate(from)} to ${formatLongDate(to)}${pause.to === null ? ' (still open, counted to today)' : ''}${reason}`);
  });
  spans.sort((a, b) => a[0] - b[0]);
  let days = 0;
  let reach = -Infinity;
  let overlap = false;
  for (const [start, end] of spans) {
    if (start <= reach) overlap = true;
    const from = Math.max(start, reach + 1);
    if (end >= from) days += end - from + 1;
    reach = Math.max(reach, end);
  }
  if (overlap) warn('pauses_overlap', 'Some pauses overlap; each paused day was counted once.');
  return { days, warnings, described };
}

function emptyResult(given: DeadlineRule, received: CalendarDate | null, warnings: DeadlineWarning[], explanation: string[], dueText: string): DeadlineResult {
  const rule: Partial<DeadlineRule> = typeof given === 'object' && given !== null ? given : {};
  const verification = isVerification(rule.verification) ? rule.verification : 'U';
  return {
    receivedOn: received,
    dueOn: null,
    dueText,
    originalDueOn: null,
    extensionApplied: false,
    unrolledDueOn: null,
    pausedDays: 0,
    warnings,
    explanation,
    convention: typeof rule.convention === 'string' ? rule.convention : '',
    source: typeof rule.source === 'string' ? rule.source : '',
    verification,
    needsLegalReview: VERIFICATIONS[verification].needsLegalReview,
  };
}

const isWorkingCalendar = (value: unknown): value is WorkingCalendar =>
  typeof value === 'object' && value !== null && Array.isArray((value as WorkingCalendar).weekend) && typeof (value as WorkingCalendar).holidayOn === 'function';

/** The receipt date from the input, with the sentence that says how it was found. */
function resolveReceipt(input: DeadlineInput, warnings: DeadlineWarning[]): { date: CalendarDate; sentence: string } | null {
  const zone = typeof input.timeZone === 'string' && input.timeZone.trim() !== '' ? input.timeZone.trim() : null;
  const fromInstant = input.receivedAt !== undefined && zone !== null ? calendarDateIn(input.receivedAt, zone) : null;
  const given = isCalendarDate(input.receivedOn) && input.receivedOn < '9000' ? input.receivedOn : null;
  if (given !== null) {
    if (fromInstant !== null && fromInstant !== given) {
      warnings.push({ code: 'receipt_mismatch', message: `The date of receipt (${formatLongDate(given)}) differs from the instant ${input.receivedAt}, which is ${formatLongDate(fromInstant)} in ${zone}; the date of receipt was used.` });
    }
    return { date: given, sentence: `Received ${formatLongDate(given)}${zone ? ` (${zone})` : ''}.` };
  }
  if (fromInstant !== null && fromInstant < '9000') {
    return { date: fromInstant, sentence: `Received at ${input.receivedAt}, which is ${formatLongDate(fromInstant)} in ${zone}.` };
  }
  const what =
    input.receivedOn !== undefined
      ? `"${shown(input.receivedOn)}" is not a date like 2025-01-31 (years 1000 to 8999)`
      : input.receivedAt !== undefined
        ? `the instant "${shown(input.receivedAt)}" with the time zone "${shown(input.timeZone)}" gives no date (an instant needs its offset, such as Z or +01:00, and the zone a known IANA name)`
        : 'no date of receipt was given';
  warnings.push({ code: 'invalid_receipt', message: `No deadline can be computed: ${what}.` });
  return null;
}

/**
 * The deadlines of one request. See the module comment for the order of the steps; warnings
 * explain every input that was left out or that weakens the date.
 */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const rule = input.rule;
  const warnings: DeadlineWarning[] = [];
  const warn = (code: DeadlineWarningCode, message: string) => warnings.push({ code, message });
  const ruleProblems = validateRule(rule);
  if (ruleProblems.length > 0) {
    const list = ruleProblems.map((problem) => `${problem.field}: ${problem.message}`).join(' ');
    warn('invalid_rule', `The rule cannot be used: ${list}`);
    return emptyResult(rule, null, warnings, ['No deadline: the rule is not sound.'], 'No deadline: the rule is not sound');
  }
  const calendar = isWorkingCalendar(input.holidays) ? input.holidays : WEEKENDS_ONLY;
  if (calendar !== input.holidays) warn('no_calendar', 'No holiday calendar was given: only Saturdays and Sundays count as non-working days.');
  const receipt = resolveReceipt(input, warnings);
  if (receipt === null) return emptyResult(rule, null, warnings, ['No deadline: the date of receipt is missing or invalid.'], 'No deadline: no valid date of receipt');
  const received = receipt.date;
  const explanation = [receipt.sentence];

  let today: CalendarDate | null = null;
  if (input.today !== undefined) {
    if (isCalendarDate(input.today)) today = input.today;
    else warn('invalid_today', `Today ("${shown(input.today)}") is not a date like 2025-01-31; it was ignored.`);
  }
  if (today !== null && today < received) warn('receipt_after_today', `The request was received on ${formatLongDate(received)}, after today (${formatLongDate(today)}).`);

  const pauses = countPauses(Array.isArray(input.pauses) ? input.pauses : [], received, today);
  warnings.push(...pauses.warnings);
  let pausedDays = pauses.days;
  if (pausedDays > 0 && !rule.pauses.allowed) {
    warn(
      'pause_not_allowed',
      `${pausedDays} paused day${pausedDays === 1 ? ' was' : 's were'} recorded, but this rule allows no pause, so the deadline was not moved. ${rule.pauses.note} Change the rule if the pause is justified.`,
    );
    pausedDays = 0;
  }

  let acknowledgeBy: CalendarDate | undefined;
  const ack = rule.acknowledgement;
  if (ack) {
    const end = periodEnd(received, ack.amount, ack.unit, rule.counting, rule.clampToMonthEnd, calendar);
    acknowledgeBy = rule.rollForward && ack.unit !== 'business_days' ? rollForward(end, calendar) : end;
    explanation.push(`Acknowledge by ${formatLongDate(acknowledgeBy)}: ${amountText(ack.amount, ack.unit)}, ${COUNTINGS[rule.counting]} (${ack.source}).`);
  }

  const verifications: Verification[] = [rule.verification, ...(ack ? [ack.verification] : []), ...(pausedDays > 0 ? [rule.pauses.verification] : [])];
  const period = rule.period;
  if (!isFixedPeriod(period)) {
    explanation.push(`The rule sets no date: ${period.text}.`);
    if (input.extension?.granted) warn('extension_not_allowed', 'The rule sets no date, so an extension changes nothing.');
    const verification = weakestVerification(...verifications);
    const result = emptyResult(rule, received, warnings, explanation, period.text);
    return { ...result, ...(acknowledgeBy ? { acknowledgeBy } : {}), verification, needsLegalReview: VERIFICATIONS[verification].needsLegalReview };
  }

  const addPauses = (end: CalendarDate, what: string): CalendarDate => {
    if (pausedDays === 0) return end;
    const moved = addCalendarDays(end, pausedDays);
    explanation.push(`Paused ${pausedDays} day${pausedDays === 1 ? '' : 's'} (${pauses.described.join('; ')}), added to the end of the ${what}: ${formatLongDate(moved)}.`);
    return moved;
  };

  const baseEnd = periodEnd(received, period.amount, period.unit, rule.counting, rule.clampToMonthEnd, calendar);
  explanation.push(periodSentence(received, period.amount, period.unit, rule.counting, rule.clampToMonthEnd, baseEnd, calendar));
  const originalUnrolled = addPauses(baseEnd, 'period');
  const original = settle(originalUnrolled, rule, calendar, 'due');
  explanation.push(original.sentence);

  let dueOn = original.date;
  let unrolledDueOn = originalUnrolled;
  let extendedDueOn: CalendarDate | undefined;
  let extensionApplied = false;
  let source = rule.source;
  if (input.extension?.granted) {
    const computed = computeExtension(rule, rule.extension, input.extension, received, baseEnd, calendar, warn);
    if (computed !== null) {
      explanation.push(computed.sentence);
      const extendedUnrolled = addPauses(computed.end, 'extended period');
      const extended = settle(extendedUnrolled, rule, calendar, 'extended due date');
      explanation.push(extended.sentence);
      extendedDueOn = extended.date;
      const notice = input.extension.notifiedOn;
      const late = rule.extension?.noticeWithinOriginal === true && isCalendarDate(notice) && notice > original.date;
      if (late) {
        warn(
          'extension_notice_late',
          `The extension was notified on ${formatLongDate(notice)}, after the original period ended on ${formatLongDate(original.date)}. The law requires the notice within that period, so the original due date stands; ask for legal advice before relying on the extension.`,
        );
        explanation.push(`The notice came after the original period, so the original date stands: due ${formatLongDate(original.date)}.`);
      } else {
        dueOn = extended.date;
        unrolledDueOn = extendedUnrolled;
        extensionApplied = true;
        if (rule.extension && rule.extension.source !== rule.source) source = `${rule.source}; extension: ${rule.extension.source}`;
        if (rule.extension) verifications.push(rule.extension.verification);
      }
    }
  }

  const verification = weakestVerification(...verifications);
  return {
    receivedOn: received,
    ...(acknowledgeBy ? { acknowledgeBy } : {}),
    dueOn,
    dueText: `Due ${formatLongDate(dueOn)}`,
    originalDueOn: original.date,
    ...(extendedDueOn ? { extendedDueOn } : {}),
    extensionApplied,
    unrolledDueOn,
    pausedDays,
    ...(today !== null ? { daysLeft: daysBetween(today, dueOn) } : {}),
    warnings,
    explanation,
    convention: rule.convention,
    source,
    verification,
    needsLegalReview: VERIFICATIONS[verification].needsLegalReview,
  };
}

/** The unrolled end of the extended period without pauses, or null (with a warning) when none applies. */
function computeExtension(
  rule: DeadlineRule,
  extension: Extension | null,
  input: ExtensionInput,
  received: CalendarDate,
  baseEnd: CalendarDate,
  calendar: WorkingCalendar,
  warn: (code: DeadlineWarningCode, message: string) => void,
): { end: CalendarDate; sentence: string } | null {
  if (extension === null) {
    warn('extension_not_allowed', 'An extension was recorded, but this rule allows none; it was not applied.');
    return null;
  }
  if (typeof input.reason !== 'string' || input.reason.trim() === '') {
    warn('extension_reason_missing', `The extension has no reason. The person must be told why more time is needed (${extension.source}).`);
  }
  const notice = input.notifiedOn;
  if (!isCalendarDate(notice)) {
    if (extension.noticeWithinOriginal) warn('extension_notice_missing', 'The day the person was told of the extension is not recorded; the notice must go out within the original period.');
  } else if (notice < received) {
    warn('extension_notice_before_receipt', `The extension notice (${formatLongDate(notice)}) is dated before the request was received (${formatLongDate(received)}); check the dates.`);
  }
  const reason = typeof input.reason === 'string' && input.reason.trim() ? ` (reason: ${input.reason.trim()})` : '';
  if (extension.amount === null) {
    const until = input.until;
    if (!isCalendarDate(until)) {
      warn('extension_date_missing', 'This extension lasts as long as the notice says: enter the date stated in the notice. It was not applied.');
      return null;
    }
    if (until < baseEnd) {
      warn('extension_too_short', `The date stated in the notice (${formatLongDate(until)}) is before the end of the original period; it was not applied.`);
      return null;
    }
    return { end: until, sentence: `Extension granted${reason}, to the date stated in the notice: ${formatLongDate(until)}.` };
  }
  if (extension.from === 'start' && extension.unit === (rule.period as { unit: PeriodUnit }).unit) {
    const total = (rule.period as { amount: number }).amount + extension.amount;
    const end = periodEnd(received, total, extension.unit, rule.counting, rule.clampToMonthEnd, calendar);
    const counted = periodSentence(received, total, extension.unit, rule.counting, rule.clampToMonthEnd, end, calendar);
    return { end, sentence: `Extension of ${amountText(extension.amount, extension.unit)} granted${reason}, counted from receipt: ${counted}` };
  }
  const end = periodEnd(baseEnd, extension.amount, extension.unit, 'receipt_excluded', rule.clampToMonthEnd, calendar);
  return { end, sentence: `Extension of ${amountText(extension.amount, extension.unit)} granted${reason}, added to the end of the original period (${formatLongDate(baseEnd)}): ${formatLongDate(end)}.` };
}

/** A value as text for a message; never throws, even on an object whose toString is broken. */
function shown(value: unknown): string {
  try {
    return String(value);
  } catch {
    return `(${typeof value})`;
  }
}
