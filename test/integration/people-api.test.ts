import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint } from '../helpers/db-fingerprint';
import { intake } from '../helpers/requests';
import { errorOf, valueOf } from '../helpers/results';
import { MemoryBacking } from '../helpers/settings';
import { useSharedTempDir } from '../helpers/shared-temp-dir';
import type { CallInput, CallName, CallOutput } from '../../src-main/contract';
import { registerAuditFunctions } from '../../src-main/db/audit/stamp';
import { deriveKey, SALT_BYTES } from '../../src-main/db/key-derivation';
import { openSealedKey, unwrapPrivateKey } from '../../src-main/db/key-slots';
import { keySlotsPath, pendingSlotsPath, readSlotsFile } from '../../src-main/db/key-slots-file';
import { MIGRATIONS, migrate } from '../../src-main/db/migrations';
import { listPeople } from '../../src-main/db/people/people';
import { openCipher, sqliteCode } from '../../src-main/db/sqlite';
import { APPLICATION_ID, closeWorkspaceFile, unlockWorkspaceFile } from '../../src-main/db/workspace-file';
import { createApi } from '../../src-main/transport/api';
import { createServices } from '../../src-main/services/app-services';

const OFFICER = { name: 'Olivia', passphrase: 'officer passphrase 1' };
const MANAGER = { name: 'Mia', passphrase: 'manager passphrase 2' };
const STAFF = { name: 'Sam', passphrase: 'staff member passphrase 3' };
const NOW = new Date('2026-11-29T10:00:00Z');

/** True when `key` opens the file (a wrong key fails on the first read). */
function opens(path: string, key: Buffer): boolean {
  const db = openCipher(path, key, { create: false });
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch (error) {
    if (sqliteCode(error) === 'SQLITE_NOTADB') return false;
    throw error;
  } finally {
    db.close();
  }
}

