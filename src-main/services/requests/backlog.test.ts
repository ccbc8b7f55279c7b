import { beforeAll, describe, expect, it } from 'vitest';
import type { CallInput, RequestStatus, RequestType } from '../../contract';
import { PASS, useInventoryRig } from '../../../test/helpers/inventory-rig';
import { intake } from '../../../test/helpers/requests';

/**
 * The managers' figures on a small set whose every number is worked out by hand below.
 * Today is Sunday 29 November 2026 (UTC); the default period runs from 1 December 2025.
 */
const rig = useInventoryRig();
const NOW = '2026-11-29T10:00:00Z';

interface Case {
  key: string;
  received: string;
  types: RequestType[];
  residence: [string, string?];
  /** Where it is now: an open status, or a closing status with the day it closed. */
  status: RequestStatus;
  closedOn?: string;
}

//  key  received      types              regime   now                 days to close  due (CCPA: receipt + 44)   age today
const CASES: Case[] = [
  { key: 'A', received: '2026-11-25', types: ['erasure'], residence: ['US', 'CA'], status: 'received' }, //   due 2027-01-08, age 4
  { key: 'B', received: '2026-11-20', types: ['access'], residence: ['US', 'CA'], status: 'in_progress' }, // due 2027-01-03, age 9
  { key: 'C', received: '2026-10-01', types: ['erasure'], residence: ['US', 'CA'], status: 'verifying' }, //  due 2026-11-14 overdue, age 59
  { key: 'D', received: '2026-10-20', types: ['access', 'erasure'], residence: ['US', 'CA'], status: 'in_progress' }, // due 2026-12-03 this week, age 40
  { key: 'K', received: '2026-05-01', types: ['access'], residence: ['US', 'CA'], status: 'in_progress' }, // due 2026-06-14 overdue, age 212
  { key: 'E', received: '2026-06-01', types: ['erasure'], residence: ['US', 'CA'], status: 'completed', closedOn: '2026-06-21' }, // 20 days
  { key: 'F', received: '2026-07-01', types: ['access'], residence: ['US', 'CA'], status: 'denied', closedOn: '2026-07-11' }, // 10 days
  { key: 'G', received: '2026-08-03', types: ['access'], residence: ['US', 'CA'], status: 'partially_completed', closedOn: '2026-08-30' }, // 27 days
  { key: 'H', received: '2025-05-10', types: ['erasure'], residence: ['US', 'CA'], status: 'completed', closedOn: '2025-06-01' }, // 22 days, before the period
  { key: 'I', received: '2026-03-02', types: ['access'], residence: ['DE'], status: 'completed', closedOn: '2026-03-12' }, // 10 days, EU GDPR
  { key: 'J', received: '2026-11-10', types: ['access'], residence: ['GB'], status: 'withdrawn', closedOn: '2026-11-12' }, // 2 days, UK GDPR
];

const ids = new Map<string, number>();
const refs = new Map<string, string>();

async function make(c: Case): Promise<void> {
  const { call, clock } = rig();
  clock.set(`${c.received}T12:00:00Z`);
  const input: CallInput<'requests.create'> = intake(`${c.received}T09:00:00Z`, {
    types: c.types,
    requester: { name: `Person ${c.key}`, email: `${c.key.toLowerCase()}@example.test`, residenceCountry: c.residence[0], residenceRegion: c.residence[1] ?? '' },
  });
  const { id, reference } = await call('requests.create', input);
  ids.set(c.key, id);
  refs.set(c.key, reference);
  if (c.status === 'received') return;
  if (c.status === 'verifying' || c.status === 'withdrawn') await call('requests.transition', { id, to: 'verifying' });
  else await call('requests.transition', { id, to: 'in_progress' });
  if (c.closedOn) {
    clock.set(`${c.closedOn}T12:00:00Z`);
    await call('requests.transition', { id, to: c.status, reason: c.status === 'completed' || c.status === 'withdrawn' ? '' : 'Exempt: legal claims' });
  }
}

