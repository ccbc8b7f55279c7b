import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CallInput, CallName, CallOutput } from '../../src-main/contract';
import type { ApiError } from '../../src-main/contract/errors';
import { openPlain } from '../../src-main/db/sqlite';
import { FakeClock, MINUTE } from '../helpers/clock';
import { rawBytes, sha256 } from '../helpers/files';
import { errorOf, valueOf } from '../helpers/results';
import { MemoryBacking } from '../helpers/settings';
import { useSharedTempDir } from '../helpers/shared-temp-dir';
import { createApi } from '../../src-main/transport/api';
import { type AppServices, createServices } from '../../src-main/services/app-services';

const PASS = 'correct horse battery staple';
const HOUR = 60 * MINUTE;

/** One real workspace answered through the dispatcher; the scheduler's one-minute timer is faked, its clock is a FakeClock. */
function useBackupRig() {
  const dir = useSharedTempDir('pw-backups-');
  const clock = new FakeClock('2026-11-29T10:00:00Z');
  const backing = new MemoryBacking();
  let services: AppServices;
  let api: ReturnType<typeof createApi>;
  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    services = createServices({ host: { host: 'browser', version: 'test', defaultFolder: dir(), pathSeparator: '/' }, settings: backing, clock });
    api = createApi(services, (name, error) => {
      throw new Error(`${name} failed unexpectedly: ${String(error)}`);
    });
    valueOf(await api('workspace.create', { path: join(dir(), 'acme.pws'), organisationName: 'Acme Ltd', passphrase: PASS, confirmPassphrase: PASS }));
    valueOf(await api('settings.update', { idleLockMinutes: 0 }));
  });
  afterAll(() => {
    services.session.dispose();
    vi.useRealTimers();
  });
  return {
    dir,
    clock,
    backing,
    path: () => join(dir(), 'acme.pws'),
    services: () => services,
    call: async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => valueOf(await api(name, input)) as CallOutput<K>,
    fail: async (name: CallName, input: unknown): Promise<ApiError> => errorOf(await api(name, input)),
  };
}

