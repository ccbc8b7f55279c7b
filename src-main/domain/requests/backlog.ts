/**
 * The arithmetic of the managers' backlog, pure: the default period, the due windows, the ageing
 * buckets, the months of a period, and the CSV table of a list. The SQL aggregates in
 * db/requests/backlog.ts take their boundaries from here, so the two never disagree.
 */
import { addCalendarDays, addMonths, type CalendarDate, dateParts, daysBetween, formatDate } from '../deadlines/calendar';
import { REGIMES, type RegimeId } from '../deadlines/regimes';
import { REQUEST_TYPES, type RequestType } from '../deadlines/rules';
import { EEA } from '../countries';
import type { RequestRow } from './records';
import { REQUEST_CHANNELS, REQUEST_STATUSES, type RequestStatus } from './vocabulary';

/**
 * The managers' figures. Two kinds: the backlog now (open, overdue, dueThisWeek, ageing,
 * overdueList: every open request, whenever received) and the period's (byStatus, byType,
 * byRegime: requests received in the period, by their status now; throughput: received and
 * closed per month; medianDaysToClose: requests closed in the period). The regime, when given,
 * narrows both kinds.
 */
export interface RequestDashboard {
  /** The period and regime the figures cover; by default the twelve whole months up to today. */
  from: CalendarDate;
  to: CalendarDate;
  regimeId: RegimeId | null;
  open: number;
  /** Open, due before today. */
  overdue: number;
  /** Open, due today or in the next six days. */
  dueThisWeek: number;
  byStatus: { status: RequestStatus; count: number }[];
  byType: { type: RequestType; open: number; closed: number }[];
  byRegime: { regimeId: RegimeId | null; open: number; closed: number }[];
  /** Open requests by days since receipt. */
  ageing: { bucket: string; count: number }[];
  /** Per month of the period: received and closed. */
  throughput: { month: string; received: number; closed: number }[];
  /** From receipt to closing, in days; the median of an even count is the mean of the two middle ones. */
  medianDaysToClose: { type: RequestType; closed: number; medianDays: number | null }[];
  /** The 20 most overdue. */
  overdueList: RequestRow[];
}

/**
 * CCPA Regs § 7102: per request type, the requests received in one calendar year, how many of them
 * were complied with in whole or in part or denied, and the days from receipt to that answer (a
 * withdrawn or open request has none). The five CCPA types are always listed, others when received.
 */
export interface RequestMetrics {
  year: number;
  rows: { type: RequestType; received: number; compliedInWhole: number; compliedInPart: number; denied: number; medianDays: number | null; meanDays: number | null }[];
}

/** "Due this week" and the reminders' "due soon": due today or on one of the next six days. */
export const DUE_SOON_DAYS = 7;
/** The list's "next 30 days": today and the 29 days after. */
export const DUE_MONTH_DAYS = 30;

export type DueFilter = 'any' | 'overdue' | 'this_week' | 'next_30_days';

/** The due dates a due filter keeps, as a half-open range [from, before) of open requests; null for 'any'. */
export function dueRange(filter: DueFilter, today: CalendarDate): { from: CalendarDate | null; before: CalendarDate } | null {
  switch (filter) {
    case 'any':
      return null;
    case 'overdue':
      return { from: null, before: today };
    case 'this_week':
      return { from: today, before: addCalendarDays(today, DUE_SOON_DAYS) };
    case 'next_30_days':
      return { from: today, before: addCalendarDays(today, DUE_MONTH_DAYS) };
  }
}

/** Open requests by days since receipt; the last bucket has no upper bound. */
export const AGEING_BUCKETS: readonly { label: string; min: number; max: number | null }[] = [
  { label: '0–7 days', min: 0, max: 7 },
  { label: '8–14 days', min: 8, max: 14 },
  { label: '15–30 days', min: 15, max: 30 },
  { label: '31–45 days', min: 31, max: 45 },
  { label: '46–90 days', min: 46, max: 90 },
  { label: 'Over 90 days', min: 91, max: null },
];

