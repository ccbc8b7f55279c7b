import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { firstPaintBench } from './first-paint';
import { inventoryBench } from './inventory';
import { requestListScrollBench } from './request-list-scroll';
import { reportsBench } from './reports';
import { requestsBench } from './requests';
import { storageBench } from './storage';
import { unlockBench } from './unlock';
import { vendorsBench } from './vendors';

/** `npm run bench`: figures as JSON on standard output, nothing asserted. */
const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'pw-bench-'));
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

try {
  const figures = {
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    unit: 'ms',
    unlock: await unlockBench(dir, 7),
    storage100k: await storageBench(dir, 3),
    inventory: await inventoryBench(dir, 30),
    requests: await requestsBench(dir, 30),
    vendors: await vendorsBench(dir, 30),
    reports: await reportsBench(dir, 3),
    rendererFirstContentfulPaint: await firstPaintBench(join(root, 'out', 'renderer'), 5),
    requestListInChromium: await requestListScrollBench(join(root, 'out', 'renderer')),
    peakRssMiB: 0,
  };
  figures.peakRssMiB = Math.round(Math.max(peakRss, process.memoryUsage().rss) / 2 ** 20);
  console.log(JSON.stringify(figures, null, 2));
} finally {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
}
