import Database from 'better-sqlite3-multiple-ciphers';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../contract/errors';
import { rawBytes, sha256 } from '../../test/helpers/files';
import { useSharedTempDir } from '../../test/helpers/shared-temp-dir';
import { writeBackup } from './backup';
import type { Db } from './sqlite';
import { checkIntegrity, closeWorkspaceFile, createWorkspaceFile, type OpenWorkspace, unlockWorkspaceFile } from './workspace-file';

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
