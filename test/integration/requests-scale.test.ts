import { beforeAll, describe, expect, it } from 'vitest';
import { type CallInput, REQUEST_STATUSES, requestListQuery, type RequestType } from '../../src-main/contract';
import { listSql, type RequestListQuery } from '../../src-main/db/requests/list';
import { daysBetween } from '../../src-main/domain/deadlines/calendar';
import { ageingBucket, histogramSummary } from '../../src-main/domain/requests/backlog';
import { withAuditTriggersOff } from '../fixtures/audit-triggers-off';
import { fillLargeRequests, type GeneratedRequest } from '../fixtures/large-requests';
import { useInventoryRig } from '../helpers/inventory-rig';

/**
 * 100,000 requests over five years in a real encrypted workspace: the list's filters, sorts,
 * paging and totals, the dashboard and the metrics agree with counts made in JS from what the
 * generator wrote, and the queries use the indexes meant for them. How fast they answer is
 * measured by `npm run bench`, not here.
 */
const COUNT = 100_000;
const TODAY = '2026-11-29';
const rig = useInventoryRig();
let made: GeneratedRequest[] = [];

beforeAll(() => {
  rig().clock.set(`${TODAY}T10:00:00Z`);
  made = withAuditTriggersOff(rig().services.session.db(), () => fillLargeRequests(rig().services, { count: COUNT, today: TODAY, years: 5 }));
}, 180_000);

/** The contract's defaults: open requests by due date, the first 100. */
const BASE: RequestListQuery = requestListQuery.parse({});
const list = (query: Partial<CallInput<'requests.list'>>) => rig().call('requests.list', query);
const open = () => made.filter((m) => m.closedOn === null);
const dueKey = (m: GeneratedRequest) => m.dueOn ?? '9999-12-31';
const byDue = (a: GeneratedRequest, b: GeneratedRequest) => (dueKey(a) < dueKey(b) ? -1 : dueKey(a) > dueKey(b) ? 1 : a.id - b.id);
const count = (predicate: (m: GeneratedRequest) => boolean) => made.filter(predicate).length;
const soon = '2026-12-06';

