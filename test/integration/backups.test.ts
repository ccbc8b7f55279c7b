import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CallInput, CallName, CallOutput } from '../../src-main/contract';
import type { ApiError } from '../../src-main/contract/errors';
import { registerAuditFunctions } from '../../src-main/db/audit/stamp';
import { deriveKey, SALT_BYTES } from '../../src-main/db/key-derivation';
import { keySlotsPath, pendingSlotsPath } from '../../src-main/db/key-slots-file';
import { MIGRATIONS, migrate } from '../../src-main/db/migrations';
import { openCipher, openPlain } from '../../src-main/db/sqlite';
import { APPLICATION_ID } from '../../src-main/db/workspace-file';
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
    const keys = readFileSync(keySlotsPath(rig.path()));
    const besides = readdirSync(rig.dir()).sort();
    const error = await rig.fail('backups.restore', { file, passphrase });
    expect(sha256(rig.path())).toBe(before);
    expect(rawBytes(rig.path()).equals(beforeRaw)).toBe(true);
    expect(readFileSync(keySlotsPath(rig.path())).equals(keys)).toBe(true);
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
    // With the backup's key file, as a backup is kept: without it the refusal would say the key file is missing.
    copyFileSync(keySlotsPath(backup), keySlotsPath(damaged));
    expect((await refused(damaged, PASS)).code).toBe('CORRUPT');

    const truncated = join(rig.dir(), 'Backups', 'truncated.pws');
    writeFileSync(truncated, bytes);
    truncateSync(truncated, bytes.length - 1000);
    copyFileSync(keySlotsPath(backup), keySlotsPath(truncated));
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

describe('backups: restore across key changes', () => {
  const rig = useBackupRig();
  const SAM = { name: 'Sam', passphrase: 'staff member passphrase 3' };
  const MIA = { name: 'Mia', passphrase: 'second officer passphrase 4' };
  let backup: string;
  let backupKeys: Buffer;

  const systems = async () => (await rig.call('inventory.systems.list', { limit: 100 })).rows.map((r) => r.name).sort();
  const people = async () => (await rig.call('people.list', {})).map((p) => p.name);

  /** A refused restore: the workspace and its key file are byte-identical, nothing is left beside them, and it still works. */
  async function refused(input: { file: string; passphrase: string; name?: string }): Promise<ApiError> {
    const before = rawBytes(rig.path());
    const keys = readFileSync(keySlotsPath(rig.path()));
    const besides = readdirSync(rig.dir()).sort();
    const error = await rig.fail('backups.restore', input);
    expect(rawBytes(rig.path()).equals(before)).toBe(true);
    expect(readFileSync(keySlotsPath(rig.path())).equals(keys)).toBe(true);
    expect(readdirSync(rig.dir()).sort()).toEqual(besides);
    expect(await systems()).toEqual(['After the rotation', 'Before the rotation']);
    return error;
  }

  beforeAll(async () => {
    await rig.call('people.add', { ...SAM, role: 'staff', confirmPassphrase: SAM.passphrase });
    await rig.call('people.add', { ...MIA, role: 'privacy_officer', confirmPassphrase: MIA.passphrase });
    await rig.call('inventory.systems.save', { name: 'Before the rotation', kind: 'application' });
    backup = (await rig.call('backups.create', {})).path;
    backupKeys = readFileSync(keySlotsPath(backup));
    rig.clock.advance(MINUTE);
    // Removing Sam changes the workspace key and reseals the key file: the backup's key file no longer fits the workspace.
    expect(await rig.call('people.remove', { name: 'Sam' })).toEqual([expect.objectContaining({ name: 'Mia' }), expect.objectContaining({ name: 'officer' })]);
    expect(readFileSync(keySlotsPath(rig.path())).equals(backupKeys)).toBe(false);
    await rig.call('inventory.systems.save', { name: 'After the rotation', kind: 'application' });
  });

  it('refuses a wrong passphrase for the backup, and changes nothing', async () => {
    const error = await refused({ file: backup, passphrase: 'not the passphrase at all' });
    expect(error).toMatchObject({ code: 'WRONG_PASSPHRASE', fields: { passphrase: 'Wrong passphrase.' } });
  });

  it('says so when the login name was not in the backup, and changes nothing', async () => {
    const error = await refused({ file: backup, passphrase: PASS, name: 'Zoe' });
    expect(error).toMatchObject({ code: 'WRONG_PASSPHRASE', fields: { name: expect.any(String) as string } });
    expect(error.message).toMatch(/No one called “Zoe”.*when this backup was taken/);
  });

  it('says so when the backup’s key file is missing (not CORRUPT), and changes nothing', async () => {
    const alone = join(rig.dir(), 'Backups', 'without-keys.pws');
    copyFileSync(backup, alone);
    const error = await refused({ file: alone, passphrase: PASS });
    expect(error.code).toBe('FILE_NOT_FOUND');
    expect(error.message).toMatch(/key file \(without-keys\.pws\.keys\) is not next to it/);
    expect(error.fields).toEqual({ file: 'Its key file without-keys.pws.keys is missing.' });
  });

  it('restores a backup taken before the rotation: its data, its key file and its people (the removed person is back)', async () => {
    rig.clock.advance(MINUTE);
    const currentKeys = readFileSync(keySlotsPath(rig.path()));
    const result = await rig.call('backups.restore', { file: backup, passphrase: PASS });
    expect(result.status).toMatchObject({ state: 'unlocked', path: rig.path(), person: { name: 'officer', role: 'privacy_officer' } });
    expect(await systems()).toEqual(['Before the rotation']);
    // People as of the backup: the officer has to remove Sam again.
    expect(await people()).toEqual(['Mia', 'officer', 'Sam']);
    expect(readFileSync(keySlotsPath(rig.path())).equals(backupKeys)).toBe(true);
    expect(existsSync(pendingSlotsPath(rig.path()))).toBe(false);
    // The workspace as it was kept with its key file, byte for byte (it is restored below).
    expect(readFileSync(keySlotsPath(result.previous)).equals(currentKeys)).toBe(true);
    expect(readdirSync(rig.dir()).filter((n) => n.includes('.restoring-'))).toEqual([]);
    // Still writable, and it opens again with the backup's passphrases (Sam's too).
    await rig.call('inventory.systems.save', { name: 'After restore', kind: 'application' });
    expect((await rig.call('workspace.unlock', { path: rig.path(), ...SAM })).person).toEqual({ name: 'Sam', role: 'staff' });
    await rig.call('workspace.unlock', { path: rig.path(), passphrase: PASS });

    // The kept pre-restore file is itself restorable: as Mia, whose role there is officer.
    rig.clock.advance(MINUTE);
    const back = await rig.call('backups.restore', { file: result.previous, passphrase: MIA.passphrase, name: 'mia' });
    expect(back.status).toMatchObject({ person: { name: 'Mia', role: 'privacy_officer' } });
    expect(await systems()).toEqual(['After the rotation', 'Before the rotation']);
    expect(await people()).toEqual(['Mia', 'officer']);
    expect(readFileSync(keySlotsPath(rig.path())).equals(currentKeys)).toBe(true);
    expect(existsSync(back.previous) && existsSync(keySlotsPath(back.previous))).toBe(true);
    // Sam's passphrase opens nothing here any more.
    expect((await rig.fail('workspace.unlock', { path: rig.path(), ...SAM })).code).toBe('WRONG_PASSPHRASE');
  });
});