describe('backups: now, settings and the schedule', () => {
  const rig = useBackupRig();

  it('backs up now into the Backups folder next to the workspace and lists it', async () => {
    const made = await rig.call('backups.create', {});
    expect(made).toMatchObject({ path: join(rig.dir(), 'Backups', made.name), kind: 'manual', createdAt: '2026-11-29T10:00:00.000Z' });
    expect(made.name).toMatch(/^acme-\d{8}-\d{6}\.pws$/);
    expect(made.size).toBe(readFileSync(made.path).length);
    expect(await rig.call('backups.list', {})).toEqual([made]);
    // A second within the same second would need the same name: refused, the first one kept.
    expect((await rig.fail('backups.create', {})).code).toBe('FILE_EXISTS');
    // A chosen file (Electron's save dialog) gets the extension.
    const chosen = await rig.call('backups.create', { path: join(rig.dir(), 'elsewhere', 'copy') });
    expect(chosen.path).toBe(join(rig.dir(), 'elsewhere', 'copy.pws'));
    expect((await rig.fail('backups.create', { path: 'relative/copy.pws' })).fields).toEqual({ path: 'Use a full path.' });
  });

  it('keeps its settings in the workspace, not in the app settings file', async () => {
    const initial = await rig.call('backups.settings.get', {});
    expect(initial).toMatchObject({ settings: { folder: '', schedule: 'off', everyHours: 6, keep: 7 }, folder: join(rig.dir(), 'Backups'), nextAutomaticAt: null, lastError: null });
    const folder = join(rig.dir(), 'Auto Backups');
    const saved = await rig.call('backups.settings.save', { folder, schedule: 'hours', everyHours: 6, keep: 2 });
    expect(saved).toMatchObject({ folder, settings: { folder, schedule: 'hours', everyHours: 6, keep: 2 }, nextAutomaticAt: '2026-11-29T10:00:00.000Z' });
    expect(JSON.stringify([...rig.backing.values])).not.toContain('Auto Backups');
    expect((await rig.fail('backups.settings.save', { folder: 'Backups', schedule: 'daily', everyHours: 6, keep: 2 })).fields).toEqual({ folder: 'Use a full path.' });
    expect((await rig.fail('backups.settings.save', { folder, schedule: 'daily', everyHours: 6, keep: 0 })).fields).toHaveProperty('keep');
    expect(await rig.call('backups.settings.get', {})).toEqual(saved);
  });

  it('backs up on the schedule, by the session’s clock, and keeps the newest automatic ones', async () => {
    const tick = () => vi.advanceTimersByTime(MINUTE);
    const folder = join(rig.dir(), 'Auto Backups');
    await rig.call('backups.create', {});
    rig.clock.advance(MINUTE);
    tick();
    expect((await rig.call('backups.list', {})).map((b) => b.kind)).toEqual(['automatic', 'manual']);
    expect(readdirSync(folder).filter((n) => n.endsWith('-auto.pws'))).toHaveLength(1);
    const first = (await rig.call('backups.settings.get', {})).lastAutomatic;
    expect(first?.kind).toBe('automatic');
    expect(first?.createdAt).toBe('2026-11-29T10:01:00.000Z');
    rig.clock.advance(5 * HOUR);
    tick();
    expect((await rig.call('backups.list', {})).filter((b) => b.kind === 'automatic')).toHaveLength(1);
    for (let i = 0; i < 3; i++) {
      rig.clock.advance(HOUR);
      tick();
      rig.clock.advance(5 * HOUR);
    }
    const list = await rig.call('backups.list', {});
    // Three more ran; two automatic ones are kept (keep: 2), the manual one is never rotated away.
    expect(list.map((b) => [b.kind, b.createdAt])).toEqual([
      ['automatic', '2026-11-30T04:01:00.000Z'],
      ['automatic', '2026-11-29T22:01:00.000Z'],
      ['manual', '2026-11-29T10:00:00.000Z'],
    ]);
    expect((await rig.call('backups.settings.get', {})).nextAutomaticAt).toBe('2026-11-30T10:01:00.000Z');
  });

  it('reports a failed automatic backup in the settings, never throws, and recovers', async () => {
    writeFileSync(join(rig.dir(), 'a-file'), '');
    const broken = join(rig.dir(), 'a-file', 'Backups');
    await rig.call('backups.settings.save', { folder: broken, schedule: 'daily', everyHours: 6, keep: 2 });
    rig.clock.advance(24 * HOUR);
    expect(() => vi.advanceTimersByTime(MINUTE)).not.toThrow();
    const failed = await rig.call('backups.settings.get', {});
    expect(failed.lastError?.message).toMatch(/backup folder cannot be reached or made/);
    expect(failed.lastError?.at).toBe(rig.clock.now().toISOString());
    // The next try waits a quarter of an hour.
    const folder = join(rig.dir(), 'Auto Backups');
    await rig.call('backups.settings.save', { folder, schedule: 'daily', everyHours: 6, keep: 2 });
    vi.advanceTimersByTime(MINUTE);
    expect((await rig.call('backups.settings.get', {})).lastError).not.toBeNull();
    rig.clock.advance(15 * MINUTE);
    vi.advanceTimersByTime(MINUTE);
    const recovered = await rig.call('backups.settings.get', {});
    expect(recovered.lastError).toBeNull();
    expect(recovered.lastAutomatic?.createdAt).toBe(rig.clock.now().toISOString());
  });

  it('stops with the lock', async () => {
    const folder = join(rig.dir(), 'Auto Backups');
    const before = readdirSync(folder).length;
    rig.services().session.lock('manual');
    rig.clock.advance(48 * HOUR);
    vi.advanceTimersByTime(10 * MINUTE);
    expect(readdirSync(folder)).toHaveLength(before);
    expect((await rig.fail('backups.list', {})).code).toBe('LOCKED');
  });
});

