import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startBrowserRig } from '../src-main/transport/browser-rig';
import { launchChromium } from '../test/e2e/chromium';
import { AppShell } from '../test/e2e/pages/app-shell';
import { RequestList } from '../test/e2e/pages/requests';
import { UnlockScreen } from '../test/e2e/pages/unlock-screen';
import { WorkspacePicker } from '../test/e2e/pages/workspace-picker';
import { BENCH_PASS, BENCH_SIZE, benchClock } from './large-workspace';
import { summarise } from './stats';

/** A frame longer than this missed at least one 60 Hz refresh. */
const DROPPED_MS = 1000 / 60 + 8;

/** Scrolls the list by `step` px a frame for three seconds and answers each frame's duration. */
const scrollForThreeSeconds = (step: number) => `new Promise((resolve) => {
  const scroller = document.querySelector('table[aria-rowcount]').parentElement;
  const deltas = [];
  let last = performance.now();
  const started = last;
  requestAnimationFrame(function step(now) {
    deltas.push(now - last);
    last = now;
    scroller.scrollTop += ${step};
    if (now - started < 3000) requestAnimationFrame(step);
    else resolve(deltas.slice(1));
  });
})`;

/** Resolves after the next frame has been painted. */
const PAINTED = 'new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))';

async function unlockToDashboard(page: Page, url: string, path: string): Promise<{ firstContentfulPaint: number; unlockToDashboard: number }> {
  await page.goto(url);
  await new WorkspacePicker(page).open(path);
  const unlockScreen = new UnlockScreen(page);
  await unlockScreen.heading().waitFor();
  const firstContentfulPaint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
  const started = performance.now();
  await unlockScreen.unlock(BENCH_PASS);
  // The dashboard's figures are in: the request cards, the vendor cards, and no "Counting …" loader left.
  await page.getByRole('button', { name: /^Open requests: \d/ }).waitFor();
  await page.getByRole('region', { name: 'Overdue reviews' }).waitFor();
  await page.getByLabel(/^Counting/).first().waitFor({ state: 'detached' });
  await page.getByText('Counting…').first().waitFor({ state: 'detached' });
  await page.evaluate(PAINTED);
  return { firstContentfulPaint, unlockToDashboard: performance.now() - started };
}

/** Frames while the list's rows scroll by `step` px a frame for three seconds, from the top. */
async function framesScrolling(page: Page, step: number) {
  await page.evaluate("document.querySelector('table[aria-rowcount]').parentElement.scrollTop = 0");
  await page.evaluate(PAINTED);
  const deltas = (await page.evaluate(scrollForThreeSeconds(step))) as number[];
  return { pxPerFrame: step, frames: deltas.length, droppedFrames: deltas.filter((d) => d > DROPPED_MS).length, frameMs: summarise(deltas) };
}

/** Opens a list screen, waits for its rows (the table then says how many it holds), and scrolls it at reading and flicking speed. */
async function scrollList(page: Page, open: () => Promise<void>) {
  const opened = performance.now();
  await open();
  await page.locator('table[aria-rowcount] tbody tr').nth(10).waitFor();
  const listPaintedMs = Math.round(performance.now() - opened);
  const rows = Number(await page.locator('table[aria-rowcount]').getAttribute('aria-rowcount')) - 1;
  return { rows, listPaintedMs, reading: await framesScrolling(page, 40), flicking: await framesScrolling(page, 200) };
}

async function scrollLists(page: Page) {
  const shell = new AppShell(page);
  return {
    requests: await scrollList(page, async () => {
      await shell.goTo('Requests');
      await new RequestList(page).show('All');
      await page.locator(`table[aria-rowcount="${BENCH_SIZE.requests + 1}"]`).waitFor();
    }),
    activities: await scrollList(page, () => shell.goTo('Inventory')),
    auditLog: await scrollList(page, () => shell.goTo('Audit log')),
  };
}

/**
 * The app in Chromium against the real services on the bench workspace: from the Unlock button
 * to the dashboard painted (each run a fresh page, the workspace locked before), then the lists
 * of all 100,000 requests, 5,000 activities and 50,000 audit entries scrolled at reading and
 * flicking speed, counting frames that missed a refresh.
 */
export async function chromiumBench(staticDir: string, path: string, runs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-chromium-'));
  const rig = await startBrowserRig({ settingsDir: join(dir, 'settings'), defaultFolder: dir, staticDir, version: 'bench', clock: benchClock });
  const browser = await launchChromium();
  try {
    const paints: number[] = [];
    const unlocks: number[] = [];
    let page: Page | undefined;
    for (let run = 0; run < runs; run++) {
      rig.services.session.lock('manual');
      await page?.context().close();
      page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
      const timing = await unlockToDashboard(page, rig.url, path);
      paints.push(timing.firstContentfulPaint);
      unlocks.push(timing.unlockToDashboard);
    }
    return { firstContentfulPaint: summarise(paints), unlockToDashboardPainted: summarise(unlocks), lists: await scrollLists(page!) };
  } finally {
    await browser.close();
    await rig.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