describe('people: key slots, roles and rotation through the API', () => {
  const dir = useSharedTempDir('pw-people-');
  const services = createServices({
    host: { host: 'browser', version: '0.0.0-test', defaultFolder: '/', pathSeparator: '/' },
    settings: new MemoryBacking(),
  });
  const api = createApi(services, (name, error) => {
    throw new Error(`${name} failed unexpectedly: ${String(error)}`);
  });
  const call = async <K extends CallName>(name: K, input: CallInput<K>) => valueOf(await api(name, input)) as CallOutput<K>;
  const fail = async (name: CallName, input: unknown) => errorOf(await api(name, input));
  const path = () => join(dir(), 'people.pws');
  const unlockAs = (who: { name: string; passphrase: string }) => call('workspace.unlock', { path: path(), ...who });

  beforeAll(async () => {
    await call('workspace.create', { path: path(), organisationName: 'People Test Ltd', officerName: OFFICER.name, passphrase: OFFICER.passphrase, confirmPassphrase: OFFICER.passphrase });
  });
  afterAll(() => services.session.dispose());

  it('creates the workspace with its first person, the privacy officer, and a key file beside it', async () => {
    expect(await call('workspace.status', {})).toMatchObject({ state: 'unlocked', person: { name: 'Olivia', role: 'privacy_officer' } });
    expect(readSlotsFile(keySlotsPath(path()))?.map((s) => s.name)).toEqual(['Olivia']);
    const keyFile = readFileSync(keySlotsPath(path()), 'utf8');
    expect(keyFile).not.toMatch(/privacy_officer|People Test/);
  });

  it('adds a manager and a staff member with only the officer open (no one else’s passphrase)', async () => {
    await call('people.add', { ...MANAGER, role: 'manager', confirmPassphrase: MANAGER.passphrase });
    const people = await call('people.add', { ...STAFF, role: 'staff', confirmPassphrase: STAFF.passphrase });
    expect(people).toEqual([
      { name: 'Mia', role: 'manager' },
      { name: 'Olivia', role: 'privacy_officer' },
      { name: 'Sam', role: 'staff' },
    ]);
    expect((await fail('people.add', { name: 'sam', role: 'staff', passphrase: STAFF.passphrase, confirmPassphrase: STAFF.passphrase })).code).toBe('CONFLICT');
    // Beyond ASCII too: one person whatever the letter case.
    await call('people.add', { name: 'Émile', role: 'staff', passphrase: STAFF.passphrase, confirmPassphrase: STAFF.passphrase });
    expect((await fail('people.add', { name: 'émile', role: 'staff', passphrase: STAFF.passphrase, confirmPassphrase: STAFF.passphrase })).code).toBe('CONFLICT');
    expect((await call('people.remove', { name: 'ÉMILE' })).map((p) => p.name)).toEqual(['Mia', 'Olivia', 'Sam']);
    expect(readSlotsFile(keySlotsPath(path()))?.map((s) => s.name).sort()).toEqual(['Mia', 'Olivia', 'Sam']);
  });

  it('refuses a wrong login name or passphrase, saying which', async () => {
    await call('workspace.lock', {});
    const noOne = await fail('workspace.unlock', { path: path(), name: 'Nobody', passphrase: OFFICER.passphrase });
    expect(noOne).toMatchObject({ code: 'WRONG_PASSPHRASE', fields: { name: 'No one has this login name here.' } });
    const wrong = await fail('workspace.unlock', { path: path(), name: 'Mia', passphrase: OFFICER.passphrase });
    expect(wrong).toMatchObject({ code: 'WRONG_PASSPHRASE', fields: { passphrase: 'Wrong passphrase.' } });
  });

  it('lets a manager read and report but refuses every change, with the reason, and changes nothing', async () => {
    const status = await unlockAs({ name: 'mia', passphrase: MANAGER.passphrase });
    expect(status.person).toEqual({ name: 'Mia', role: 'manager' });
    expect(services.session.actor()).toBe('Mia');
    const before = databaseFingerprint(services.session.db());
    const organisation = await call('inventory.organisation.get', {});
    const refused = await fail('inventory.organisation.save', { ...organisation, name: 'Taken Over Ltd' });
    expect(refused).toEqual({ code: 'FORBIDDEN', message: 'A manager can read and report but not change the inventory, vendors or rules; ask the privacy officer.' });
    expect(await fail('requests.create', intake('2026-11-28T10:00:00Z'))).toEqual({
      code: 'FORBIDDEN',
      message: 'A manager can read and report but not change records; ask the privacy officer.',
    });
    // Refused before validation: even a malformed input gets the role's answer.
    expect((await fail('people.remove', { name: 42 })).code).toBe('FORBIDDEN');
    expect(databaseFingerprint(services.session.db())).toBe(before);
    expect(await call('inventory.completeness', {})).toBeInstanceOf(Array);
  });

  it('lets staff log a request but not edit the inventory', async () => {
    expect((await unlockAs(STAFF)).person?.role).toBe('staff');
    const request = await call('requests.create', intake('2026-11-28T10:00:00Z'));
    expect(request.id).toBeGreaterThan(0);
    const refused = await fail('inventory.activities.save', { name: 'Payroll', purposes: [{ purpose: 'Pay people' }] });
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/^Staff can read records, log and work requests and generate reports but not change the inventory/);
    expect((await fail('people.list', {})).code).toBe('FORBIDDEN');
  });

  it('lets the officer do everything, but not remove or demote the only officer', async () => {
    await unlockAs(OFFICER);
    await call('inventory.activities.save', { name: 'Payroll', purposes: [{ purpose: 'Pay people' }] });
    expect(await fail('people.remove', { name: 'Olivia' })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/only privacy officer/) as string });
    expect((await fail('people.changeRole', { name: 'Olivia', role: 'staff' })).code).toBe('CONFLICT');
    await call('people.changeRole', { name: 'Mia', role: 'staff' });
    await call('people.changeRole', { name: 'Mia', role: 'manager' });
  });

  it("rotates the key when someone is removed: the file changes and the removed person's saved key file no longer opens it", async () => {
    const savedKeyFile = join(dir(), 'sams-copy.keys');
    copyFileSync(keySlotsPath(path()), savedKeyFile);
    const headBefore = readFileSync(path()).subarray(0, 16);
    const samsOldSlot = readSlotsFile(savedKeyFile)!.find((s) => s.name === 'Sam')!;
    const oldKey = openSealedKey(samsOldSlot, await unwrapPrivateKey(samsOldSlot, STAFF.passphrase));

    const started = performance.now();
    expect((await call('people.remove', { name: 'Sam' })).map((p) => p.name)).toEqual(['Mia', 'Olivia']);
    console.info(`[people] key rotation on a small workspace: ${Math.round(performance.now() - started)} ms`);

    expect(readFileSync(path()).subarray(0, 16).equals(headBefore)).toBe(false);
    expect(existsSync(pendingSlotsPath(path()))).toBe(false);
    expect(readSlotsFile(keySlotsPath(path()))?.map((s) => s.name).sort()).toEqual(['Mia', 'Olivia']);
    // Everyone else still gets in with their own passphrase; the workspace keeps its records.
    expect((await call('inventory.activities.list', {})).rows.map((r) => r.name)).toEqual(['Payroll']);
    await call('workspace.lock', {});
    expect(opens(path(), oldKey)).toBe(false);
    await unlockAs({ name: 'Mia', passphrase: MANAGER.passphrase });
    expect((await fail('workspace.unlock', { path: path(), ...STAFF })).code).toBe('WRONG_PASSPHRASE');
    await unlockAs(OFFICER);
  });

  it("changes one's own passphrase: only one's slot changes", async () => {
    const others = readSlotsFile(keySlotsPath(path()))!.filter((s) => s.name !== 'Olivia');
    await call('workspace.changePassphrase', { currentPassphrase: OFFICER.passphrase, newPassphrase: 'officer passphrase new', confirmPassphrase: 'officer passphrase new' });
    expect(readSlotsFile(keySlotsPath(path()))!.filter((s) => s.name !== 'Olivia')).toEqual(others);
    await call('workspace.lock', {});
    expect((await fail('workspace.unlock', { path: path(), ...OFFICER })).code).toBe('WRONG_PASSPHRASE');
    await unlockAs({ name: 'Olivia', passphrase: 'officer passphrase new' });
  });
});