describe('backups: restore', () => {
  const rig = useBackupRig();
  let backup: string;

  const systems = async () => (await rig.call('inventory.systems.list', { limit: 100 })).rows.map((r) => r.name).sort();
  const addSystem = (name: string) => rig.call('inventory.systems.save', { name, kind: 'application' });

  beforeAll(async () => {
    await addSystem('Old CRM');
    backup = (await rig.call('backups.create', {})).path;
    rig.clock.advance(MINUTE);
    await addSystem('New ERP');
  });

  /** A refused restore: the workspace's bytes are unchanged, nothing is left beside it, and it is still open and writable. */
  async function refused(file: string, passphrase: string): Promise<ApiError> {
    const before = sha256(rig.path());
    const beforeRaw = rawBytes(rig.path());
    const besides = readdirSync(rig.dir()).sort();
    const error = await rig.fail('backups.restore', { file, passphrase });
    expect(sha256(rig.path())).toBe(before);
    expect(rawBytes(rig.path()).equals(beforeRaw)).toBe(true);
    expect(readdirSync(rig.dir()).sort()).toEqual(besides);
    expect(await systems()).toEqual(['New ERP', 'Old CRM']);
    return error;
  }

  it('refuses a wrong passphrase', async () => {
    expect((await refused(backup, 'not the passphrase at all')).code).toBe('WRONG_PASSPHRASE');
  });

  it('refuses a damaged backup, a cut-short one and files that are not workspaces', async () => {
    const bytes = readFileSync(backup);
    const damaged = join(rig.dir(), 'Backups', 'damaged.pws');
    const flipped = Buffer.from(bytes);
    for (let i = 3 * 4096 + 100; i < 3 * 4096 + 164; i++) flipped[i] = flipped[i]! ^ 0xff;
    writeFileSync(damaged, flipped);
    expect((await refused(damaged, PASS)).code).toBe('CORRUPT');

    const truncated = join(rig.dir(), 'Backups', 'truncated.pws');
    writeFileSync(truncated, bytes);
    truncateSync(truncated, bytes.length - 1000);
    expect((await refused(truncated, PASS)).code).toBe('CORRUPT');

    const plain = join(rig.dir(), 'plain.sqlite');
    const db = openPlain(plain);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    db.close();
    expect((await refused(plain, PASS)).code).toBe('NOT_A_WORKSPACE');

    const text = join(rig.dir(), 'notes.txt');
    writeFileSync(text, 'not a workspace');
    expect((await refused(text, PASS)).code).toBe('CORRUPT');
    expect((await refused(join(rig.dir(), 'missing.pws'), PASS)).code).toBe('FILE_NOT_FOUND');
    expect((await refused(rig.path(), PASS)).code).toBe('VALIDATION');
  });

  it('replaces the workspace with a backup, keeping the one it replaced', async () => {
    rig.clock.advance(MINUTE);
    const result = await rig.call('backups.restore', { file: backup, passphrase: PASS });
    expect(result.status).toMatchObject({ state: 'unlocked', path: rig.path(), organisationName: 'Acme Ltd' });
    expect(result.previous.startsWith(`${rig.path()}.before-restore-`)).toBe(true);
    expect(result.previous).toMatch(/\.before-restore-\d{8}-\d{6}\.pws$/);
    expect(await systems()).toEqual(['Old CRM']);
    // Still open and writable, and the replaced workspace is kept whole.
    await addSystem('After restore');
    expect(await systems()).toEqual(['After restore', 'Old CRM']);
    expect(existsSync(result.previous)).toBe(true);
    expect(readdirSync(rig.dir()).filter((n) => n.includes('.restoring-'))).toEqual([]);
    rig.clock.advance(MINUTE);
    const back = await rig.call('backups.restore', { file: result.previous, passphrase: PASS });
    expect(await systems()).toEqual(['New ERP', 'Old CRM']);
    expect(existsSync(back.previous)).toBe(true);
  });
});
