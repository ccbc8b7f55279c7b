import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../contract/errors';
import { flush } from './flush';
import { keySlotsPath } from './key-slots-file';
import type { Db } from './sqlite';
import { toAppError } from './sqlite-errors';
import { checkIntegrity, closeWorkspaceFile, type OpenWorkspace, openWorkspaceFileForReading, openWorkspaceFileWithKey } from './workspace-file';

/**
 * Backups of the open workspace and restoring one.
 *
 * SQLite's backup API cannot make an encrypted copy here: better-sqlite3's `db.backup()` opens the
 * destination itself, without a key, and SQLite3 Multiple Ciphers refuses to copy an encrypted database
 * into it ("backup is not supported with incompatible source and target databases"). `VACUUM INTO`, run on
 * the open connection (the only one the exclusive lock allows), writes a consistent snapshot that
 * SQLite3 Multiple Ciphers encrypts with the same cipher, raw key and 16-byte salt as the workspace: the
 * backup is a standard SQLCipher 4 file whose header salt gives the same scrypt key, so the ordinary
 * unlock opens it with the workspace's passphrase of the day it was taken.
 */

/** Writes the open workspace to `target` (which must not exist): to a temporary name, flushed to disk, then renamed. */
export function writeBackup(db: Db, target: string): { size: number } {
  if (existsSync(target)) {
    throw new AppError('FILE_EXISTS', 'A file with that name is already there, and it was left alone. Wait a second and try again, or choose another name.', {
      path: 'A file with this name already exists.',
    });
  }
  const partial = `${target}.partial-${randomBytes(4).toString('hex')}`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    // VACUUM INTO writes without syncing: the copy is flushed before it gets its name.
    db.prepare('VACUUM INTO ?').run(partial);
    flush(partial);
    // The key file of the day goes with it (before the backup has its name): without it the backup opens for no one.
    copyFileSync(keySlotsPath(db.name), keySlotsPath(target));
    flush(keySlotsPath(target));
    renameSync(partial, target);
    flush(dirname(target), 'folder');
  } catch (error) {
    if (existsSync(partial)) rmSync(partial);
    if (existsSync(keySlotsPath(target))) rmSync(keySlotsPath(target));
    throw backupError(error);
  }
  return { size: statSync(target).size };
}

function backupError(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new AppError('FILE_NOT_FOUND', 'The backup folder cannot be reached or made there: part of its path is missing or is a file. Choose another folder; the workspace itself is unchanged.', {
      folder: 'This folder cannot be used.',
    });
  }
  const mapped = toAppError(error);
  if (mapped instanceof AppError && mapped.code === 'DISK_FULL') {
    return new AppError('DISK_FULL', 'The disk of the backup folder is full, so no backup was written; the workspace itself is unchanged. Free some space there or choose another folder, then try again.');
  }
  return mapped;
}

/** A backup copied beside the workspace and checked there: the exact bytes a restore puts in place. */
export interface StagedRestore {
  readonly file: string;
  readonly key: Buffer;
}

/**
 * Copies `backup` next to `workspacePath` and checks the copy: it opens with `passphrase`, is a workspace
 * of this version or an older one, and passes the integrity check. Any failure removes the copy and
 * leaves the workspace as it was.
 */
export async function stageRestore(backup: string, passphrase: string, workspacePath: string, name?: string): Promise<StagedRestore> {
  if (!existsSync(backup)) {
    throw new AppError('FILE_NOT_FOUND', 'There is no backup at that path. It may have been moved or deleted; choose it again.', { file: 'No file here.' });
  }
  const file = `${workspacePath}.restoring-${randomBytes(4).toString('hex')}`;
  try {
    copyFileSync(backup, file);
    flush(file);
    // With the workspace's key file and the restorer's login: a backup taken since the last key rotation opens.
    const { db, key } = await openWorkspaceFileForReading(file, passphrase, name, workspacePath);
    try {
      const problems = checkIntegrity(db);
      if (problems.length > 0) {
        throw new AppError('CORRUPT', `This backup is damaged (the integrity check found: ${problems.slice(0, 3).join('; ')}). Choose another backup; nothing was changed.`);
      }
    } finally {
      db.close();
    }
    return { file, key };
  } catch (error) {
    discardStaged(file);
    throw toAppError(error);
  }
}

export function discardStaged(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/**
 * Swaps a staged backup in for the open workspace: the workspace is checkpointed and copied to `previous`
 * (kept, never deleted) while still open, then closed, and the staged file renamed over it in one step,
 * so the path always holds a whole file. Returns the restored workspace opened with the backup's key.
 */
export function swapInStaged(ws: OpenWorkspace, staged: StagedRestore, previous: string, now: Date): OpenWorkspace {
  if (existsSync(previous)) {
    throw new AppError('FILE_EXISTS', `${previous} is already there and was left alone, so nothing was restored. Wait a second and try again.`);
  }
  try {
    // After a full checkpoint the main file is the whole workspace and the WAL is empty.
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(ws.path, previous, constants.COPYFILE_EXCL);
    flush(previous);
    // With its key file: the kept copy opens like any backup.
    copyFileSync(keySlotsPath(ws.path), keySlotsPath(previous));
    flush(keySlotsPath(previous));
  } catch (error) {
    rmSync(previous, { force: true });
    rmSync(keySlotsPath(previous), { force: true });
    throw toAppError(error);
  }
  closeWorkspaceFile(ws);
  renameSync(staged.file, ws.path);
  flush(dirname(ws.path), 'folder');
  return openWorkspaceFileWithKey(ws.path, staged.key, now);
}
