import { AppError } from '../../contract/errors';
import { closedByMonth, type DaysCount, daysToClose, daysToRespond, openSummary, outcomesByType, receivedGroups, typesReceived } from '../../db/requests/backlog';
import { allRequestRows, listRequests, type RequestListQuery } from '../../db/requests/list';
import type { Db } from '../../db/sqlite';
import { isCalendarDate } from '../../domain/deadlines/calendar';
import type { RegimeId } from '../../domain/deadlines/regimes';
import { REQUEST_TYPES, type RequestType } from '../../domain/deadlines/rules';
import { defaultPeriod, histogramSummary, monthsOf, REQUEST_CSV_HEADER, requestCsvRow } from '../../domain/requests/backlog';
import type { RequestRow } from '../../domain/requests/records';
import { CLOSED_STATUSES, REQUEST_STATUSES, type RequestStatus } from '../../domain/requests/vocabulary';
import { recordEvent } from '../audit';
import { csvBytes } from '../spreadsheet/write-file';
import type { Answer, RequestContext } from './context';

/** How many rows the reminders and the dashboard's overdue list carry; the list's due filter gives them all. */
export const REMINDER_ROWS = 100;
const OVERDUE_ROWS = 20;

/** The types the CCPA metrics always list (Regs § 7102(a)): know, delete, correct, opt out, limit. */
const CCPA_METRIC_TYPES: readonly RequestType[] = ['access', 'erasure', 'rectification', 'opt_out_sale_sharing', 'limit_sensitive'];

const TYPE_ORDER = Object.keys(REQUEST_TYPES) as RequestType[];
const byTypeOrder = <T extends { type: RequestType }>(rows: T[]) => rows.sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
/** Per type, the count, median and mean of a days histogram. */
function daysPerType(rows: readonly DaysCount[]): Map<RequestType, { count: number; medianDays: number | null; meanDays: number | null }> {
  const byType = new Map<RequestType, [number, number][]>();
  for (const row of rows) byType.set(row.type, [...(byType.get(row.type) ?? []), [row.days, row.count]]);
  return new Map([...byType].map(([type, entries]) => {
    const { count, median, mean } = histogramSummary(entries);
    return [type, { count, medianDays: median, meanDays: mean }];
  }));
}
const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

function openRows(db: Db, today: string, due: 'overdue' | 'this_week', regimeId: RegimeId | null, limit: number): RequestRow[] {
  const query: RequestListQuery = {
    search: '',
    state: 'open',
    statuses: [],
    types: [],
    regimeId,
    due,
    assignee: null,
    receivedFrom: null,
    receivedTo: null,
    sort: { by: 'dueOn', dir: 'asc' },
    offset: 0,
    limit,
  };
  return listRequests(db, query, today).rows;
}

