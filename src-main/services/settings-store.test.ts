import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { type AppSettings, DEFAULT_SETTINGS } from '../contract/settings';
import { confSettings, MemoryBacking } from '../../test/helpers/settings';
import { useTempDir } from '../../test/helpers/temp-dir';
import { MAX_RECENT, type RecentEntry, SettingsStore } from './settings-store';

const tempDir = useTempDir();

/** A SettingsStore on a real conf file in `dir`; a second call on the same folder is a fresh process reading it back. */
function storeIn(dir: string) {
  const conf = confSettings(dir);
  return { store: new SettingsStore(conf), file: conf.path };
}

const entry = (n: number, name = `Org ${n}`): RecentEntry => ({
  path: `/work/w${n}.pws`,
  organisationName: name,
  lastOpenedAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
});

describe('settings store on a conf file', () => {
  it('starts from the defaults, with no recent workspaces and no window bounds', () => {
    const { store } = storeIn(tempDir());
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.recent()).toEqual([]);
    expect(store.windowBounds()).toBeUndefined();
  });

  it('persists an update, which a new instance on the same folder reads back', () => {
    const dir = tempDir();
    const { store, file } = storeIn(dir);
    expect(store.update({ theme: 'dark' })).toEqual({ idleLockMinutes: DEFAULT_SETTINGS.idleLockMinutes, theme: 'dark' });
    expect(store.update({ idleLockMinutes: 0 })).toEqual({ idleLockMinutes: 0, theme: 'dark' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ idleLockMinutes: 0, theme: 'dark' });
    expect(storeIn(dir).store.get()).toEqual({ idleLockMinutes: 0, theme: 'dark' });
  });

  it('accepts the bounds of the idle lock: 0 and 1440 minutes', () => {
    const dir = tempDir();
    const { store } = storeIn(dir);
    expect(store.update({ idleLockMinutes: 1440 }).idleLockMinutes).toBe(1440);
    expect(storeIn(dir).store.get().idleLockMinutes).toBe(1440);
    expect(store.update({ idleLockMinutes: 0 }).idleLockMinutes).toBe(0);
  });

  it.each<[string, Partial<AppSettings>]>([
    ['idleLockMinutes -1', { idleLockMinutes: -1 }],
    ['idleLockMinutes 1441', { idleLockMinutes: 1441 }],
    ['idleLockMinutes 1.5', { idleLockMinutes: 1.5 }],
    ['idleLockMinutes NaN', { idleLockMinutes: Number.NaN }],
    ['idleLockMinutes Infinity', { idleLockMinutes: Number.POSITIVE_INFINITY }],
    ['an unknown theme', { theme: 'neon' as AppSettings['theme'] }],
    ['a valid theme beside an invalid idle lock', { theme: 'light', idleLockMinutes: -5 }],
  ])('refuses %s and keeps the stored values, on disk too', (_label, patch) => {
    const dir = tempDir();
    const { store, file } = storeIn(dir);
    store.update({ idleLockMinutes: 42, theme: 'dark' });
    const before = readFileSync(file, 'utf8');
    expect(() => store.update(patch)).toThrow(ZodError);
    expect(store.get()).toEqual({ idleLockMinutes: 42, theme: 'dark' });
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(storeIn(dir).store.get()).toEqual({ idleLockMinutes: 42, theme: 'dark' });
  });

  it('keeps recent workspaces most recent first, without duplicates, capped at MAX_RECENT', () => {
    const dir = tempDir();
    const { store } = storeIn(dir);
    store.rememberRecent(entry(1));
    store.rememberRecent(entry(2));
    store.rememberRecent(entry(3));
    expect(store.recent().map((r) => r.path)).toEqual(['/work/w3.pws', '/work/w2.pws', '/work/w1.pws']);

    // Opening one again moves it to the front with its new details, and it appears once.
    store.rememberRecent(entry(1, 'Org 1 renamed'));
    expect(store.recent()).toEqual([entry(1, 'Org 1 renamed'), entry(3), entry(2)]);

    for (let n = 4; n <= MAX_RECENT + 5; n++) store.rememberRecent(entry(n));
    const recent = storeIn(dir).store.recent();
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]).toEqual(entry(MAX_RECENT + 5));
    expect(recent.map((r) => r.path)).toEqual(Array.from({ length: MAX_RECENT }, (_, i) => `/work/w${MAX_RECENT + 5 - i}.pws`));
    expect(new Set(recent.map((r) => r.path)).size).toBe(MAX_RECENT);
  });

  it('forgets exactly the path it is given', () => {
    const dir = tempDir();
    const { store } = storeIn(dir);
    for (const n of [1, 2, 3]) store.rememberRecent(entry(n));
    store.forgetRecent('/work/w2.pws');
    store.forgetRecent('/work/not-there.pws');
    expect(storeIn(dir).store.recent()).toEqual([entry(3), entry(1)]);
  });

  it('round-trips window bounds across instances', () => {
    const dir = tempDir();
    const bounds = { x: -1200, y: 40.5, width: 1280, height: 820 };
    storeIn(dir).store.setWindowBounds(bounds);
    expect(storeIn(dir).store.windowBounds()).toEqual(bounds);
  });

  it.each([
    ['too narrow', { x: 0, y: 0, width: 399, height: 800 }],
    ['too short', { x: 0, y: 0, width: 1000, height: 299 }],
  ])('reads window bounds that are %s as undefined', (_label, bounds) => {
    const dir = tempDir();
    storeIn(dir).store.setWindowBounds(bounds);
    expect(storeIn(dir).store.windowBounds()).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['missing the height', { x: 0, y: 0, width: 1000 }],
    ['a string', '1280x820'],
    ['numbers as strings', { x: '0', y: '0', width: '1000', height: '800' }],
  ])('reads stored window bounds %s as undefined', (_label, stored) => {
    const backing = new MemoryBacking();
    backing.set('windowBounds', stored);
    expect(new SettingsStore(backing).windowBounds()).toBeUndefined();
  });

  it('falls back to the defaults and an empty recent list when the stored values are malformed', () => {
    const backing = new MemoryBacking();
    backing.set('idleLockMinutes', 'ten');
    backing.set('theme', 'neon');
    backing.set('recentWorkspaces', [{ path: 3 }]);
    const store = new SettingsStore(backing);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.recent()).toEqual([]);
  });
});
