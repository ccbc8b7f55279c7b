import { join } from 'node:path';
import { requestListQuery } from '../src-main/contract';
import { createServices } from '../src-main/services/app-services';
import { fillLargeRequests } from '../test/fixtures/large-requests';
import { summarise, timeRuns } from './stats';

const PASS = 'benchmark passphrase 2026';
const COUNT = 100_000;
const TODAY = '2026-11-29';
const settings = new Map<string, unknown>();

/** The request screens' queries on 100,000 requests over five years, through the same services the UI calls. */
export async function requestsBench(dir: string, runs: number) {
  const services = createServices({
    host: { host: 'browser', version: 'bench', defaultFolder: dir, pathSeparator: '/' },
    settings: { get: (k) => settings.get(k), set: (k, v) => void settings.set(k, v) },
    clock: { now: () => new Date(`${TODAY}T10:00:00Z`) },
  });
  const path = join(dir, 'requests.pws');
  await services.session.create(path, PASS, 'Bench Org');
  const started = performance.now();
  const made = fillLargeRequests(services, { count: COUNT, today: TODAY, years: 5 });
  const fillMs = performance.now() - started;
  const { requests } = services;
  // As the app opens it: unlocked afresh, then the first backlog read with its daily upkeep. The
  // first time every open deadline is recomputed (as after an update of the app's rules).
  const firstRead = async () => {
    services.session.lock('manual');
    await services.session.unlock(path, PASS);
    const start = performance.now();
    requests.reminders({});
    return Math.round(performance.now() - start);
  };
  const firstReadAfterRulesUpdateMs = await firstRead();
  const firstReadAfterUnlockMs = await firstRead();
  // The contract's defaults: open requests by due date, the first 100.
  const page = requestListQuery.parse({});
  const someEmail = made.findLast((m) => m.email !== '')!.email;
  const someOpen = made.find((m) => m.closedOn === null && m.status === 'in_progress')!.id;
  const measure = async (fn: () => unknown) => summarise(await timeRuns(runs, fn));
  const figures = {
    size: { requests: COUNT, open: made.filter((m) => m.closedOn === null).length, years: 5 },
    fillMs: Math.round(fillMs),
    firstReadAfterUnlockMs,
    firstReadAfterRulesUpdateMs,
    listFirstPage: await measure(() => requests.list(page)),
    listFilteredSorted: await measure(() => requests.list({ ...page, statuses: ['in_progress', 'verifying'], regimeId: 'us_ca_ccpa' })),
    listAllByRegimeSorted: await measure(() => requests.list({ ...page, state: 'all', regimeId: 'eu_gdpr' })),
    listAllByReceiptPage50: await measure(() => requests.list({ ...page, state: 'all', sort: { by: 'receivedOn', dir: 'desc' }, offset: 5000 })),
    listOverdue: await measure(() => requests.list({ ...page, due: 'overdue' })),
    searchAll: await measure(() => requests.list({ ...page, state: 'all', search: someEmail })),
    searchOpen: await measure(() => requests.list({ ...page, search: 'requester 9' })),
    dashboard: await measure(() => requests.dashboard({ from: null, to: null, regimeId: null })),
    dashboardOneRegime: await measure(() => requests.dashboard({ from: null, to: null, regimeId: 'us_ca_ccpa' })),
    metrics: await measure(() => requests.metrics({ year: 2025 })),
    reminders: await measure(() => requests.reminders({})),
    openRequest: await measure(() => requests.get({ id: someOpen })),
    exportOpenCsv: await measure(() => requests.exportCsv({ ...page })),
  };
  services.session.dispose();
  return figures;
}