/** The list, its export and the managers' figures; each runs the daily upkeep first (see housekeeper). */
export function backlogService(ctx: RequestContext, upkeep: () => void) {
  const { store } = ctx;
  const read = <T>(work: (db: Db, today: string) => T): T => {
    upkeep();
    return store.read((db) => work(db, ctx.rules(db).today));
  };

  const list: Answer<'requests.list'> = (query) => read((db, today) => listRequests(db, query, today));

  const exportCsv: Answer<'requests.exportCsv'> = (filter) =>
    read((db, today) => {
      const rows = allRequestRows(db, filter, today);
      const bytes = csvBytes({ sheet: 'Requests', header: REQUEST_CSV_HEADER, rows: rows.map(requestCsvRow) });
      const fileName = `requests-${today}.csv`;
      recordEvent(store, { kind: 'export', label: 'Requests (CSV)', details: { export: 'requests', filter, rows: rows.length, fileName } });
      return { fileName, contentBase64: bytes.toString('base64'), mimeType: 'text/csv;charset=utf-8' };
    });

  const dashboard: Answer<'requests.dashboard'> = (input) => {
    // The period is checked before the daily upkeep runs, so a refused call writes nothing.
    const period = defaultPeriod(store.read((db) => ctx.rules(db).today));
    const from = input.from ?? period.from;
    const to = input.to ?? period.to;
    if (!isCalendarDate(from) || !isCalendarDate(to) || from > to) {
      throw new AppError('VALIDATION', 'The period must run from a real date to a later (or the same) one.', { from: 'Choose a start on or before the end.' });
    }
    return read((db, today) => {
      const { regimeId } = input;
      const now = openSummary(db, today, regimeId);
      const groups = receivedGroups(db, from, to, regimeId);
      const byStatus = new Map<RequestStatus, number>();
      const byRegime = new Map<RegimeId | null, { open: number; closed: number }>();
      const received = new Map<string, number>();
      for (const g of groups) {
        byStatus.set(g.status, (byStatus.get(g.status) ?? 0) + g.count);
        const regime = byRegime.get(g.regimeId) ?? { open: 0, closed: 0 };
        if (CLOSED_STATUSES.includes(g.status)) regime.closed += g.count;
        else regime.open += g.count;
        byRegime.set(g.regimeId, regime);
        received.set(g.month, (received.get(g.month) ?? 0) + g.count);
      }
      const closed = new Map(closedByMonth(db, from, to, regimeId).map((m) => [m.month, m.count]));
      const types = byTypeOrder(typesReceived(db, from, to, regimeId));
      const days = daysPerType(daysToClose(db, from, to, regimeId));
      const medianTypes = TYPE_ORDER.filter((type) => days.has(type) || types.some((t) => t.type === type));
      return {
        from,
        to,
        regimeId,
        open: now.open,
        overdue: now.overdue,
        dueThisWeek: now.dueThisWeek,
        byStatus: (Object.keys(REQUEST_STATUSES) as RequestStatus[]).map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
        byType: types,
        byRegime: [...byRegime].map(([id, counts]) => ({ regimeId: id, ...counts })).sort((a, b) => (a.regimeId ?? '~').localeCompare(b.regimeId ?? '~')),
        ageing: now.ageing,
        throughput: monthsOf(from, to).map((month) => ({ month, received: received.get(month) ?? 0, closed: closed.get(month) ?? 0 })),
        medianDaysToClose: medianTypes.map((type) => ({ type, closed: days.get(type)?.count ?? 0, medianDays: oneDecimal(days.get(type)?.medianDays ?? null) })),
        overdueList: openRows(db, today, 'overdue', regimeId, OVERDUE_ROWS),
      };
    });
  };

  const metrics: Answer<'requests.metrics'> = ({ year }) =>
    read((db) => {
      const from = `${year}-01-01`;
      const to = `${year}-12-31`;
      const outcomes = new Map(outcomesByType(db, from, to).map((o) => [o.type, o]));
      const days = daysPerType(daysToRespond(db, from, to));
      const types = TYPE_ORDER.filter((type) => CCPA_METRIC_TYPES.includes(type) || outcomes.has(type));
      return {
        year,
        rows: types.map((type) => {
          const o = outcomes.get(type);
          const d = days.get(type);
          return {
            type,
            received: o?.received ?? 0,
            compliedInWhole: o?.completed ?? 0,
            compliedInPart: o?.partiallyCompleted ?? 0,
            denied: o?.denied ?? 0,
            medianDays: oneDecimal(d?.medianDays ?? null),
            meanDays: oneDecimal(d?.meanDays ?? null),
          };
        }),
      };
    });

  const reminders: Answer<'requests.reminders'> = () =>
    read((db, today) => {
      const counts = openSummary(db, today, null);
      return {
        overdue: openRows(db, today, 'overdue', null, REMINDER_ROWS),
        dueSoon: openRows(db, today, 'this_week', null, REMINDER_ROWS),
        overdueCount: counts.overdue,
        dueSoonCount: counts.dueThisWeek,
      };
    });

  return { list, exportCsv, dashboard, metrics, reminders };
}
