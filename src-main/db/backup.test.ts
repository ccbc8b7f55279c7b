import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../contract/errors';
import { rawBytes, sha256 } from '../../test/helpers/files';
import { useSharedTempDir } from '../../test/helpers/shared-temp-dir';
import { stageRestore, swapInStaged, writeBackup } from './backup';
import type * as KeySlotsFile from './key-slots-file';
import { keySlotsPath, pendingSlotsPath, readSlotsFile } from './key-slots-file';
import type { Db } from './sqlite';
import {
  checkIntegrity,
  closeWorkspaceFile,
  createWorkspaceFile,
  type OpenWorkspace,
  readOrganisationName,
  rotateWorkspaceKey,
  unlockWorkspaceFile,
} from './workspace-file';

/** The crash: the process dies after a restore renamed the backup into place, before its key file is promoted. */
const crash = vi.hoisted(() => ({ beforePromote: false }));
vi.mock('./key-slots-file', async (original) => {
  const real = await original<typeof KeySlotsFile>();
  return {
    ...real,
    promotePendingSlots: (workspace: string) => {
      if (crash.beforePromote) throw new Error('simulated crash before the key file is promoted');
      real.promotePendingSlots(workspace);
    },
  };
});

const PASS = 'correct horse battery staple';
const NOW = new Date('2026-11-29T10:00:00Z');
const MARKER = 'QUOKKA-BACKUP-PLAINTEXT-4471';

/** Every row of every table, in a fixed order: equal dumps mean equal data. */
function dump(db: Db): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all().map((row) => JSON.stringify(row)).sort()]));
}

function note(db: Db, key: string): void {
  db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?)').run(key, `${MARKER} ${key} ${'x'.repeat(3000)}`);
}

describe('backups of the open workspace (VACUUM INTO)', () => {
  const dir = useSharedTempDir('pw-backup-');
  let ws: OpenWorkspace;

  beforeAll(async () => {
    ws = await createWorkspaceFile(join(dir(), 'acme.pws'), PASS, `${MARKER} Org`, NOW);
  });
  afterAll(() => closeWorkspaceFile(ws));

  it('is the reason for VACUUM INTO: the driver’s backup API refuses an encrypted source', async () => {
    await expect(ws.db.backup(join(dir(), 'api.pws'))).rejects.toThrow(/not supported/);
  });

  it('writes an encrypted, consistent copy while the workspace stays open and written to', async () => {
    note(ws.db, 'before-first');
    const first = join(dir(), 'Backups', 'first.pws');
    const { size } = writeBackup(ws.db, first);
    note(ws.db, 'between');
    const liveAtSecond = dump(ws.db);
    const second = join(dir(), 'Backups', 'second.pws');
    writeBackup(ws.db, second);
    note(ws.db, 'after-second');

    const bytes = readFileSync(first);
    expect(size).toBe(bytes.length);
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('workspace_meta'))).toBe(false);
    // The same 16-byte salt as the workspace: scrypt(passphrase, salt) gives the key that opens it.
    expect(bytes.subarray(0, 16)).toEqual(readFileSync(ws.path).subarray(0, 16));
    expect(readdirSync(join(dir(), 'Backups')).sort()).toEqual(['first.pws', 'first.pws.keys', 'second.pws', 'second.pws.keys']);

    // Opened by the ordinary unlock path with the passphrase, like any workspace.
    const restored = await unlockWorkspaceFile(second, PASS, NOW);
    try {
      expect(checkIntegrity(restored.db)).toEqual([]);
      expect(dump(restored.db)).toBe(liveAtSecond);
    } finally {
      closeWorkspaceFile(restored);
    }
    const earlier = await unlockWorkspaceFile(first, PASS, NOW);
    const keys = earlier.db.prepare("SELECT key FROM workspace_meta WHERE key IN ('before-first', 'between')").pluck().all();
    closeWorkspaceFile(earlier);
    expect(keys).toEqual(['before-first']);
    // The workspace goes on as before.
    note(ws.db, 'still-usable');
    expect(checkIntegrity(ws.db)).toEqual([]);
  });

  it('never overwrites a file', () => {
    const target = join(dir(), 'taken.pws');
    writeFileSync(target, 'someone else’s file');
    expect(() => writeBackup(ws.db, target)).toThrow(expect.objectContaining({ code: 'FILE_EXISTS' }) as Error);
    expect(readFileSync(target, 'utf8')).toBe('someone else’s file');
  });

  it('reports a full disk clearly, leaves no partial file and no change to the workspace', () => {
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = sha256(ws.path);
    const beforeRaw = rawBytes(ws.path);
    const prepare = ws.db.prepare.bind(ws.db);
    // The write of the copy fails as SQLite reports a full disk.
    const spy = vi.spyOn(ws.db, 'prepare').mockImplementation((sql: string) => {
      if (!sql.startsWith('VACUUM INTO')) return prepare(sql);
      return {
        run: () => {
          throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
        },
      } as unknown as ReturnType<Db['prepare']>;
    });
    const folder = join(dir(), 'Full');
    let error: unknown;
    try {
      writeBackup(ws.db, join(folder, 'full.pws'));
    } catch (e) {
      error = e;
    } finally {
      spy.mockRestore();
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DISK_FULL');
    expect((error as AppError).message).toMatch(/disk of the backup folder is full.*workspace itself is unchanged/);
    expect(readdirSync(folder)).toEqual([]);
    expect(sha256(ws.path)).toBe(before);
    expect(rawBytes(ws.path).equals(beforeRaw)).toBe(true);
    note(ws.db, 'after-disk-full');
  });

  it('says so when the backup folder cannot be made', () => {
    writeFileSync(join(dir(), 'a-file'), '');
    expect(() => writeBackup(ws.db, join(dir(), 'a-file', 'Backups', 'x.pws'))).toThrow(expect.objectContaining({ code: 'FILE_NOT_FOUND' }) as Error);
  });
});