describe(`a workspace of ${COUNT.toLocaleString('en')} requests`, () => {
  it('lists the open requests by due date, a missing date last, with the right totals and pages', async () => {
    expect(made).toHaveLength(COUNT);
    const expected = open().sort(byDue);
    const first = await list({});
    expect(first.total).toBe(expected.length);
    expect(first.rows.map((r) => r.id)).toEqual(expected.slice(0, 100).map((m) => m.id));
    const second = await list({ offset: 100 });
    const both = await list({ limit: 200 });
    expect([...first.rows, ...second.rows]).toEqual(both.rows);
    const last = await list({ offset: expected.length - 5, limit: 100 });
    expect(last.rows.map((r) => r.id)).toEqual(expected.slice(-5).map((m) => m.id));
    for (const row of first.rows) {
      expect(row.daysLeft).toBe(row.dueOn === null ? null : daysBetween(TODAY, row.dueOn));
      expect(Object.keys(row)).not.toContain('requester');
    }
    expect((await list({ state: 'all', limit: 1 })).total).toBe(COUNT);
    expect((await list({ state: 'closed', limit: 1 })).total).toBe(COUNT - expected.length);
  });

  it('filters by status, regime, type, assignee, receipt and due date, alone and together', async () => {
    const cases: [Partial<CallInput<'requests.list'>>, (m: GeneratedRequest) => boolean][] = [
      [{ statuses: ['in_progress'], regimeId: 'us_ca_ccpa' }, (m) => m.status === 'in_progress' && m.regimeId === 'us_ca_ccpa'],
      [{ state: 'all', statuses: ['denied', 'withdrawn'] }, (m) => m.status === 'denied' || m.status === 'withdrawn'],
      [{ state: 'all', regimeId: 'eu_gdpr' }, (m) => m.regimeId === 'eu_gdpr'],
      [{ state: 'closed', types: ['rectification', 'objection'] }, (m) => m.closedOn !== null && m.types.some((t) => t === 'rectification' || t === 'objection')],
      [{ types: ['erasure'], assignee: 'Ana' }, (m) => m.closedOn === null && m.types.includes('erasure') && m.assignee === 'Ana'],
      [{ state: 'all', assignee: '' }, (m) => m.assignee === ''],
      [{ state: 'all', receivedFrom: '2025-01-01', receivedTo: '2025-03-31' }, (m) => m.receivedOn >= '2025-01-01' && m.receivedOn <= '2025-03-31'],
      [{ due: 'overdue' }, (m) => m.closedOn === null && m.dueOn !== null && m.dueOn < TODAY],
      [{ state: 'all', due: 'this_week' }, (m) => m.closedOn === null && m.dueOn !== null && m.dueOn >= TODAY && m.dueOn < soon],
      [{ due: 'next_30_days', regimeId: 'uk_gdpr' }, (m) => m.closedOn === null && m.regimeId === 'uk_gdpr' && m.dueOn !== null && m.dueOn >= TODAY && m.dueOn < '2026-12-29'],
    ];
    for (const [query, predicate] of cases) {
      const page = await list({ ...query, limit: 1000 });
      expect(page.total, JSON.stringify(query)).toBe(count(predicate));
      expect(page.total, JSON.stringify(query)).toBeGreaterThan(0);
      const expected = made.filter(predicate).sort(byDue).slice(0, 1000);
      expect(page.rows.map((r) => r.id), JSON.stringify(query)).toEqual(expected.map((m) => m.id));
    }
  });

  it('counts every overdue and due-soon request in the reminders, beyond the rows it carries', async () => {
    const reminders = await rig().call('requests.reminders', {});
    const overdue = count((m) => m.closedOn === null && m.dueOn !== null && m.dueOn < TODAY);
    const dueSoon = count((m) => m.closedOn === null && m.dueOn !== null && m.dueOn >= TODAY && m.dueOn < soon);
    expect([reminders.overdueCount, reminders.dueSoonCount]).toEqual([overdue, dueSoon]);
    expect(reminders.overdue.length).toBe(Math.min(overdue, 100));
  });

  it('searches reference, assignee and the requester’s name and e-mail on the server', async () => {
    const target = made.findLast((m) => m.email !== '')!;
    const byEmail = await list({ state: 'all', search: target.email.toUpperCase() });
    expect(byEmail.rows.map((r) => r.id)).toEqual([target.id]);
    expect((await list({ state: 'all', search: target.reference })).rows.map((r) => r.id)).toEqual([target.id]);
    const index = made.length - 1234;
    const names = made.filter((m, i) => m.email !== '' && `requester ${i}`.includes(`requester ${index}`));
    const byName = await list({ state: 'all', search: `Requester ${index}`, limit: 1000 });
    expect(byName.total).toBe(names.length);
    expect(byName.total).toBeGreaterThan(0);
    const openNames = await list({ search: 'requester 9' });
    expect(openNames.total).toBe(made.filter((m, i) => m.closedOn === null && m.email !== '' && `requester ${i}`.includes('requester 9')).length);
  });

  it('sorts by receipt, reference and status over all requests', async () => {
    const received = await list({ state: 'all', sort: { by: 'receivedOn', dir: 'desc' }, offset: 50, limit: 50 });
    const expected = [...made].sort((a, b) => (a.receivedOn < b.receivedOn ? 1 : a.receivedOn > b.receivedOn ? -1 : b.id - a.id));
    expect(received.rows.map((r) => r.id)).toEqual(expected.slice(50, 100).map((m) => m.id));
    const references = await list({ state: 'all', sort: { by: 'reference', dir: 'asc' }, limit: 3 });
    expect(references.rows.map((r) => r.reference)).toEqual([...made.map((m) => m.reference)].sort().slice(0, 3));
    const statuses = await list({ state: 'all', sort: { by: 'status', dir: 'asc' }, limit: 1000 });
    const order = Object.keys(REQUEST_STATUSES);
    const byStatus = [...made].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || byDue(a, b));
    expect(statuses.rows.map((r) => r.id)).toEqual(byStatus.slice(0, 1000).map((m) => m.id));
  });

  it('gives dashboard figures that agree with the requests', async () => {
    const board = await rig().call('requests.dashboard', {});
    const inPeriod = made.filter((m) => m.receivedOn >= board.from && m.receivedOn <= board.to);
    const nowOpen = open();
    expect(board.open).toBe(nowOpen.length);
    expect(board.overdue).toBe(nowOpen.filter((m) => m.dueOn !== null && m.dueOn < TODAY).length);
    expect(board.dueThisWeek).toBe(nowOpen.filter((m) => m.dueOn !== null && m.dueOn >= TODAY && m.dueOn < soon).length);
    expect(board.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(inPeriod.length);
    expect(board.byStatus.find((s) => s.status === 'paused')!.count).toBe(inPeriod.filter((m) => m.status === 'paused').length);
    expect(board.throughput.reduce((sum, m) => sum + m.received, 0)).toBe(inPeriod.length);
    expect(board.throughput.reduce((sum, m) => sum + m.closed, 0)).toBe(count((m) => m.closedOn !== null && m.closedOn >= board.from && m.closedOn <= board.to));
    for (const { type, open: o, closed } of board.byType) {
      const ofType = inPeriod.filter((m) => m.types.includes(type));
      expect([o, closed], type).toEqual([ofType.filter((m) => m.closedOn === null).length, ofType.filter((m) => m.closedOn !== null).length]);
    }
    const ageing = new Map<string, number>();
    for (const m of nowOpen) ageing.set(ageingBucket(m.receivedOn, TODAY), (ageing.get(ageingBucket(m.receivedOn, TODAY)) ?? 0) + 1);
    expect(board.ageing.map((b) => [b.bucket, b.count])).toEqual(board.ageing.map((b) => [b.bucket, ageing.get(b.bucket) ?? 0]));
    const erasureDays = made
      .filter((m) => m.closedOn !== null && m.closedOn >= board.from && m.closedOn <= board.to && m.types.includes('erasure'))
      .map((m) => daysBetween(m.receivedOn, m.closedOn!));
    const histogram = new Map<number, number>();
    for (const d of erasureDays) histogram.set(d, (histogram.get(d) ?? 0) + 1);
    expect(board.medianDaysToClose.find((m) => m.type === 'erasure')).toEqual({ type: 'erasure', closed: erasureDays.length, medianDays: histogramSummary([...histogram]).median });
    expect(board.overdueList.map((r) => r.id)).toEqual(nowOpen.filter((m) => m.dueOn !== null && m.dueOn < TODAY).sort(byDue).slice(0, 20).map((m) => m.id));
    const ccpa = await rig().call('requests.dashboard', { regimeId: 'us_ca_ccpa' });
    expect(ccpa.open).toBe(nowOpen.filter((m) => m.regimeId === 'us_ca_ccpa').length);
    expect(ccpa.byRegime).toEqual([{ regimeId: 'us_ca_ccpa', open: inPeriod.filter((m) => m.regimeId === 'us_ca_ccpa' && m.closedOn === null).length, closed: inPeriod.filter((m) => m.regimeId === 'us_ca_ccpa' && m.closedOn !== null).length }]);
  });

  it('gives the year’s metrics per type', async () => {
    const metrics = await rig().call('requests.metrics', { year: 2025 });
    const ofYear = made.filter((m) => m.receivedOn.startsWith('2025-'));
    for (const row of metrics.rows) {
      const ofType = ofYear.filter((m) => m.types.includes(row.type as RequestType));
      const answered = ofType.filter((m) => ['completed', 'partially_completed', 'denied'].includes(m.status));
      const days = answered.map((m) => daysBetween(m.receivedOn, m.closedOn!));
      const histogram = new Map<number, number>();
      for (const d of days) histogram.set(d, (histogram.get(d) ?? 0) + 1);
      const summary = histogramSummary([...histogram]);
      expect(row, row.type).toEqual({
        type: row.type,
        received: ofType.length,
        compliedInWhole: ofType.filter((m) => m.status === 'completed').length,
        compliedInPart: ofType.filter((m) => m.status === 'partially_completed').length,
        denied: ofType.filter((m) => m.status === 'denied').length,
        medianDays: summary.median === null ? null : Math.round(summary.median * 10) / 10,
        meanDays: summary.mean === null ? null : Math.round(summary.mean * 10) / 10,
      });
    }
    expect(metrics.rows.find((r) => r.type === 'erasure')!.received).toBeGreaterThan(1000);
  });

  it('opens one request whole, its row and its detail agreeing', async () => {
    const target = open().find((m) => m.status === 'paused')!;
    const request = await rig().call('requests.get', { id: target.id });
    expect(request).toMatchObject({ reference: target.reference, status: 'paused', receivedOn: target.receivedOn, types: target.types });
    expect(request.deadline.dueOn).toBe(target.dueOn);
    expect(request.tasks).toHaveLength(2);
    expect(request.history.map((e) => e.toStatus)).toEqual(['received', 'in_progress', 'paused']);
  });

  it('answers each list shape from the index meant for it', () => {
    const db = rig().db();
    const plan = (query: Partial<RequestListQuery>, which: 'count' | 'ids') => {
      const sql = listSql({ ...BASE, ...query }, TODAY);
      return (db.prepare(`EXPLAIN QUERY PLAN ${sql[which]}`).all(...sql.params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    };
    expect(plan({}, 'ids')).toMatch(/^SCAN r USING INDEX request_open/);
    expect(plan({ statuses: ['in_progress'], regimeId: 'us_ca_ccpa', search: 'ana' }, 'count')).toMatch(/^SCAN r USING INDEX request_open/);
    expect(plan({ due: 'overdue' }, 'ids')).toContain('request_open (due_key<?)');
    expect(plan({ state: 'all' }, 'ids')).toBe('SCAN r USING INDEX request_due');
    expect(plan({ state: 'all', regimeId: 'eu_gdpr' }, 'ids')).toContain('USING INDEX request_regime (regime_id=?)');
    expect(plan({ state: 'all', search: 'requester' }, 'count')).toContain('USING COVERING INDEX request_search');
    expect(plan({ state: 'all', sort: { by: 'reference', dir: 'asc' } }, 'ids')).toContain('sqlite_autoindex_request_1');
    expect(plan({ state: 'all', sort: { by: 'receivedOn', dir: 'desc' } }, 'ids')).toContain('request_received');
    for (const sql of [plan({ state: 'all' }, 'count'), plan({ state: 'closed' }, 'count')]) expect(sql).toContain('COVERING INDEX');
  });
});
