import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeWorkspaceFile, openWorkspaceFileWithKey } from '../src-main/db/workspace-file';
import { openPlain } from '../src-main/db/sqlite';
import { createServices } from '../src-main/services/app-services';
import { tuneMainProcessHeap } from '../src-main/services/main-process-heap';
import { MemoryBacking } from '../src-main/services/settings-store';
import { createApi } from '../src-main/transport/api';
import { typedApi } from '../test/helpers/typed-api';
import { BENCH_PASS, benchClock } from './large-workspace';
import { type ScenarioKind, screenScenarios } from './scenarios';
import { summarise, timeRuns } from './stats';

/**
 * Run by bench/run.ts in a process of its own, which plays the app's main process: it unlocks the
 * bench workspace (the encrypted file, or for `plain` the decrypted copy put in its place), answers
 * every screen's calls `runs` times, generates the records of processing, and prints the figures
 * with the process's peak memory.
 */
tuneMainProcessHeap();
const [mode, path, plainPath, runsArg] = process.argv.slice(2) as ['encrypted' | 'plain', string, string, string];
const runs = Number(runsArg);
const WARM_UP_RUNS = 5;
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);

const services = createServices({
  host: {
    host: 'browser',
    version: 'bench',
    defaultFolder: resolve(path, '..'),
    pathSeparator: '/',
    reports: { bundledChild: pathToFileURL(resolve(import.meta.dirname, '../out/main/report-worker.js')) },
  },
  settings: new MemoryBacking(),
  clock: benchClock,
});
const api = typedApi(createApi(services));
const { session } = services;

/** Puts the decrypted copy in the unlocked workspace's place: the services then read plain pages. */
const openPlainCopy = () =>
  session.replaceFile((current, now) => {
    closeWorkspaceFile(current);
    return openWorkspaceFileWithKey(plainPath, current.key, now, openPlain(plainPath));
  });

const unlock = async () => {
  await session.unlock(path, BENCH_PASS);
  if (mode === 'plain') openPlainCopy();
};
// Encrypted: the whole unlock (key derivation, opening, checks, the unlock's own log entry). Plain:
// opening the decrypted copy in its place, after an untimed unlock (it has no key to derive).
const unlockSamples =
  mode === 'encrypted'
    ? await timeRuns(5, () => session.unlock(path, BENCH_PASS), () => session.lock('manual'))
    : await timeRuns(5, openPlainCopy, async () => {
        session.lock('manual');
        await session.unlock(path, BENCH_PASS);
      });
// Opening as the app does: unlocked, then the dashboard's first read on a cold cache.
session.lock('manual');
const coldStart = performance.now();
await unlock();
const unlocked = performance.now() - coldStart;
await api('requests.dashboard', {});
const unlockThenDashboardMs = Math.round(performance.now() - coldStart);

const scenarios = await screenScenarios(api);
const figures: Record<string, { kind: ScenarioKind } & ReturnType<typeof summarise>> = {};
for (const [name, [kind, scenario, before]] of Object.entries(scenarios)) {
  // Untimed first: the calls a screen makes in its first seconds of use, while the JIT compiles what they run.
  await timeRuns(WARM_UP_RUNS, scenario, before);
  figures[name] = { kind, ...summarise(await timeRuns(runs, scenario, before)) };
}

const peakRssBeforeReports = peakRss;
let lastReport = '';
const reportSamples = await timeRuns(3, async () => {
  lastReport = services.reports.start({ report: 'records_of_processing', options: { dateLocale: 'en-GB' } }).jobId;
  const done = await services.reports.jobs.settled(lastReport);
  if (done.state !== 'done') throw new Error(`bench: the report ${done.state}: ${done.message}`);
});
const { pdf } = services.reports.jobs.result(lastReport);
const renderChildPeakRss = services.reports.jobs.process(lastReport).peakRssBytes ?? 0;
// Each page object carries "/Type /Page" once; the page tree node is "/Type /Pages".
const pages = Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
session.dispose();
clearInterval(sampler);
console.log(
  JSON.stringify({
    mode,
    unlock: summarise(unlockSamples),
    unlockThenDashboardMs,
    lastUnlockMs: Math.round(unlocked),
    scenarios: figures,
    recordsOfProcessing: { pages, sizeKiB: Math.round(pdf.byteLength / 1024), ...summarise(reportSamples) },
    peakRssMiB: { screens: Math.round(peakRssBeforeReports / 2 ** 20), withReports: Math.round(peakRss / 2 ** 20), renderChild: Math.round(renderChildPeakRss / 2 ** 20) },
  }),
);
