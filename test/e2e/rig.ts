import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type BrowserRig, startBrowserRig } from '../../src-main/transport/browser-rig';
import { launchChromium } from './chromium';
import { NEW_WORKSPACE_ZONE } from './today';

const root = resolve(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = join(root, 'test-output', 'screenshots');

export interface RigSession {
  rig: BrowserRig;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Where this run's workspaces go; removed at the end. */
  workspaceDir: string;
  /** Every request the page made that was not to the rig itself: must stay empty. */
  foreignRequests: string[];
  /** Console errors and uncaught page errors: must stay empty. */
  pageErrors: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real UI (the built renderer) in Debian's Chromium, its contract answered
 * over loopback by the real services on real encrypted files in a fresh folder.
 * The browser runs in `timeZone`, the workspace's, as an officer's computer in the organisation's zone would.
 */
export async function openRig(options: { timeZone?: string } = {}): Promise<RigSession> {
  const staticDir = join(root, 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) throw new Error('The renderer is not built: run `npx electron-vite build` (npm test does).');
  const scratch = mkdtempSync(join(tmpdir(), 'pw-e2e-'));
  const workspaceDir = join(scratch, 'workspaces');
  mkdirSync(workspaceDir);
  const rig = await startBrowserRig({ settingsDir: join(scratch, 'settings'), defaultFolder: workspaceDir, staticDir, version: 'e2e' });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 820 }, timezoneId: options.timeZone ?? NEW_WORKSPACE_ZONE });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const origin = `http://127.0.0.1:${rig.port}`;
  page.on('request', (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith('data:') && !req.url().startsWith('blob:')) foreignRequests.push(req.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(msg.text());
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.goto(rig.url);
  return {
    rig,
    browser,
    context,
    page,
    workspaceDir,
    foreignRequests,
    pageErrors,
    screenshot: async (name) => {
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await browser.close();
      await rig.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
