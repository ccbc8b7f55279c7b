import { existsSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/errors';
import { rawBytes, sha256 } from '../../test/helpers/files';
import { useTempDir } from '../../test/helpers/temp-dir';
import { deriveKey } from './key-derivation';
import { keySlotsPath } from './key-slots-file';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { openCipher, openPlain } from './sqlite';
import {
  APPLICATION_ID,
  changeOwnPassphrase,
  checkIntegrity,
  closeWorkspaceFile,
  createWorkspaceFile,
  readOrganisationName,
  unlockWorkspaceFile,
} from './workspace-file';

const PASS = 'correct horse battery staple';
const NOW = new Date('2026-11-29T10:00:00Z');
const tempDir = useTempDir();

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function newWorkspace(name = 'Zebracorn Kittiwake Holdings'): Promise<string> {
  const path = join(tempDir(), 'acme.pws');
  closeWorkspaceFile(await createWorkspaceFile(path, PASS, name, NOW));
  return path;
}

/** The workspace's raw key, as its key file gives it to the officer. */
async function rawKey(path: string): Promise<Buffer> {
  const ws = await unlockWorkspaceFile(path, PASS, NOW);
  closeWorkspaceFile(ws);
  return ws.key;
}

describe('workspace file', () => {
  it('creates a workspace that unlocks with its passphrase and keeps what was written', async () => {
    const path = await newWorkspace('Ñúñez & Zoë Ltd');
    const ws = await unlockWorkspaceFile(path, PASS, NOW);
    expect(readOrganisationName(ws.db)).toBe('Ñúñez & Zoë Ltd');
    expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    closeWorkspaceFile(ws);
  });

  it('writes no distinctive plaintext to the file or its WAL', async () => {
    const marker = 'QUOKKA-PLAINTEXT-7731';
    const path = await newWorkspace(`${marker} Org`);
    const ws = await unlockWorkspaceFile(path, PASS, NOW);
    ws.db.prepare("INSERT INTO workspace_meta (key, value) VALUES ('probe', ?)").run(`${marker} ${'x'.repeat(5000)}`);
    // While open, the change sits in the WAL: check it there too.
    expect(existsSync(`${path}-wal`)).toBe(true);
    const whileOpen = rawBytes(path);
    expect(whileOpen.includes(Buffer.from(marker))).toBe(false);
    expect(whileOpen.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(whileOpen.includes(Buffer.from('workspace_meta'))).toBe(false);
    closeWorkspaceFile(ws);
    expect(rawBytes(path).includes(Buffer.from(marker))).toBe(false);
  });

  it('is a standard SQLCipher 4 file: the raw key opens it with the standard settings', async () => {
    const path = await newWorkspace();
    const key = await rawKey(path);
    const db = openCipher(path, key, { create: false });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.prepare('SELECT name FROM organisation').get()).toEqual({ name: 'Zebracorn Kittiwake Holdings' });
    db.close();
    const plain = openPlain(path);
    expect(() => plain.prepare('SELECT * FROM sqlite_master').all()).toThrow(/not a database/);
    plain.close();
  });

  it('refuses a wrong passphrase with a clear error and leaves the file unchanged', async () => {
    const path = await newWorkspace();
    const before = sha256(path);
    const files = readdirSync(join(path, '..'));
    const error = await errorOf(unlockWorkspaceFile(path, 'not the passphrase at all', NOW));
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toMatch(/does not open this workspace/);
    expect(sha256(path)).toBe(before);
    expect(readdirSync(join(path, '..'))).toEqual(files);
  });

  it('refuses a workspace from a newer schema and leaves it unchanged', async () => {
    const path = await newWorkspace();
    const key = await rawKey(path);
    const db = openCipher(path, key, { create: false });
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    const before = sha256(path);
    const error = await errorOf(unlockWorkspaceFile(path, PASS, NOW));
    expect(error.code).toBe('NEWER_VERSION');
    expect(error.message).toMatch(/newer version/);
    expect(sha256(path)).toBe(before);
  });

  it('takes an encrypted copy before migrating an older workspace', async () => {
    const path = await newWorkspace();
    // Rewind the schema to version 0, as a workspace made before the first migration would be: no tables at all
    // (dropping a full-text table drops its shadow tables with it, hence IF EXISTS), keyed from its passphrase and without a key file.
    const salt = readFileSync(path).subarray(0, 16);
    const key = await deriveKey(PASS, salt);
    const db = openCipher(path, await rawKey(path), { create: false });
    db.pragma('journal_mode = DELETE');
    db.pragma(`rekey = "x'${key.toString('hex')}${salt.toString('hex')}'"`);
    rmSync(keySlotsPath(path));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
    db.pragma('foreign_keys = OFF');
    for (const { name } of tables) db.exec(`DROP TABLE IF EXISTS "${name}"`);
    db.pragma('user_version = 0');
    db.close();
    const before = readFileSync(path);
    const ws = await unlockWorkspaceFile(path, PASS, NOW);
    expect(ws.migrationBackup).toBeDefined();
    expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const backup = readFileSync(ws.migrationBackup!);
    expect(backup.subarray(0, 16).equals(before.subarray(0, 16))).toBe(true);
    expect(backup.includes(Buffer.from('SQLite format 3'))).toBe(false);
    const copy = openCipher(ws.migrationBackup!, key, { create: false });
    expect(copy.pragma('user_version', { simple: true })).toBe(0);
    copy.close();
    closeWorkspaceFile(ws);
  });

  it('reports a truncated file as damaged, with the way to restore, and does not touch it', async () => {
    const path = await newWorkspace();
    truncateSync(path, 5000);
    const before = sha256(path);
    const error = await errorOf(unlockWorkspaceFile(path, PASS, NOW));
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toMatch(/Restore the workspace from a backup/);
    expect(sha256(path)).toBe(before);
  });

  it('reports flipped bytes inside the data as damage once the key is right, and does not touch the file', async () => {
    const path = await newWorkspace();
    const ws = await unlockWorkspaceFile(path, PASS, NOW);
    const insert = ws.db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?)');
    ws.db.transaction(() => {
      for (let i = 0; i < 400; i++) insert.run(`k${i}`, 'v'.repeat(200));
    })();
    closeWorkspaceFile(ws);
    const bytes = readFileSync(path);
    // Page 1 stays whole (it is where the key is checked); every later page gets a flipped byte.
    for (let page = 1; page * 4096 < bytes.length; page++) bytes[page * 4096 + 200] = bytes[page * 4096 + 200]! ^ 0xff;
    writeFileSync(path, bytes);
    const before = sha256(path);
    // The schema spans several pages, so the damage may already show while unlocking; otherwise the integrity check finds it.
    const error = await unlockWorkspaceFile(path, PASS, NOW).then(
      (damaged) => {
        try {
          checkIntegrity(damaged.db);
          return undefined;
        } catch (e) {
          return e;
        } finally {
          closeWorkspaceFile(damaged);
        }
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CORRUPT');
    expect((error as AppError).message).toMatch(/Restore the workspace from a backup/);
    expect(sha256(path)).toBe(before);
  });

  it('passes its integrity check when whole', async () => {
    const ws = await unlockWorkspaceFile(await newWorkspace(), PASS, NOW);
    expect(checkIntegrity(ws.db)).toEqual([]);
    closeWorkspaceFile(ws);
  });

  it('says an unencrypted SQLite file is not a workspace', async () => {
    const path = join(tempDir(), 'plain.db');
    const db = openPlain(path);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const error = await errorOf(unlockWorkspaceFile(path, PASS, NOW));
    expect(error.code).toBe('NOT_A_WORKSPACE');
  });

  it('says an encrypted database of another app is not a workspace', async () => {
    const path = join(tempDir(), 'other.db');
    const salt = Buffer.alloc(16, 7);
    const key = await deriveKey(PASS, salt);
    const db = openCipher(path, key, { create: true, saltHex: salt.toString('hex') });
    db.exec('CREATE TABLE t (x)');
    db.close();
    const before = sha256(path);
    const error = await errorOf(unlockWorkspaceFile(path, PASS, NOW));
    expect(error.code).toBe('NOT_A_WORKSPACE');
    expect(sha256(path)).toBe(before);
  });

  it('refuses to create over an existing file, and says when there is no file to open', async () => {
    const path = await newWorkspace();
    const before = sha256(path);
    expect((await errorOf(createWorkspaceFile(path, PASS, 'Other', NOW))).code).toBe('FILE_EXISTS');
    expect(sha256(path)).toBe(before);
    expect((await errorOf(unlockWorkspaceFile(join(tempDir(), 'missing.pws'), PASS, NOW))).code).toBe('FILE_NOT_FOUND');
  });

  it('refuses a second opener while the workspace is open: never two writers', async () => {
    const path = await newWorkspace();
    const ws = await unlockWorkspaceFile(path, PASS, NOW);
    expect((await errorOf(unlockWorkspaceFile(path, PASS, NOW))).code).toBe('IN_USE');
    closeWorkspaceFile(ws);
  });

  it("changes one person's passphrase: only their key slot changes, the new one opens it, the old one no longer does", async () => {
    const path = await newWorkspace();
    const ws = await unlockWorkspaceFile(path, PASS, NOW);
    expect((await errorOf(changeOwnPassphrase(ws, 'officer', 'wrong current passphrase', 'a brand new passphrase'))).code).toBe('WRONG_PASSPHRASE');
    await changeOwnPassphrase(ws, 'officer', PASS, 'a brand new passphrase');
    ws.db.prepare("INSERT INTO workspace_meta (key, value) VALUES ('after', 'change')").run();
    closeWorkspaceFile(ws);
    expect((await errorOf(unlockWorkspaceFile(path, PASS, NOW))).code).toBe('WRONG_PASSPHRASE');
    const reopened = await unlockWorkspaceFile(path, 'a brand new passphrase', NOW);
    expect(readOrganisationName(reopened.db)).toBe('Zebracorn Kittiwake Holdings');
    expect(reopened.db.prepare("SELECT value FROM workspace_meta WHERE key = 'after'").get()).toEqual({ value: 'change' });
    closeWorkspaceFile(reopened);
  });
});
