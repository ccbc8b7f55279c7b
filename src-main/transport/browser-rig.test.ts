import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../contract/settings';
import { useTempDir } from '../../test/helpers/temp-dir';
import { type BrowserRig, startBrowserRig } from './browser-rig';

const PASS = 'correct horse battery staple';
const tempDir = useTempDir();
const running: BrowserRig[] = [];

afterEach(async () => {
  for (const rig of running.splice(0)) await rig.close();
});

async function start(dir: string, settingsDir = join(dir, 'settings')): Promise<BrowserRig> {
  const staticDir = join(dir, 'static');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
  const rig = await startBrowserRig({ settingsDir, defaultFolder: join(dir, 'workspaces'), staticDir, version: '1.2.3-test' });
  running.push(rig);
  return rig;
}

async function call(rig: BrowserRig, name: string, input: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${rig.port}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-pw-token': rig.token },
    body: JSON.stringify(input),
  });
  return response.json();
}

describe('browser rig', () => {
  it('answers the contract over loopback HTTP with a fresh random token, and keeps its settings in settingsDir', async () => {
    const dir = tempDir();
    const rig = await start(dir);
    expect(rig.token).toMatch(/^[0-9a-f]{64}$/);
    expect(rig.url).toBe(`http://127.0.0.1:${rig.port}/#token=${rig.token}`);
    expect(await call(rig, 'app.info', {})).toEqual({
      ok: true,
      value: { host: 'browser', version: '1.2.3-test', defaultFolder: join(dir, 'workspaces'), pathSeparator: '/' },
    });
    expect(await call(rig, 'settings.update', { theme: 'dark' })).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    expect(JSON.parse(readFileSync(join(dir, 'settings', 'settings.json'), 'utf8'))).toMatchObject({ theme: 'dark' });

    const other = await start(tempDir());
    expect(other.token).not.toBe(rig.token);
  });

  it('locks the workspace and stops listening on close', async () => {
    const dir = tempDir();
    const rig = await start(dir);
    const path = join(dir, 'workspaces', 'acme.pws');
    expect(await call(rig, 'workspace.create', { path, organisationName: 'Acme', passphrase: PASS, confirmPassphrase: PASS })).toMatchObject({
      ok: true,
      value: { state: 'unlocked', path },
    });
    await rig.close();
    running.splice(running.indexOf(rig), 1);
    expect(rig.services.session.status()).toEqual({ state: 'locked' });
    expect(rig.server.listening).toBe(false);
    // Closed cleanly: the write-ahead log was folded back into the file.
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  // Found while writing these tests: conf (like electron-store) throws on a settings file it cannot
  // validate unless clearInvalidConfig is set, so one bad settings file keeps the app from starting.
  it.each([
    ['a value this version does not know (written by a newer version)', JSON.stringify({ idleLockMinutes: 10, theme: 'high-contrast' })],
    ['an idle lock out of range', JSON.stringify({ idleLockMinutes: -1, theme: 'auto' })],
    ['a file cut short', '{"idleLockMinutes": 10, "the'],
  ])('still starts, on the defaults, when the settings file holds %s', async (_label, content) => {
    const dir = tempDir();
    const settingsDir = join(dir, 'settings');
    mkdirSync(settingsDir, { recursive: true });
    writeFileSync(join(settingsDir, 'settings.json'), content);
    const rig = await start(dir, settingsDir);
    expect(await call(rig, 'settings.get', {})).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });
});
