import { randomBytes, createHash, timingSafeEqual } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../contract/errors';
import { CURRENT_KDF, deriveKey, KDF_PROFILES, SALT_BYTES } from './key-derivation';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations';
import { type Db, openCipher, sqliteCode } from './sqlite';
import { RESTORE_HINT, toAppError } from './sqlite-errors';

/** 'PWS1': marks a database as a Privacy Workstation workspace. */
export const APPLICATION_ID = 0x50575331;
const PAGE_SIZE = 4096;
const PLAIN_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface OpenWorkspace {
  readonly db: Db;
  readonly path: string;
  /** sha256 of the raw key: lets a passphrase change check the current passphrase without keeping the key. */
  readonly keyFingerprint: Buffer;
  readonly migrationBackup?: string;
}

const fingerprint = (key: Buffer) => createHash('sha256').update(key).digest();

function applyConnectionSettings(db: Db): void {
  db.pragma('journal_mode = WAL');
  // FULL: a committed compliance record survives a power cut, not only a crash.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Up to 64 MiB of decrypted pages kept between queries (the default is 2 MiB): with 100,000
  // requests the indexes the lists and figures read stay in memory instead of being decrypted again.
  db.pragma('cache_size = -65536');
}

export async function createWorkspaceFile(
  path: string,
  passphrase: string,
  organisationName: string,
  now: Date,
): Promise<OpenWorkspace> {
  if (existsSync(path)) {
    throw new AppError('FILE_EXISTS', 'A file already exists there. Choose another name, or open that workspace instead.', {
      path: 'A file with this name already exists.',
    });
  }
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new AppError('VALIDATION', 'Part of that path is a file, not a folder. Choose a folder for the new workspace.', {
        path: 'Part of this path is a file.',
      });
    }
    throw toAppError(error);
  }
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(passphrase, salt);
  // Built under a temporary name and renamed, so a failure never leaves a half-made workspace at `path`.
  const temp = `${path}.creating-${randomBytes(4).toString('hex')}`;
  try {
    const db = openCipher(temp, key, { create: true, saltHex: salt.toString('hex') });
    try {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      applyConnectionSettings(db);
      migrate(db);
      const stamp = now.toISOString();
      db.transaction(() => {
        db.prepare('INSERT INTO organisation (id, name, created_at, updated_at) VALUES (1, ?, ?, ?)').run(organisationName, stamp, stamp);
        const meta = db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?)');
        meta.run('kdf_profile', CURRENT_KDF.id);
        meta.run('created_at', stamp);
      })();
    } finally {
      db.close();
    }
    renameSync(temp, path);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(temp + suffix, { force: true });
    throw toAppError(error);
  }
  return openWithKey(path, key, now);
}

function readHeader(path: string): { size: number; head: Buffer } {
  if (!existsSync(path)) {
    throw new AppError('FILE_NOT_FOUND', 'There is no workspace at that path. It may have been moved or deleted; choose it again.', {
      path: 'No file here.',
    });
  }
  const stats = statSync(path);
  if (!stats.isFile()) {
    throw new AppError('NOT_A_WORKSPACE', 'That is a folder, not a workspace file. Choose the .pws file inside it.', {
      path: 'This is a folder.',
    });
  }
  const size = stats.size;
  const head = Buffer.alloc(SALT_BYTES);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, SALT_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  return { size, head };
}

/** Checks what can be told without the key, so a damaged file is not reported as a wrong passphrase. */
function assertLooksLikeWorkspace(size: number, head: Buffer): void {
  if (head.equals(PLAIN_SQLITE_HEADER)) {
    throw new AppError('NOT_A_WORKSPACE', 'This is an unencrypted SQLite database, not a Privacy Workstation workspace. Choose a .pws workspace file.');
  }
  if (size === 0 || size % PAGE_SIZE !== 0) {
    throw new AppError('CORRUPT', `This file is not a whole workspace: it is empty or cut short (${size} bytes). ${RESTORE_HINT}`);
  }
}

