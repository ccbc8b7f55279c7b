import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServices } from '../src-main/services/app-services';
import { MemoryBacking } from '../src-main/services/settings-store';
import { summarise } from './stats';

/**
 * Run by bench/reports.ts in its own process, which stands for the app's main process: generates
 * the records of processing `runs` times with the bundled render child the app ships (out/main)
 * and prints the figures. The main process's memory is sampled during generation only (the
 * unlock's scrypt, 128 MiB, is not the report's); the render child reports its own peak.
 */
const [path, runs] = [process.argv[2]!, Number(process.argv[3])];
const services = createServices({
  host: {
    host: 'browser',
    version: 'bench',
    defaultFolder: dirname(path),
    pathSeparator: '/',
    reports: { bundledWorker: pathToFileURL(resolve(import.meta.dirname, '../out/main/report-worker.js')) },
  },
  settings: new MemoryBacking(),
});
await services.session.unlock(path, readFileSync(0, 'utf8'));
const { reports } = services;
const rss = () => process.memoryUsage().rss;
const total: number[] = [];
const compose: number[] = [];
let pages = 0;
let bytes = 0;
let mainPeak = 0;
let mainPeakFirst = 0;
let childPeak = 0;
const before = rss();
for (let i = 0; i < runs; i++) {
  const sampler = setInterval(() => (mainPeak = Math.max(mainPeak, rss())), 5);
  const started = performance.now();
  const job = reports.start({ report: 'records_of_processing', options: { dateLocale: 'en-GB' } });
  compose.push(performance.now() - started);
  const done = await reports.jobs.settled(job.jobId);
  total.push(performance.now() - started);
  clearInterval(sampler);
  if (i === 0) mainPeakFirst = mainPeak;
  if (done.state !== 'done') throw new Error(`bench: the report ${done.state}: ${done.message}`);
  const { pdf } = reports.jobs.result(job.jobId);
  childPeak = Math.max(childPeak, reports.jobs.process(job.jobId).peakRssBytes ?? 0);
  bytes = done.bytes ?? 0;
  // Each page object carries "/Type /Page" once; the page tree node is "/Type /Pages".
  pages = Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}
services.session.dispose();
const mib = (n: number) => Math.round(n / 2 ** 20);
console.log(
  JSON.stringify({
    pages,
    sizeKiB: Math.round(bytes / 1024),
    gatherAndComposeMs: summarise(compose),
    totalMs: summarise(total),
    // Over all runs, the finished reports kept for download (see report-jobs/jobs.ts) and garbage V8 has not collected yet count too.
    mainProcess: { rssBeforeFirstReportMiB: mib(before), peakRssDuringFirstReportMiB: mib(mainPeakFirst), peakRssDuringReportsMiB: mib(mainPeak) },
    renderChild: { peakRssMiB: mib(childPeak) },
  }),
);