describe('a workspace from before people', () => {
  const dir = useSharedTempDir('pw-legacy-');
  const PASS = 'correct horse battery staple';

  it('moves to key slots on its first unlock: the unlocking person becomes its officer and the file gets a random key', async () => {
    // Built as the single-passphrase version made them: the key is scrypt(passphrase, the file's salt), no key file.
    const path = join(dir(), 'old.pws');
    const salt = randomBytes(SALT_BYTES);
    const legacyKey = await deriveKey(PASS, salt);
    const old = openCipher(path, legacyKey, { create: true, saltHex: salt.toString('hex') });
    old.pragma(`application_id = ${APPLICATION_ID}`);
    registerAuditFunctions(old, NOW);
    migrate(old, MIGRATIONS.slice(0, 6));
    old.prepare("INSERT INTO organisation (id, name, created_at, updated_at) VALUES (1, 'Old Org', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')").run();
    old.close();

    const started = performance.now();
    const ws = await unlockWorkspaceFile(path, PASS, NOW, 'Olivia');
    console.info(`[people] first unlock with the move to key slots: ${Math.round(performance.now() - started)} ms`);
    expect(ws.person).toEqual({ name: 'Olivia', role: 'privacy_officer' });
    expect(listPeople(ws.db)).toEqual([expect.objectContaining({ name: 'Olivia', role: 'privacy_officer' })]);
    expect(ws.migrationBackup).toBeDefined();
    closeWorkspaceFile(ws);

    expect(readSlotsFile(keySlotsPath(path))?.map((s) => s.name)).toEqual(['Olivia']);
    expect(readFileSync(path).subarray(0, 16).equals(salt)).toBe(false);
    expect(opens(path, legacyKey)).toBe(false);
    // The pre-migration copy keeps the old key (it is what it was).
    expect(opens(ws.migrationBackup!, legacyKey)).toBe(true);

    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      closeWorkspaceFile(await unlockWorkspaceFile(path, PASS, NOW, 'olivia'));
      times.push(performance.now() - t);
    }
    console.info(`[people] unlock by key slot: ${times.map(Math.round).join(', ')} ms`);
    const error = await unlockWorkspaceFile(path, PASS, NOW).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'WRONG_PASSPHRASE', message: expect.stringMatching(/No one called “officer”/) as string });
  });
});