/** Each bucket as the received dates it holds on `today`: received on or before `to`, after `after` (null: no lower bound). */
export function ageingRanges(today: CalendarDate): { label: string; receivedAfter: CalendarDate | null; receivedTo: CalendarDate }[] {
  return AGEING_BUCKETS.map((bucket) => ({
    label: bucket.label,
    receivedTo: addCalendarDays(today, -bucket.min),
    receivedAfter: bucket.max === null ? null : addCalendarDays(today, -bucket.max - 1),
  }));
}

/** Days since receipt, the bucket's label: for tests and for a single request. */
export function ageingBucket(receivedOn: CalendarDate, today: CalendarDate): string {
  const age = Math.max(0, daysBetween(receivedOn, today));
  return AGEING_BUCKETS.find((bucket) => age >= bucket.min && (bucket.max === null || age <= bucket.max))!.label;
}

/** The dashboard's default period: the twelve whole months up to and including today's month. */
export function defaultPeriod(today: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  const { year, month } = dateParts(addMonths(today, -11));
  return { from: formatDate({ year, month, day: 1 }), to: today };
}

/** 'YYYY-MM' of every month the period touches, in order. */
export function monthsOf(from: CalendarDate, to: CalendarDate): string[] {
  const months: string[] = [];
  if (from > to) return months;
  let { year, month } = dateParts(from);
  const end = to.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= end) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * The number of values, their median (the middle one, or the mean of the two middle ones) and mean,
 * from a histogram of whole numbers: [value, how many times]. Null figures for no values.
 */
export function histogramSummary(entries: readonly (readonly [value: number, count: number])[]): { count: number; median: number | null; mean: number | null } {
  const sorted = [...entries].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const count = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (count === 0) return { count, median: null, mean: null };
  const at = (rank: number) => {
    let seen = 0;
    for (const [value, n] of sorted) {
      seen += n;
      if (rank < seen) return value;
    }
    return sorted.at(-1)![0];
  };
  const median = (at(Math.floor((count - 1) / 2)) + at(Math.floor(count / 2))) / 2;
  const mean = sorted.reduce((sum, [value, n]) => sum + value * n, 0) / count;
  return { count, median, mean };
}

/** 'REQ-2026-00042': the year of receipt and the number within it, at least five digits. */
export function formatReference(year: number, sequence: number): string {
  return `REQ-${year}-${String(sequence).padStart(5, '0')}`;
}

/** The EEA states outside the Union: they apply the GDPR, but are no member state. */
const EEA_ONLY = new Set(['IS', 'LI', 'NO']);

/** GDPR deadlines count the holidays of the member state where the organisation acts: the first EU member state among its jurisdictions, else Germany. */
export function defaultEstablishment(jurisdictions: readonly string[]): string {
  for (const code of jurisdictions) {
    const country = code.trim().toUpperCase().slice(0, 2);
    if (EEA.has(country) && !EEA_ONLY.has(country)) return country;
  }
  return 'DE';
}

const REGIME_NAMES = new Map<RegimeId, string>(REGIMES.map((regime) => [regime.id, regime.name]));

export const REQUEST_CSV_HEADER = [
  'Reference',
  'Request types',
  'Regime',
  'Status',
  'Channel',
  'Received on',
  'Due on',
  'Days left',
  'Assignee',
  'Open tasks',
  'Closed on',
  'Anonymised',
];

/** A list row as CSV cells: labels, not codes; no requester details (the list has none). */
export function requestCsvRow(row: RequestRow): string[] {
  return [
    row.reference,
    row.types.map((type) => REQUEST_TYPES[type]).join('; '),
    row.regimeId === null ? '' : (REGIME_NAMES.get(row.regimeId) ?? row.regimeId),
    REQUEST_STATUSES[row.status],
    REQUEST_CHANNELS[row.channel],
    row.receivedOn,
    row.dueOn ?? '',
    row.daysLeft === null ? '' : String(row.daysLeft),
    row.assignee,
    String(row.openTasks),
    row.closedOn ?? '',
    row.anonymised ? 'yes' : 'no',
  ];
}