beforeAll(async () => {
  for (const c of CASES) await make(c);
  rig().clock.set(NOW);
});

const ref = (key: string) => refs.get(key)!;

describe('dashboard', () => {
  it('counts the open backlog now, the period’s requests by status, type and regime, throughput and days to close', async () => {
    const board = await rig().call('requests.dashboard', {});
    expect(board).toMatchObject({ from: '2025-12-01', to: '2026-11-29', regimeId: null, open: 5, overdue: 2, dueThisWeek: 1 });
    expect(board.ageing).toEqual([
      { bucket: '0–7 days', count: 1 },
      { bucket: '8–14 days', count: 1 },
      { bucket: '15–30 days', count: 0 },
      { bucket: '31–45 days', count: 1 },
      { bucket: '46–90 days', count: 1 },
      { bucket: 'Over 90 days', count: 1 },
    ]);
    expect(Object.fromEntries(board.byStatus.map((s) => [s.status, s.count]))).toEqual({
      received: 1,
      verifying: 1,
      in_progress: 3,
      extended: 0,
      paused: 0,
      completed: 2,
      partially_completed: 1,
      denied: 1,
      withdrawn: 1,
    });
    expect(board.byType).toEqual([
      { type: 'access', open: 3, closed: 4 },
      { type: 'erasure', open: 3, closed: 1 },
    ]);
    expect(board.byRegime).toEqual([
      { regimeId: 'eu_gdpr', open: 0, closed: 1 },
      { regimeId: 'uk_gdpr', open: 0, closed: 1 },
      { regimeId: 'us_ca_ccpa', open: 5, closed: 3 },
    ]);
    expect(board.throughput).toHaveLength(12);
    const months = Object.fromEntries(board.throughput.filter((m) => m.received + m.closed > 0).map((m) => [m.month, [m.received, m.closed]]));
    expect(months).toEqual({
      '2026-03': [1, 1],
      '2026-05': [1, 0],
      '2026-06': [1, 1],
      '2026-07': [1, 1],
      '2026-08': [1, 1],
      '2026-10': [2, 0],
      '2026-11': [3, 1],
    });
    // access closed after 2, 10, 10 and 27 days: (10 + 10) / 2; erasure once after 20.
    expect(board.medianDaysToClose).toEqual([
      { type: 'access', closed: 4, medianDays: 10 },
      { type: 'erasure', closed: 1, medianDays: 20 },
    ]);
    expect(board.overdueList.map((r) => [r.reference, r.dueOn, r.daysLeft])).toEqual([
      [ref('K'), '2026-06-14', -168],
      [ref('C'), '2026-11-14', -15],
    ]);
  });

  it('narrows to one regime and one period', async () => {
    const ccpa = await rig().call('requests.dashboard', { regimeId: 'us_ca_ccpa' });
    expect(ccpa).toMatchObject({ open: 5, overdue: 2, dueThisWeek: 1 });
    expect(ccpa.byRegime).toEqual([{ regimeId: 'us_ca_ccpa', open: 5, closed: 3 }]);
    // access closed after 10 and 27 days.
    expect(ccpa.medianDaysToClose).toEqual([
      { type: 'access', closed: 2, medianDays: 18.5 },
      { type: 'erasure', closed: 1, medianDays: 20 },
    ]);
    const eu = await rig().call('requests.dashboard', { regimeId: 'eu_gdpr', from: '2026-01-01', to: '2026-06-30' });
    expect(eu).toMatchObject({ open: 0, overdue: 0, byType: [{ type: 'access', open: 0, closed: 1 }], overdueList: [] });
    expect(eu.throughput.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    const all = await rig().call('requests.dashboard', { from: '2025-01-01', to: '2025-12-31' });
    expect(all.byType).toEqual([{ type: 'erasure', open: 0, closed: 1 }]);
    expect((await rig().fail('requests.dashboard', { from: '2026-02-01', to: '2026-01-01' })).code).toBe('VALIDATION');
  });
});

describe('metrics (CCPA Regs § 7102)', () => {
  it('counts per type the requests received in the year, complied with in whole or in part, denied, and the days to respond', async () => {
    const metrics = await rig().call('requests.metrics', { year: 2026 });
    expect(metrics.rows).toEqual([
      // F denied after 10, G partly after 27, I in whole after 10: median 10, mean 47 / 3. J was withdrawn: no answer.
      { type: 'access', received: 7, compliedInWhole: 1, compliedInPart: 1, denied: 1, medianDays: 10, meanDays: 15.7 },
      { type: 'rectification', received: 0, compliedInWhole: 0, compliedInPart: 0, denied: 0, medianDays: null, meanDays: null },
      { type: 'erasure', received: 4, compliedInWhole: 1, compliedInPart: 0, denied: 0, medianDays: 20, meanDays: 20 },
      { type: 'opt_out_sale_sharing', received: 0, compliedInWhole: 0, compliedInPart: 0, denied: 0, medianDays: null, meanDays: null },
      { type: 'limit_sensitive', received: 0, compliedInWhole: 0, compliedInPart: 0, denied: 0, medianDays: null, meanDays: null },
    ]);
    const last = await rig().call('requests.metrics', { year: 2025 });
    expect(last.rows.find((r) => r.type === 'erasure')).toEqual({ type: 'erasure', received: 1, compliedInWhole: 1, compliedInPart: 0, denied: 0, medianDays: 22, meanDays: 22 });
  });
});

describe('list, reminders and export', () => {
  it('filters, searches (requester details included, server-side) and sorts', async () => {
    const { call } = rig();
    const refsOf = (rows: { reference: string }[]) => rows.map((r) => r.reference);
    const open = await call('requests.list', {});
    expect(open.total).toBe(5);
    // By due date: K (14 June), C (14 November), D (3 December), B (3 January), A (8 January).
    expect(refsOf(open.rows)).toEqual(['K', 'C', 'D', 'B', 'A'].map(ref));
    expect(refsOf((await call('requests.list', { sort: { by: 'dueOn', dir: 'desc' } })).rows)).toEqual(['A', 'B', 'D', 'C', 'K'].map(ref));
    expect((await call('requests.list', { state: 'all' })).total).toBe(CASES.length);
    expect((await call('requests.list', { state: 'closed' })).total).toBe(6);
    expect(refsOf((await call('requests.list', { due: 'overdue' })).rows)).toEqual(['K', 'C'].map(ref));
    expect(refsOf((await call('requests.list', { due: 'this_week' })).rows)).toEqual([ref('D')]);
    expect(refsOf((await call('requests.list', { due: 'next_30_days' })).rows)).toEqual([ref('D')]);
    expect((await call('requests.list', { state: 'all', types: ['erasure'] })).total).toBe(5);
    expect((await call('requests.list', { state: 'all', statuses: ['completed', 'denied'] })).total).toBe(4);
    expect(refsOf((await call('requests.list', { state: 'all', regimeId: 'eu_gdpr' })).rows)).toEqual([ref('I')]);
    expect((await call('requests.list', { state: 'all', receivedFrom: '2026-10-01', receivedTo: '2026-10-31' })).total).toBe(2);
    // Requester name and e-mail are searched but never sent with the rows.
    const found = await call('requests.list', { state: 'all', search: 'PERSON g' });
    expect(refsOf(found.rows)).toEqual([ref('G')]);
    expect(JSON.stringify(found.rows)).not.toContain('Person');
    expect(refsOf((await call('requests.list', { state: 'all', search: 'h@example' })).rows)).toEqual([ref('H')]);
    expect(refsOf((await call('requests.list', { state: 'all', search: ref('E') })).rows)).toEqual([ref('E')]);
    const page = await call('requests.list', { state: 'all', sort: { by: 'receivedOn', dir: 'asc' }, offset: 2, limit: 3 });
    expect(page.total).toBe(CASES.length);
    expect(refsOf(page.rows)).toEqual(['K', 'E', 'F'].map(ref));
    const byStatus = await call('requests.list', { state: 'all', sort: { by: 'status', dir: 'asc' }, limit: 3 });
    expect(byStatus.rows.map((r) => r.status)).toEqual(['received', 'verifying', 'in_progress']);
  });

  it('reminds of the overdue and the due soon', async () => {
    const reminders = await rig().call('requests.reminders', {});
    expect(reminders.overdue.map((r) => r.reference)).toEqual(['K', 'C'].map(ref));
    expect(reminders.dueSoon.map((r) => [r.reference, r.daysLeft])).toEqual([[ref('D'), 4]]);
    expect([reminders.overdueCount, reminders.dueSoonCount]).toEqual([2, 1]);
  });

  it('exports the filtered list as CSV, without requester details', async () => {
    const file = await rig().call('requests.exportCsv', { state: 'all', sort: { by: 'reference', dir: 'asc' } });
    expect(file).toMatchObject({ fileName: 'requests-2026-11-29.csv', mimeType: 'text/csv;charset=utf-8' });
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Reference,Request types,Regime,Status,Channel,Received on,Due on,Days left,Assignee,Open tasks,Closed on,Anonymised');
    expect(lines).toHaveLength(CASES.length + 1);
    expect(lines).toContain(`${ref('D')},Access / right to know; Erasure / deletion,California CCPA/CPRA,In progress,Web form,2026-10-20,2026-12-03,4,,0,,no`);
    expect(text).not.toMatch(/Person|example\.test/);
  });
});

describe('anonymisation after the retention period', () => {
  it('replaces the requester’s details of requests closed longer ago than the setting, deletes their attachments, keeps notes and figures', async () => {
    const { call, services } = rig();
    await call('requests.notes.add', { id: ids.get('E')!, body: 'Sent the confirmation of deletion.' });
    await call('requests.attachments.add', { id: ids.get('E')!, fileName: 'passport.jpg', contentBase64: Buffer.from('jpeg').toString('base64') });
    expect(await call('requests.settings.get', {})).toEqual({ anonymiseAfterDays: 730, establishment: 'DE' });
    expect(services.requests.anonymiseDue()).toEqual({ anonymised: 0 });
    await call('requests.settings.save', { anonymiseAfterDays: 100, establishment: 'FR' });
    // Closed on or before 20 August 2026: H, I, E, F (G closed on 30 August).
    expect(services.requests.anonymiseDue()).toEqual({ anonymised: 4 });
    const e = await call('requests.get', { id: ids.get('E')! });
    expect(e.requester).toMatchObject({ name: 'Anonymised', email: '', phone: '', address: '' });
    expect(e.anonymisedAt).toBe('2026-11-29T10:00:00.000Z');
    expect(e.attachments).toEqual([]);
    expect(e.notes.map((n) => n.body)).toEqual(['Sent the confirmation of deletion.']);
    expect(e.history.at(-1)).toMatchObject({ kind: 'anonymised' });
    expect((await call('requests.list', { state: 'all', search: 'e@example' })).total).toBe(0);
    expect((await call('requests.list', { state: 'all', search: ref('E') })).rows[0]!.anonymised).toBe(true);
    expect((await rig().fail('requests.notes.add', { id: ids.get('E')!, body: 'More' })).code).toBe('CONFLICT');
    expect((await call('requests.metrics', { year: 2026 })).rows[0]!.received).toBe(7);
    expect(services.requests.anonymiseDue()).toEqual({ anonymised: 0 });
  });

  it('runs by itself on the first backlog read after unlocking', async () => {
    const { call, path } = rig();
    await call('requests.settings.save', { anonymiseAfterDays: 50, establishment: 'FR' });
    await call('workspace.lock', {});
    await call('workspace.unlock', { path, passphrase: PASS });
    await call('settings.update', { idleLockMinutes: 0 });
    await call('requests.reminders', {});
    // G closed on 30 August, more than 50 days ago; J on 12 November stays.
    expect((await call('requests.get', { id: ids.get('G')! })).requester.name).toBe('Anonymised');
    expect((await call('requests.get', { id: ids.get('J')! })).requester.name).toBe('Person J');
  });
});
