import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppError } from '../contract/errors';
import { flush } from './flush';
import { discardPendingSlots, keySlotsPath, pendingSlotsPath, promotePendingSlots } from './key-slots-file';
import type { Db } from './sqlite';
import { toAppError } from './sqlite-errors';
import {
  checkIntegrity,
  closeWorkspaceFile,
  type OpenWorkspace,
  openWorkspaceFileForReading,
  openWorkspaceFileWithKey,
  type Person,
  personOf,
  unlockWorkspaceFile,
} from './workspace-file';

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
  /** The backup's own key file, copied beside the staged file (`<file>.keys`). */
  readonly keys: string;
  readonly key: Buffer;
  /** The restorer as the backup records them: their login name and role in its list of people. */
  readonly person: Person;
}

/**
 * Copies `backup` and its own key file (`<backup>.keys`, the one of the day it was taken) next to
 * `workspacePath` and checks the copy: it opens as the person `name` with `passphrase` as they were in
 * that backup, is a workspace of this version or an older one, and passes the integrity check. A backup
 * from before people (no key file) opens with its passphrase, as unlock does, and the copy then moves
 * to key slots with `name` as its officer. Any failure removes the copies and leaves the workspace as it was.
 */
export async function stageRestore(backup: string, passphrase: string, workspacePath: string, name: string, now: Date): Promise<StagedRestore> {
  if (!existsSync(backup)) {
    throw new AppError('FILE_NOT_FOUND', 'There is no backup at that path. It may have been moved or deleted; choose it again.', { file: 'No file here.' });
  }
  const backupKeys = keySlotsPath(backup);
  const hasKeys = existsSync(backupKeys);
  const file = `${workspacePath}.restoring-${randomBytes(4).toString('hex')}`;
  const keys = keySlotsPath(file);
  try {
    copyFileSync(backup, file);
    flush(file);
    if (hasKeys) {
      copyFileSync(backupKeys, keys);
      flush(keys);
    }
    // With the backup's own key file (the copy beside the staged file), never the workspace's current one:
    // a key rotation since the backup (a person removed) gave the workspace another key.
    const opened = await openStaged(file, passphrase, name, backup, hasKeys);
    let person: Person;
    try {
      const problems = checkIntegrity(opened.db);
      if (problems.length > 0) {
        throw new AppError('CORRUPT', `This backup is damaged (the integrity check found: ${problems.slice(0, 3).join('; ')}). Choose another backup; nothing was changed.`);
      }
      person = opened.slot ? personOf(opened.db, opened.slot) : { name, role: 'privacy_officer' };
    } finally {
      opened.db.close();
    }
    if (opened.slot) {
      flush(dirname(file), 'folder');
      return { file, keys, key: opened.key, person };
    }
    // From before people: the copy moves to key slots now, as a first unlock would (the restorer becomes its
    // officer), so what is swapped in is always a file with the key file that opens it.
    const adopted = await unlockWorkspaceFile(file, passphrase, now, name);
    closeWorkspaceFile(adopted);
    // The copy taken before that migration is the backup itself, which stays where it is.
    if (adopted.migrationBackup) rmSync(adopted.migrationBackup, { force: true });
    flush(dirname(file), 'folder');
    return { file, keys, key: adopted.key, person: adopted.person };
  } catch (error) {
    discardStaged(file);
    throw toAppError(error);
  }
}

/** Opens the staged copy; the refusals speak of the backup and its key file, not of the temporary copy. */
async function openStaged(file: string, passphrase: string, name: string, backup: string, hasKeys: boolean) {
  const keysName = basename(keySlotsPath(backup));
  try {
    return await openWorkspaceFileForReading(file, passphrase, name);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (!hasKeys && error.code === 'WRONG_PASSPHRASE') {
      throw new AppError(
        'FILE_NOT_FOUND',
        `This backup's key file (${keysName}) is not next to it, and the passphrase does not open it without one. A backup taken since the workspace has people opens only with the key file written with it: put that file back next to the backup and try again. (A backup from before people needs no key file; then check its passphrase.) Nothing was changed.`,
        { file: `Its key file ${keysName} is missing.` },
      );
    }
    if (error.code === 'WRONG_PASSPHRASE' && error.fields?.name) {
      throw new AppError(
        'WRONG_PASSPHRASE',
        `No one called “${name}” could unlock the workspace when this backup was taken (it holds the people of that day). Enter the login name you had then; nothing was changed.`,
        { name: 'No one had this login name in this backup.' },
      );
    }
    if (error.code === 'WRONG_PASSPHRASE') {
      throw new AppError('WRONG_PASSPHRASE', `That passphrase does not open this backup as ${name}. Enter ${name}'s passphrase as it was when the backup was taken; nothing was changed.`, {
        passphrase: 'Wrong passphrase.',
      });
    }
    // Other messages name the key file read, which is the staged copy of the backup's.
    const staged = basename(keySlotsPath(file));
    if (error.message.includes(staged)) throw new AppError(error.code, error.message.replaceAll(staged, keysName), error.fields);
    throw error;
  }
}

export function discardStaged(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal', '.keys', '.keys.pending']) rmSync(file + suffix, { force: true });
}

/**
 * Swaps a staged backup and its key file in for the open workspace. The workspace is checkpointed and
 * copied, with its key file, to `previous` (kept, never deleted) while still open. Then, crash-safe like
 * a key rotation: the backup's key file goes in as the pending key file (the opener still opens the
 * current workspace with the current key file and drops the pending one), the staged file is renamed
 * over the workspace in one step (now the pending key file opens it, and the opener promotes it), and
 * the pending key file is renamed into place. Returns the restored workspace opened with the backup's key.
 */
export function swapInStaged(ws: OpenWorkspace, staged: StagedRestore, previous: string, now: Date): OpenWorkspace {
  if (existsSync(previous) || existsSync(keySlotsPath(previous))) {
    throw new AppError('FILE_EXISTS', `${previous} is already there and was left alone, so nothing was restored. Wait a second and try again.`);
  }
  try {
    // After a full checkpoint the main file is the whole workspace and the WAL is empty.
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(ws.path, previous, constants.COPYFILE_EXCL);
    flush(previous);
    // With its key file: the kept copy opens like any backup.
    copyFileSync(keySlotsPath(ws.path), keySlotsPath(previous), constants.COPYFILE_EXCL);
    flush(keySlotsPath(previous));
    flush(dirname(previous), 'folder');
    renameSync(staged.keys, pendingSlotsPath(ws.path));
    flush(dirname(ws.path), 'folder');
  } catch (error) {
    rmSync(previous, { force: true });
    rmSync(keySlotsPath(previous), { force: true });
    discardPendingSlots(ws.path);
    throw toAppError(error);
  }
  closeWorkspaceFile(ws);
  renameSync(staged.file, ws.path);
  flush(dirname(ws.path), 'folder');
  promotePendingSlots(ws.path);
  return openWorkspaceFileWithKey(ws.path, staged.key, now);
}
