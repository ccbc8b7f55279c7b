/**
 * Calendar arithmetic on calendar dates. A statutory deadline is a day on the calendar of the
 * place where the organisation acts, never an instant: every function here works on 'YYYY-MM-DD'
 * strings through a day number (days since 1970-01-01), so no result depends on the machine's
 * time zone or on daylight saving. Only `calendarDateIn` looks at an instant, and it is told the
 * time zone.
 */

/** A calendar date 'YYYY-MM-DD' (years 1000 to 9999), e.g. '2025-01-31'. Not an instant. */
export type CalendarDate = string;

/** 0 Sunday, 1 Monday, … 6 Saturday: the numbering of Date.prototype.getUTCDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * Which days are not working days: the weekend and the holidays of one jurisdiction.
 * holidays.ts builds these from a calendar's rules; `WEEKENDS_ONLY` knows no holidays.
 */
export interface WorkingCalendar {
  /** The weekdays that are never working days, usually [6, 0] (Saturday and Sunday). */
  readonly weekend: readonly Weekday[];
  /** The name of the holiday on `date`, or null when the date is no holiday. */
  holidayOn(date: CalendarDate): string | null;
}

export const WEEKENDS_ONLY: WorkingCalendar = { weekend: [6, 0], holidayOn: () => null };

/** The shape the arithmetic reads: four-digit years, and five for a sum that runs past 9999. */
const DATE_SHAPE = /^(\d{4,5})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  /** 1 to 12 */
  month: number;
  /** 1 to 31 */
  day: number;
}

function parse(value: string): DateParts | null {
  const match = DATE_SHAPE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** True for a real date such as '2024-02-29'; false for '2025-02-29', '2025-1-5' or '0999-01-01'. */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  const parts = parse(value);
  return parts !== null && parts.year >= 1000;
}

/**
 * The parts of a date; throws a RangeError for anything that is not one. Arithmetic also reads the
 * dates it makes itself beyond the range `isCalendarDate` accepts as input (0999-12-31, 10000-01-01),
 * so that a computation near the edges never throws.
 */
export function dateParts(date: CalendarDate): DateParts {
  const parts = typeof date === 'string' ? parse(date) : null;
  if (parts === null) throw new RangeError(`Expected a calendar date like 2025-01-31, got "${String(date)}".`);
  return parts;
}

/** 'YYYY-MM-DD' from its parts; the day must exist in that month. */
export function formatDate({ year, month, day }: DateParts): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil):
 * integer arithmetic only, so no Date object and no time zone is involved.
 */
export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of `toDayNumber` (H. Hinnant's civil_from_days). */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatDate({ year, month, day });
}

/** The day of the week, 0 Sunday … 6 Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(date: CalendarDate): Weekday {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7 as Weekday;
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** `to` minus `from` in days: daysBetween('2025-01-31', '2025-02-28') is 28. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** -1, 0 or 1; 'YYYY-MM-DD' strings of four-digit years compare as text. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The same day `months` months later (or earlier, when negative); where that month is shorter,
 * its last day: 2025-01-31 + 1 month = 2025-02-28, 2024-01-31 + 1 month = 2024-02-29
 * (Reg. 1182/71 Art. 3(2)(c)).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = dateParts(date);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12 + 1;
  return formatDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** Why `date` is not a working day ('Saturday', 'Easter Monday'), or null when it is one. */
export function nonWorkingReason(date: CalendarDate, calendar: WorkingCalendar): string | null {
  const holiday = calendar.holidayOn(date);
  if (holiday !== null) return holiday;
  const weekday = weekdayOf(date);
  return calendar.weekend.includes(weekday) ? WEEKDAY_NAMES[weekday] : null;
}

export function isWorkingDay(date: CalendarDate, calendar: WorkingCalendar): boolean {
  return nonWorkingReason(date, calendar) === null;
}

/** A calendar with no working day at all would make the searches below endless; this caps them. */
const MAX_SEARCH_DAYS = 366;

