import type { z } from 'zod';
import type { requestListQuery } from '../../contract/requests';
import type { Page } from '../../contract/inventory';
import { type CalendarDate, daysBetween } from '../../domain/deadlines/calendar';
import type { RegimeId } from '../../domain/deadlines/regimes';
import type { RequestType } from '../../domain/deadlines/rules';
import { dueRange } from '../../domain/requests/backlog';
import type { RequestRow } from '../../domain/requests/records';
import { REQUEST_STATUSES, type RequestChannel, type RequestStatus } from '../../domain/requests/vocabulary';
import { idsFirstPage } from '../inventory/list';
import type { Db } from '../sqlite';
import { fold, prepared } from '../statements';

export type RequestListQuery = z.output<typeof requestListQuery>;
/** The list's filters and sort, without paging: what an export or a summary takes. */
export type RequestFilter = Omit<RequestListQuery, 'offset' | 'limit'>;

const COLUMNS = `r.id, r.reference, r.types, r.regime_id AS regimeId, r.status, r.channel, r.received_on AS receivedOn, r.due_on AS dueOn,
  r.assignee, (SELECT count(*) FROM request_task t WHERE t.request_id = r.id AND t.done_at IS NULL) AS openTasks,
  r.closed_on AS closedOn, r.anonymised_at IS NOT NULL AS anonymised`;

type RowRaw = Omit<RequestRow, 'types' | 'daysLeft' | 'anonymised'> & { types: string; anonymised: number };

/** Statuses in workflow order, for sorting by status. */
const STATUS_ORDER = `CASE r.status ${Object.keys(REQUEST_STATUSES)
  .map((status, i) => `WHEN '${status}' THEN ${i}`)
  .join(' ')} END`;

/** Each sort as SQL, per direction; a request without a due date comes last either way. */
const SORTS: Readonly<Record<RequestListQuery['sort']['by'], { asc: string; desc: string }>> = {
  dueOn: { asc: 'r.due_key ASC, r.id ASC', desc: 'r.due_on IS NULL ASC, r.due_key DESC, r.id DESC' },
  receivedOn: { asc: 'r.received_on ASC, r.id ASC', desc: 'r.received_on DESC, r.id DESC' },
  reference: { asc: 'r.reference ASC', desc: 'r.reference DESC' },
  status: { asc: `${STATUS_ORDER} ASC, r.due_key ASC, r.id ASC`, desc: `${STATUS_ORDER} DESC, r.due_key ASC, r.id ASC` },
};

/**
 * The WHERE clause of a filter, from fixed fragments; every value is bound. The due filters
 * count from `today` and keep open requests only (a closed request is neither overdue nor due).
 *
 * Which index answers is chosen here, not left to the planner (the workspace keeps no
 * statistics): open requests are few, so for them the partial index request_open leads (`from`
 * names it), in due order and holding what the filters and the search read; over all requests,
 * the regime, status, assignee and receipt conditions use their own indexes, and the search reads
 * request_search alone, never the whole rows.
 */
function where(filter: RequestFilter, today: CalendarDate): { from: string; sql: string; params: (string | number)[] } {
  const conditions: string[] = [];
  const params: (string | number)[] = [];
  const add = (condition: string, ...values: (string | number)[]) => {
    conditions.push(condition);
    params.push(...values);
  };
  const due = dueRange(filter.due, today);
  const open = filter.state === 'open' || due !== null;
  if (open) add('r.closed_on IS NULL');
  else if (filter.state === 'closed') add('r.closed_on IS NOT NULL');
  // due_key is due_on, or 9999-12-31 for none: the same comparisons, read from the index.
  if (due !== null) {
    if (due.from !== null) add('r.due_key >= ?', due.from);
    add('r.due_key < ?', due.before);
  }
  if (filter.statuses.length > 0) add('r.status IN (SELECT value FROM json_each(?))', JSON.stringify(filter.statuses));
  if (filter.types.length > 0) {
    add('EXISTS (SELECT 1 FROM request_type t WHERE t.request_id = r.id AND t.type IN (SELECT value FROM json_each(?)))', JSON.stringify(filter.types));
  }
  if (filter.regimeId !== null) add('r.regime_id = ?', filter.regimeId);
  if (filter.assignee !== null) add('r.assignee = ?', filter.assignee);
  if (filter.receivedFrom !== null) add('r.received_on >= ?', filter.receivedFrom);
  if (filter.receivedTo !== null) add('r.received_on <= ?', filter.receivedTo);
  const needle = fold(filter.search.trim());
  if (needle !== '') {
    if (open) add('instr(r.search_text, ?) > 0', needle);
    else add('r.id IN (SELECT s.id FROM request s INDEXED BY request_search WHERE instr(s.search_text, ?) > 0)', needle);
  }
  return { from: open ? 'request r INDEXED BY request_open' : 'request r', sql: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

function toRow(raw: RowRaw, today: CalendarDate): RequestRow {
  return {
    ...raw,
    types: JSON.parse(raw.types) as RequestType[],
    regimeId: raw.regimeId as RegimeId | null,
    status: raw.status as RequestStatus,
    channel: raw.channel as RequestChannel,
    daysLeft: raw.closedOn === null && raw.dueOn !== null ? daysBetween(today, raw.dueOn) : null,
    anonymised: raw.anonymised === 1,
  };
}

/** One page of the request list and the number of matching requests. */
export function listRequests(db: Db, query: RequestListQuery, today: CalendarDate): Page<RequestRow> {
  const { from, sql, params } = where(query, today);
  const total = (prepared(db, `SELECT count(*) AS total FROM ${from} ${sql}`).get(...params) as { total: number }).total;
  const orderSql = `ORDER BY ${SORTS[query.sort.by][query.sort.dir]}`;
  const page = { columns: COLUMNS, from: 'request r', idsFrom: from, alias: 'r', whereSql: sql, orderSql, params, limit: query.limit, offset: query.offset };
  return { rows: idsFirstPage<RowRaw>(db, page).map((raw) => toRow(raw, today)), total };
}

/** Every matching row, in the list's order: for the CSV export. */
export function allRequestRows(db: Db, filter: RequestFilter, today: CalendarDate): RequestRow[] {
  const { from, sql, params } = where(filter, today);
  const raws = prepared(db, `SELECT ${COLUMNS} FROM ${from} ${sql} ORDER BY ${SORTS[filter.sort.by][filter.sort.dir]}`).all(...params) as RowRaw[];
  return raws.map((raw) => toRow(raw, today));
}

/** The SQL of a list query, for EXPLAIN QUERY PLAN in the tests. */
export function listSql(query: RequestListQuery, today: CalendarDate): { count: string; ids: string; params: (string | number)[] } {
  const { from, sql, params } = where(query, today);
  return {
    count: `SELECT count(*) AS total FROM ${from} ${sql}`,
    ids: `SELECT r.id FROM ${from} ${sql} ORDER BY ${SORTS[query.sort.by][query.sort.dir]} LIMIT ${query.limit} OFFSET ${query.offset}`,
    params,
  };
}
