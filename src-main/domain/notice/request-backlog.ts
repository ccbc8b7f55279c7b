/**
 * The managers' backlog report: the dashboard's figures as tables and charts (the same figures the
 * request service computes for the screen, never recomputed here) and the annual metrics of CCPA
 * Regs. (Cal. Code Regs. tit. 11) § 7102.
 */
import { REGIMES } from '../deadlines/regimes';
import { REQUEST_TYPES } from '../deadlines/rules';
import { REQUEST_STATUSES } from '../requests/vocabulary';
import { fields, joined, missing, orDash, paragraph, reportFrame, section, table } from './blocks';
import type { Block, ReportDocument } from './document';
import type { BacklogInput } from './inputs';
import { REPORT_NAMES, type ReportOptions } from './options';

const regimeName = (id: string | null) => (id === null ? 'No regime chosen' : (REGIMES.find((r) => r.id === id)?.name ?? id));
const days = (value: number | null) => (value === null ? '—' : String(value));

export function buildRequestBacklog(input: BacklogInput, options: ReportOptions, generatedAt: Date): ReportDocument {
  const { dashboard: d, metrics } = input;
  const { formats, frame } = reportFrame(input.organisation, options, generatedAt, (formats) => ({
    title: REPORT_NAMES.request_backlog,
    subtitle: `${formats.date(d.from)} – ${formats.date(d.to)}`,
    subject: 'Data subject request backlog and CCPA request metrics',
    cover: [
      ['Period', `${formats.date(d.from)} – ${formats.date(d.to)}`],
      ['Regime', d.regimeId === null ? 'All' : regimeName(d.regimeId)],
      ['Metrics year (CCPA Regs § 7102)', String(metrics.year)],
    ],
  }));
  const received = d.throughput.reduce((sum, m) => sum + m.received, 0);
  const empty: Block[] = received === 0 && d.open === 0 ? [missing('No request was received in this period and none is open: requests are logged in Requests > New request.')] : [];
  return frame([
    section('The backlog now', 1, [
      ...empty,
      fields([
        ['Open', String(d.open)],
        ['Overdue', String(d.overdue)],
        ['Due in the next seven days', String(d.dueThisWeek)],
        ['Figures taken on', formats.date(input.today)],
      ]),
      table([['Days since receipt', 3], ['Open requests', 2, 'right']], d.ageing.map((a) => [a.bucket, String(a.count)])),
      { kind: 'chart', chart: { type: 'bar', title: 'Open requests by days since receipt', categories: d.ageing.map((a) => a.bucket), series: [{ name: 'Open', values: d.ageing.map((a) => a.count) }] } },
    ]),
    section('Overdue requests', 2, overdueBlocks(input, formats.date)),
    section('Throughput', 1, [
      paragraph(`Requests received and closed per month, ${formats.date(d.from)} to ${formats.date(d.to)}.`),
      { kind: 'chart', chart: { type: 'line', title: 'Received and closed per month', categories: d.throughput.map((m) => formats.month(m.month)), series: [{ name: 'Received', values: d.throughput.map((m) => m.received) }, { name: 'Closed', values: d.throughput.map((m) => m.closed) }] } },
      table([['Month', 3], ['Received', 2, 'right'], ['Closed', 2, 'right']], d.throughput.map((m) => [formats.month(m.month), String(m.received), String(m.closed)])),
    ]),
    section('Requests received in the period', 2, [
      table([['Status now', 3], ['Requests', 2, 'right']], d.byStatus.map((s) => [REQUEST_STATUSES[s.status], String(s.count)])),
      ...(d.byType.length === 0
        ? []
        : [
            table([['Request type', 4], ['Open', 2, 'right'], ['Closed', 2, 'right']], d.byType.map((t) => [REQUEST_TYPES[t.type], String(t.open), String(t.closed)])),
            { kind: 'chart', chart: { type: 'bar', title: 'By request type', categories: d.byType.map((t) => REQUEST_TYPES[t.type]), series: [{ name: 'Open', values: d.byType.map((t) => t.open) }, { name: 'Closed', values: d.byType.map((t) => t.closed) }] } } satisfies Block,
          ]),
      ...(d.byRegime.length === 0 ? [] : [table([['Regime', 4], ['Open', 2, 'right'], ['Closed', 2, 'right']], d.byRegime.map((r) => [regimeName(r.regimeId), String(r.open), String(r.closed)]))]),
    ]),
    section('Days to close', 2, [
      paragraph('Requests closed in the period, from receipt to closing; the median of an even number is the mean of the two middle ones.'),
      table([['Request type', 4], ['Closed', 2, 'right'], ['Median days', 2, 'right']], d.medianDaysToClose.map((m) => [REQUEST_TYPES[m.type], String(m.closed), days(m.medianDays)])),
    ]),
    section(`CCPA request metrics ${metrics.year}`, 1, [
      paragraph(`Requests received in ${metrics.year}, per type: how many were complied with in whole or in part, or denied, and the days to a substantive response (Cal. Code Regs. tit. 11, § 7102(a)). A withdrawn or open request has no response time.`),
      table(
        [['Request type', 4], ['Received', 2, 'right'], ['Complied in whole', 2, 'right'], ['Complied in part', 2, 'right'], ['Denied', 2, 'right'], ['Median days', 2, 'right'], ['Mean days', 2, 'right']],
        metrics.rows.map((r) => [REQUEST_TYPES[r.type], String(r.received), String(r.compliedInWhole), String(r.compliedInPart), String(r.denied), days(r.medianDays), days(r.meanDays)]),
      ),
    ]),
  ]);
}

/** The most overdue open requests, as the dashboard lists them (no requester details). */
function overdueBlocks(input: BacklogInput, date: (d: string) => string): Block[] {
  const { overdueList, overdue } = input.dashboard;
  if (overdueList.length === 0) return [paragraph('No open request is overdue.')];
  return [
    ...(overdue > overdueList.length ? [paragraph(`The ${overdueList.length} most overdue of ${overdue}.`)] : []),
    table(
      [['Reference', 3], ['Request', 4], ['Regime', 3], ['Received', 3], ['Due', 3], ['Days overdue', 2, 'right'], ['Assignee', 3]],
      overdueList.map((r) => [r.reference, joined(r.types.map((t) => REQUEST_TYPES[t])), regimeName(r.regimeId), date(r.receivedOn), r.dueOn === null ? '—' : date(r.dueOn), r.daysLeft === null ? '—' : String(-r.daysLeft), orDash(r.assignee)]),
    ),
  ];
}