export async function unlockWorkspaceFile(path: string, passphrase: string, now: Date): Promise<OpenWorkspace> {
  const { size, head } = readHeader(path);
  assertLooksLikeWorkspace(size, head);
  for (const profile of KDF_PROFILES) {
    const key = await deriveKey(passphrase, head, profile);
    const opened = tryKey(path, key);
    if (opened) return openWithKey(path, key, now, opened);
  }
  throw new AppError(
    'WRONG_PASSPHRASE',
    `That passphrase does not open this workspace. Check it (and the keyboard layout) and try again. Nothing was changed. If you are sure it is right, the file may be damaged: ${RESTORE_HINT.charAt(0).toLowerCase()}${RESTORE_HINT.slice(1)}`,
    { passphrase: 'Wrong passphrase.' },
  );
}

/** Opens with a candidate key; a wrong key fails on the first read and touches nothing. */
function tryKey(path: string, key: Buffer): Db | null {
  let db: Db;
  try {
    db = openCipher(path, key, { create: false });
  } catch (error) {
    throw toAppError(error);
  }
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    if (sqliteCode(error) === 'SQLITE_NOTADB') return null;
    throw toAppError(error);
  }
}

function openWithKey(path: string, key: Buffer, now: Date, opened?: Db): OpenWorkspace {
  const db = opened ?? tryKey(path, key);
  if (!db) throw new AppError('CORRUPT', `The workspace could not be reopened with its own key. ${RESTORE_HINT}`);
  try {
    // Read-only checks first: a file we must refuse is left exactly as it was.
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
      throw new AppError('NOT_A_WORKSPACE', 'This file is an encrypted database, but not a Privacy Workstation workspace. Choose a .pws workspace file.');
    }
    const version = schemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new AppError(
        'NEWER_VERSION',
        `This workspace was saved by a newer version of Privacy Workstation (schema ${version}; this version knows up to ${LATEST_SCHEMA_VERSION}). Update the app to open it; the file was not changed.`,
      );
    }
    applyConnectionSettings(db);
    let migrationBackup: string | undefined;
    if (version < LATEST_SCHEMA_VERSION) {
      migrationBackup = backupBeforeMigration(db, path, version, now);
      migrate(db);
    }
    return { db, path, keyFingerprint: fingerprint(key), ...(migrationBackup ? { migrationBackup } : {}) };
  } catch (error) {
    db.close();
    throw toAppError(error);
  }
}

/** The main file is encrypted, so a byte copy after a full checkpoint is an encrypted, consistent copy. */
function backupBeforeMigration(db: Db, path: string, fromVersion: number, now: Date): string {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const target = `${path}.before-v${fromVersion + 1}-${now.toISOString().replace(/[:.]/g, '-')}.bak`;
  copyFileSync(path, target);
  return target;
}

export async function changeWorkspacePassphrase(ws: OpenWorkspace, current: string, next: string): Promise<OpenWorkspace> {
  const { head } = readHeader(ws.path);
  const currentKey = await deriveKey(current, head);
  if (!timingSafeEqual(fingerprint(currentKey), ws.keyFingerprint)) {
    throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is not right. Nothing was changed.', {
      currentPassphrase: 'Wrong passphrase.',
    });
  }
  const salt = randomBytes(SALT_BYTES);
  const newKey = await deriveKey(next, salt);
  const { db } = ws;
  try {
    // SQLCipher refuses to re-key in WAL mode.
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.pragma(`rekey = "x'${newKey.toString('hex')}${salt.toString('hex')}'"`);
    db.prepare("INSERT INTO workspace_meta (key, value) VALUES ('kdf_profile', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
      CURRENT_KDF.id,
    );
    db.pragma('journal_mode = WAL');
  } catch (error) {
    throw toAppError(error);
  }
  return { ...ws, keyFingerprint: fingerprint(newKey) };
}

export function closeWorkspaceFile(ws: OpenWorkspace): void {
  if (ws.db.open) ws.db.close();
}

/** SQLCipher checks each page's HMAC as it reads, so a full integrity check also finds tampered pages. */
export function checkIntegrity(db: Db): string[] {
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).filter((line) => line !== 'ok');
  } catch (error) {
    throw toAppError(error);
  }
}

export function readOrganisationName(db: Db): string {
  const row = db.prepare('SELECT name FROM organisation WHERE id = 1').get() as { name: string } | undefined;
  return row?.name ?? '';
}