describe('a restore cut short', () => {
  const dir = useSharedTempDir('pw-restore-crash-');

  /** A workspace, a backup of it, then a key rotation: the backup's key file no longer fits the workspace. */
  async function rotatedSinceBackup(name: string) {
    const path = join(dir(), `${name}.pws`);
    const ws = await createWorkspaceFile(path, PASS, `${name} as backed up`, NOW);
    const backup = join(dir(), 'Backups', `${name}-backup.pws`);
    writeBackup(ws.db, backup);
    ws.db.prepare('UPDATE organisation SET name = ? WHERE id = 1').run(`${name} now`);
    const rotated = rotateWorkspaceKey(ws, readSlotsFile(keySlotsPath(path))!);
    expect(readFileSync(keySlotsPath(path)).equals(readFileSync(keySlotsPath(backup)))).toBe(false);
    return { path, ws: rotated, backup };
  }

  it('after the backup took the workspace’s place, before its key file did: the opener uses the pending key file and promotes it', async () => {
    const { path, ws, backup } = await rotatedSinceBackup('late');
    const staged = await stageRestore(backup, PASS, path, 'officer', NOW);
    crash.beforePromote = true;
    try {
      expect(() => swapInStaged(ws, staged, `${path}.before-restore-x.pws`, NOW)).toThrow(/simulated crash/);
    } finally {
      crash.beforePromote = false;
      closeWorkspaceFile(ws);
    }
    expect(existsSync(pendingSlotsPath(path))).toBe(true);
    const reopened = await unlockWorkspaceFile(path, PASS, NOW);
    expect(readOrganisationName(reopened.db)).toBe('late as backed up');
    closeWorkspaceFile(reopened);
    expect(existsSync(pendingSlotsPath(path))).toBe(false);
    expect(readFileSync(keySlotsPath(path)).equals(readFileSync(keySlotsPath(backup)))).toBe(true);
    // The kept pre-restore copy opens with its own key file.
    const kept = await unlockWorkspaceFile(`${path}.before-restore-x.pws`, PASS, NOW);
    expect(readOrganisationName(kept.db)).toBe('late now');
    closeWorkspaceFile(kept);
  });

  it('before the backup took the workspace’s place: the current key file still opens it, and the pending one is dropped', async () => {
    const { path, ws, backup } = await rotatedSinceBackup('early');
    const staged = await stageRestore(backup, PASS, path, 'officer', NOW);
    const keys = readFileSync(keySlotsPath(path));
    // The state after the key file went in as pending, when the process dies before the rename.
    renameSync(staged.keys, pendingSlotsPath(path));
    closeWorkspaceFile(ws);
    const reopened = await unlockWorkspaceFile(path, PASS, NOW);
    expect(readOrganisationName(reopened.db)).toBe('early now');
    closeWorkspaceFile(reopened);
    expect(existsSync(pendingSlotsPath(path))).toBe(false);
    expect(readFileSync(keySlotsPath(path)).equals(keys)).toBe(true);
  });
});