describe('backups: restore of a backup from before people', () => {
  const dir = useSharedTempDir('pw-backups-legacy-');
  const clock = new FakeClock('2026-11-29T10:00:00Z');
  let services: AppServices;
  let api: ReturnType<typeof createApi>;
  const path = () => join(dir(), 'old.pws');
  const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => valueOf(await api(name, input)) as CallOutput<K>;
  const systems = async () => (await call('inventory.systems.list', { limit: 100 })).rows.map((r) => r.name).sort();

  beforeAll(async () => {
    // Built as the single-passphrase version made them: the key is scrypt(passphrase, the file's salt), no key file.
    const salt = randomBytes(SALT_BYTES);
    const old = openCipher(path(), await deriveKey(PASS, salt), { create: true, saltHex: salt.toString('hex') });
    old.pragma(`application_id = ${APPLICATION_ID}`);
    registerAuditFunctions(old, clock.now());
    migrate(old, MIGRATIONS.slice(0, 6));
    old.prepare("INSERT INTO organisation (id, name, created_at, updated_at) VALUES (1, 'Old Org', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')").run();
    old.close();
    services = createServices({ host: { host: 'browser', version: 'test', defaultFolder: dir(), pathSeparator: '/' }, settings: new MemoryBacking(), clock });
    api = createApi(services, (name, error) => {
      throw new Error(`${name} failed unexpectedly: ${String(error)}`);
    });
  });
  afterAll(() => services.session.dispose());

  it('restores the old backup after the workspace moved to key slots: the restorer is its officer, with a key file', async () => {
    // The old version's backup: the file alone, no key file; then the workspace moves to key slots on its first unlock.
    const backup = join(dir(), 'Backups', 'old-backup.pws');
    mkdirSync(join(dir(), 'Backups'));
    copyFileSync(path(), backup);
    expect((await call('workspace.unlock', { path: path(), name: 'Olivia', passphrase: PASS })).person).toEqual({ name: 'Olivia', role: 'privacy_officer' });
    await call('settings.update', { idleLockMinutes: 0 });
    await call('inventory.systems.save', { name: 'Added after the move', kind: 'application' });
    const current = rawBytes(path());
    const currentKeys = readFileSync(keySlotsPath(path()));

    const besides = readdirSync(dir()).sort();
    expect(errorOf(await api('backups.restore', { file: backup, passphrase: 'not the passphrase at all' })).code).toBe('FILE_NOT_FOUND');
    expect(rawBytes(path()).equals(current)).toBe(true);
    expect(readFileSync(keySlotsPath(path())).equals(currentKeys)).toBe(true);
    expect(readdirSync(dir()).sort()).toEqual(besides);

    clock.advance(MINUTE);
    const result = await call('backups.restore', { file: backup, passphrase: PASS });
    expect(result.status).toMatchObject({ state: 'unlocked', organisationName: 'Old Org', person: { name: 'Olivia', role: 'privacy_officer' } });
    expect(await systems()).toEqual([]);
    expect((await call('people.list', {})).map((p) => [p.name, p.role])).toEqual([['Olivia', 'privacy_officer']]);
    // Only the kept workspace and its key file are new beside it: no staged copy, no copy of the staged file's migration.
    expect(readdirSync(dir()).sort()).toEqual([...besides, `old.pws.before-restore-${/before-restore-(.*)$/.exec(result.previous)![1]}`, `${result.previous.split('/').pop()!}.keys`].sort());
    expect(readFileSync(keySlotsPath(result.previous)).equals(currentKeys)).toBe(true);
    // The backup is left as it was (no key file was added to it), and the restored workspace opens by its key slot.
    expect(existsSync(keySlotsPath(backup))).toBe(false);
    expect((await call('workspace.unlock', { path: path(), name: 'olivia', passphrase: PASS })).organisationName).toBe('Old Org');
    // The pre-restore file is restorable too.
    clock.advance(MINUTE);
    await call('backups.restore', { file: result.previous, passphrase: PASS });
    expect(await systems()).toEqual(['Added after the move']);
  });
});
