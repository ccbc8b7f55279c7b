/**
 * The managers' figures as SQL aggregates: each query groups inside SQLite and returns a few dozen
 * rows, whatever the number of requests; the indexes on (received_on, status, regime_id, closed_on)
 * and (closed_on, received_on, regime_id) cover the period scans, the partial index of open
 * requests the backlog figures.
 */
import type { CalendarDate } from '../../domain/deadlines/calendar';
import type { RegimeId } from '../../domain/deadlines/regimes';
import type { RequestType } from '../../domain/deadlines/rules';
import { ageingRanges, dueRange } from '../../domain/requests/backlog';
import type { RequestStatus } from '../../domain/requests/vocabulary';
import type { Db } from '../sqlite';
import { prepared } from '../statements';

/**
 * The regime condition and its value, when a regime is chosen. The unary `+` keeps it off the
 * regime index: the period (or the open requests) lead, read from an index that covers the regime.
 */
function regimeFilter(regimeId: RegimeId | null, alias: string): { sql: string; params: string[] } {
  return regimeId === null ? { sql: '', params: [] } : { sql: ` AND +${alias}.regime_id = ?`, params: [regimeId] };
}

export interface OpenSummary {
  open: number;
  overdue: number;
  dueThisWeek: number;
  ageing: { bucket: string; count: number }[];
}

/** The open requests now: how many, overdue, due in the coming week, and by days since receipt. */
export function openSummary(db: Db, today: CalendarDate, regimeId: RegimeId | null): OpenSummary {
  const regime = regimeFilter(regimeId, 'r');
  const soon = dueRange('this_week', today)!;
  const buckets = ageingRanges(today);
  const ageing = buckets.map((b, i) => `coalesce(sum(r.received_on <= ?${b.receivedAfter === null ? '' : ' AND r.received_on > ?'}), 0) AS b${i}`);
  const ageingParams = buckets.flatMap((b) => (b.receivedAfter === null ? [b.receivedTo] : [b.receivedTo, b.receivedAfter]));
  // due_key is due_on, or 9999-12-31 for none: the same comparisons, read from the index.
  const row = prepared(
    db,
    `SELECT count(*) AS open, coalesce(sum(r.due_key < ?), 0) AS overdue, coalesce(sum(r.due_key >= ? AND r.due_key < ?), 0) AS dueThisWeek, ${ageing.join(', ')}
       FROM request r WHERE r.closed_on IS NULL${regime.sql}`,
  ).get(today, soon.from!, soon.before, ...ageingParams, ...regime.params) as Record<string, number>;
  return {
    open: row.open ?? 0,
    overdue: row.overdue ?? 0,
    dueThisWeek: row.dueThisWeek ?? 0,
    ageing: buckets.map((b, i) => ({ bucket: b.label, count: row[`b${i}`] ?? 0 })),
  };
}

export interface ReceivedGroup {
  month: string;
  status: RequestStatus;
  regimeId: RegimeId | null;
  count: number;
}

/** Requests received in the period, counted by month of receipt, status and regime: one grouping for three figures. */
export function receivedGroups(db: Db, from: CalendarDate, to: CalendarDate, regimeId: RegimeId | null): ReceivedGroup[] {
  const regime = regimeFilter(regimeId, 'r');
  return prepared(
    db,
    `SELECT substr(r.received_on, 1, 7) AS month, r.status, r.regime_id AS regimeId, count(*) AS count
       FROM request r WHERE r.received_on >= ? AND r.received_on <= ?${regime.sql}
      GROUP BY month, r.status, r.regime_id`,
  ).all(from, to, ...regime.params) as ReceivedGroup[];
}

/** Requests closed in the period, by month of closing. */
export function closedByMonth(db: Db, from: CalendarDate, to: CalendarDate, regimeId: RegimeId | null): { month: string; count: number }[] {
  const regime = regimeFilter(regimeId, 'r');
  return prepared(
    db,
    `SELECT substr(r.closed_on, 1, 7) AS month, count(*) AS count FROM request r
      WHERE r.closed_on >= ? AND r.closed_on <= ?${regime.sql} GROUP BY month`,
  ).all(from, to, ...regime.params) as { month: string; count: number }[];
}

/** Requests received in the period, per requested type: still open, and closed. */
export function typesReceived(db: Db, from: CalendarDate, to: CalendarDate, regimeId: RegimeId | null): { type: RequestType; open: number; closed: number }[] {
  const regime = regimeFilter(regimeId, 'r');
  return prepared(
    db,
    `SELECT t.type, coalesce(sum(r.closed_on IS NULL), 0) AS open, coalesce(sum(r.closed_on IS NOT NULL), 0) AS closed
       FROM request r JOIN request_type t ON t.request_id = r.id
      WHERE r.received_on >= ? AND r.received_on <= ?${regime.sql} GROUP BY t.type`,
  ).all(from, to, ...regime.params) as { type: RequestType; open: number; closed: number }[];
}

/** How many requests of a type took so many days from receipt to closing. */
export interface DaysCount {
  type: RequestType;
  days: number;
  count: number;
}

/**
 * Days from receipt to closing per requested type, of the requests `scope` selects, as a histogram
 * (one row per type and number of days: a few hundred rows at most, whatever the number of
 * requests), from which the median and the mean follow exactly (domain/requests/backlog.ts).
 */
function daysHistogram(db: Db, scope: string, params: readonly string[]): DaysCount[] {
  return prepared(
    db,
    `SELECT t.type, CAST(julianday(r.closed_on) - julianday(r.received_on) AS INTEGER) AS days, count(*) AS count
       FROM request r JOIN request_type t ON t.request_id = r.id WHERE ${scope} GROUP BY t.type, days`,
  ).all(...params) as DaysCount[];
}

/** Days to close per type, for requests closed in the period. */
export function daysToClose(db: Db, from: CalendarDate, to: CalendarDate, regimeId: RegimeId | null): DaysCount[] {
  const regime = regimeFilter(regimeId, 'r');
  return daysHistogram(db, `r.closed_on >= ? AND r.closed_on <= ?${regime.sql}`, [from, to, ...regime.params]);
}

export interface OutcomeCounts {
  type: RequestType;
  received: number;
  completed: number;
  partiallyCompleted: number;
  denied: number;
}

/** Per type, the requests received in the period and how many of them were complied with in whole, in part, or denied. */
export function outcomesByType(db: Db, from: CalendarDate, to: CalendarDate): OutcomeCounts[] {
  return prepared(
    db,
    `SELECT t.type, count(*) AS received, coalesce(sum(r.status = 'completed'), 0) AS completed,
            coalesce(sum(r.status = 'partially_completed'), 0) AS partiallyCompleted, coalesce(sum(r.status = 'denied'), 0) AS denied
       FROM request r JOIN request_type t ON t.request_id = r.id
      WHERE r.received_on >= ? AND r.received_on <= ? GROUP BY t.type`,
  ).all(from, to) as OutcomeCounts[];
}

/** Days to a substantive answer (complied with in whole or part, or denied) per type, for requests received in the period. */
export function daysToRespond(db: Db, from: CalendarDate, to: CalendarDate): DaysCount[] {
  return daysHistogram(db, `r.received_on >= ? AND r.received_on <= ? AND +r.status IN ('completed', 'partially_completed', 'denied')`, [from, to]);
}
