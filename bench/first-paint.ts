import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../test/e2e/chromium';
import { startBrowserRig } from '../src-main/transport/browser-rig';
import { summarise } from './stats';

/** Cold renderer load: a fresh browser context each run, navigation start to first contentful paint. */
export async function firstPaintBench(staticDir: string, runs: number) {
  const rig = await startBrowserRig({
    settingsDir: mkdtempSync(join(tmpdir(), 'pw-bench-settings-')),
    defaultFolder: mkdtempSync(join(tmpdir(), 'pw-bench-ws-')),
    staticDir,
    version: 'bench',
  });
  const browser = await launchChromium();
  const samples: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(rig.url);
      await page.getByRole('heading').first().waitFor();
      samples.push(
        await page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.getEntriesByType('paint')[0]?.startTime ?? NaN,
        ),
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await rig.close();
  }
  return summarise(samples);
}