/**
 * The first working day on or after `date`: a deadline ending on a Saturday, Sunday or public
 * holiday ends on the next working day (Reg. 1182/71 Art. 3(4)). A calendar without a single
 * working day within a year gives `date` back unchanged.
 */
export function rollForward(date: CalendarDate, calendar: WorkingCalendar): CalendarDate {
  let day = toDayNumber(date);
  for (let step = 0; step < MAX_SEARCH_DAYS; step += 1, day += 1) {
    const candidate = fromDayNumber(day);
    if (isWorkingDay(candidate, calendar)) return candidate;
  }
  return date;
}

/**
 * The day on which the `days`-th working day after `date` falls, `date` itself not counted;
 * weekends and the calendar's holidays are skipped. A negative count goes back in time the same
 * way; 0 gives `date` unchanged. Each working day between `date` (excluded) and the result
 * (included) counts once, so the result is always a working day when `days` is not 0.
 */
export function addBusinessDays(date: CalendarDate, days: number, calendar: WorkingCalendar): CalendarDate {
  const step = days < 0 ? -1 : 1;
  let remaining = Math.abs(Math.trunc(days));
  let day = toDayNumber(date);
  let idle = 0;
  while (remaining > 0 && idle < MAX_SEARCH_DAYS) {
    day += step;
    if (isWorkingDay(fromDayNumber(day), calendar)) {
      remaining -= 1;
      idle = 0;
    } else {
      idle += 1;
    }
  }
  return fromDayNumber(day);
}

/** The working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function countBusinessDays(from: CalendarDate, to: CalendarDate, calendar: WorkingCalendar): number {
  let count = 0;
  for (let day = toDayNumber(from) + 1, end = toDayNumber(to); day <= end; day += 1) {
    if (isWorkingDay(fromDayNumber(day), calendar)) count += 1;
  }
  return count;
}

/** The holidays (not weekends) strictly after `from` up to and including `to`, for explanations. */
export function holidaysBetween(from: CalendarDate, to: CalendarDate, calendar: WorkingCalendar): { date: CalendarDate; name: string }[] {
  const found: { date: CalendarDate; name: string }[] = [];
  for (let day = toDayNumber(from) + 1, end = toDayNumber(to); day <= end; day += 1) {
    const date = fromDayNumber(day);
    const name = calendar.holidayOn(date);
    if (name !== null) found.push({ date, name });
  }
  return found;
}

/** "Friday 31 January 2025": English names, independent of the machine's locale. */
export function formatLongDate(date: CalendarDate): string {
  const { year, month, day } = dateParts(date);
  return `${WEEKDAY_NAMES[weekdayOf(date)]} ${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** An ISO timestamp that names its offset: '2025-03-08T07:30:00Z', '2025-03-07T23:30-08:00'. */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory', numberingSystem: 'latn' });
    } catch {
      return null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for an IANA time zone the runtime knows, e.g. 'Europe/Berlin', 'America/Los_Angeles', 'UTC'. */
export function isTimeZone(timeZone: unknown): timeZone is string {
  return typeof timeZone === 'string' && timeZone.trim() !== '' && dateFormatter(timeZone) !== null;
}

/**
 * The calendar date an instant falls on in `timeZone`: '2025-03-08T07:30:00Z' in
 * America/Los_Angeles is '2025-03-07' (Friday 23:30 there). The instant must name its offset
 * ('Z' or '+01:00'), so that the machine's own zone never enters; null for an instant without
 * one, an impossible instant, or an unknown time zone.
 */
export function calendarDateIn(instant: string, timeZone: string): CalendarDate | null {
  const match = typeof instant === 'string' ? INSTANT.exec(instant.trim()) : null;
  // Date.parse would quietly turn 30 February into 2 March: the date part must exist.
  if (!match || !isCalendarDate(match[1])) return null;
  const time = Date.parse(instant.trim());
  const formatter = dateFormatter(timeZone);
  if (Number.isNaN(time) || formatter === null) return null;
  const parts = formatter.formatToParts(new Date(time));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const date = formatDate({ year: part('year'), month: part('month'), day: part('day') });
  return isCalendarDate(date) ? date : null;
}
