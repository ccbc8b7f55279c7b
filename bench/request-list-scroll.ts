import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserRig } from '../src-main/transport/browser-rig';
import { launchChromium } from '../test/e2e/chromium';
import { fillLargeRequests } from '../test/fixtures/large-requests';
import { summarise } from './stats';

const TODAY = '2026-11-29';
const COUNT = 100_000;
/** A frame longer than this missed at least one 60 Hz refresh. */
const DROPPED_MS = 1000 / 60 + 8;

/** Scrolls the list by 40 px a frame for three seconds and answers each frame's duration. */
const SCROLL_FOR_THREE_SECONDS = `new Promise((resolve) => {
  const scroller = document.querySelector('table[aria-rowcount]').parentElement;
  const deltas = [];
  let last = performance.now();
  const started = last;
  requestAnimationFrame(function step(now) {
    deltas.push(now - last);
    last = now;
    scroller.scrollTop += 40;
    if (now - started < 3000) requestAnimationFrame(step);
    else resolve(deltas.slice(1));
  });
})`;

/**
 * The request list of a 100,000-request workspace in Chromium: time from opening the section to
 * the rows painted, and frames while scrolling the virtualised page (and paging) by the scrollbar.
 */
export async function requestListScrollBench(staticDir: string) {
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-scroll-'));
  const rig = await startBrowserRig({
    settingsDir: join(dir, 'settings'),
    defaultFolder: dir,
    staticDir,
    version: 'bench',
    clock: { now: () => new Date(`${TODAY}T10:00:00Z`) },
  });
  const browser = await launchChromium();
  try {
    await rig.services.session.create(join(dir, 'scroll.pws'), 'benchmark passphrase 2026', 'Scroll Org');
    fillLargeRequests(rig.services, { count: COUNT, today: TODAY, years: 5 });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(rig.url);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const opened = performance.now();
    await page.evaluate(() => {
      location.hash = '#/requests?state=all';
    });
    const table = page.locator('table[aria-rowcount]');
    await table.locator('tbody tr').nth(20).waitFor();
    const listPaintedMs = performance.now() - opened;
    // A string, not a function: the bench runs through tsx, whose helpers do not exist in the page.
    const frames = (await page.evaluate(SCROLL_FOR_THREE_SECONDS)) as number[];
    return {
      requests: COUNT,
      listPaintedMs: Math.round(listPaintedMs),
      frames: frames.length,
      droppedFrames: frames.filter((d) => d > DROPPED_MS).length,
      frameMs: summarise(frames),
    };
  } finally {
    await browser.close();
    await rig.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
