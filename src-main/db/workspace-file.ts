import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppError } from '../contract/errors';
import { registerAuditFunctions } from './audit/stamp';
import { FIRST_OFFICER, type Role } from '../domain/people/roles';
import { deriveKey, KDF_PROFILES, KEY_BYTES, SALT_BYTES } from './key-derivation';
import { createSlot, type KeySlot, openSealedKey, rewrapSlot, sameName, sealWorkspaceKey, unwrapPrivateKey } from './key-slots';
import { discardPendingSlots, keySlotsPath, pendingSlotsPath, promotePendingSlots, readSlotsFile, writeSlotsFile } from './key-slots-file';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations';
import { deletePerson, findPerson, insertPerson } from './people/people';
import { type Db, openCipher, sqliteCode } from './sqlite';
import { RESTORE_HINT, toAppError } from './sqlite-errors';

/** 'PWS1': marks a database as a Privacy Workstation workspace. */
export const APPLICATION_ID = 0x50575331;
const PAGE_SIZE = 4096;
const PLAIN_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface OpenWorkspace {
  readonly db: Db;
  readonly path: string;
  /** The random database key: sealed to a new person's public key when the officer adds them. Never leaves the main process. */
  readonly key: Buffer;
  readonly migrationBackup?: string;
}

export interface Person {
  name: string;
  role: Role;
}

export type UnlockedWorkspace = OpenWorkspace & { readonly person: Person };

/** `now`: the opening instant, the time of the writes the app makes by itself before a service stamps one (a migration). */
function applyConnectionSettings(db: Db, now: Date): void {
  // Before any write: the audit triggers call these functions.
  registerAuditFunctions(db, now);
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
  officerName = FIRST_OFFICER,
): Promise<UnlockedWorkspace> {
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
  const key = randomBytes(KEY_BYTES);
  const slot = await createSlot(officerName, passphrase, key);
  // Built under a temporary name and renamed, so a failure never leaves a half-made workspace at `path`.
  const temp = `${path}.creating-${randomBytes(4).toString('hex')}`;
  try {
    const db = openCipher(temp, key, { create: true, saltHex: salt.toString('hex') });
    try {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      applyConnectionSettings(db, now);
      migrate(db);
      const stamp = now.toISOString();
      db.transaction(() => {
        db.prepare('INSERT INTO organisation (id, name, created_at, updated_at) VALUES (1, ?, ?, ?)').run(organisationName, stamp, stamp);
        db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?)').run('created_at', stamp);
        insertPerson(db, { name: officerName, role: 'privacy_officer', publicKey: slot.publicKey }, stamp);
      })();
    } finally {
      db.close();
    }
    // The key file first: a workspace at `path` always has its keys.
    discardPendingSlots(path);
    writeSlotsFile(keySlotsPath(path), [slot]);
    renameSync(temp, path);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(temp + suffix, { force: true });
    throw toAppError(error);
  }
  return { ...openWorkspaceFileWithKey(path, key, now), person: { name: officerName, role: 'privacy_officer' } };
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
    // Workspaces are whole 4 KiB pages: any other size is either another kind of file picked by mistake or a cut-short workspace.
    throw new AppError(
      'CORRUPT',
      `This is not a whole workspace file (${size} bytes, not whole 4 KiB pages): if you picked another file by mistake, choose your .pws workspace; if it is your workspace, it was emptied or cut short. ${RESTORE_HINT}`,
    );
  }
  // The salt is 16 random bytes: all zeros means the start of the file was wiped, not that the passphrase is wrong.
  if (head.every((byte) => byte === 0)) {
    throw new AppError('CORRUPT', `The start of this workspace file has been wiped (it begins with zeros). ${RESTORE_HINT}`);
  }
}

/**
 * Unlocks as the person `name`: their key slot opens the workspace key, and the workspace's own
 * list of people (inside the encryption) gives the role, for the same public key. A workspace
 * from before people (no key file; its key derived from the one passphrase) moves to key slots
 * here: `name` becomes its privacy officer and the file is re-keyed to a random key.
 */
export async function unlockWorkspaceFile(path: string, passphrase: string, now: Date, name = FIRST_OFFICER): Promise<UnlockedWorkspace> {
  const opened = await openWorkspaceFileForReading(path, passphrase, name);
  const ws = openWorkspaceFileWithKey(path, opened.key, now, opened.db);
  try {
    if (!opened.slot) return await adoptKeySlots(ws, name, passphrase, now);
    if (opened.from === 'pending') promotePendingSlots(path);
    else discardPendingSlots(path);
    return { ...ws, person: personOf(ws.db, opened.slot) };
  } catch (error) {
    closeWorkspaceFile(ws);
    throw toAppError(error);
  }
}

/** The person a key slot belongs to, with their role from the workspace's own list (same public key). */
export function personOf(db: Db, slot: KeySlot): Person {
  const person = findPerson(db, slot.name);
  if (!person || person.publicKey !== slot.publicKey) {
    throw new AppError('FORBIDDEN', `${slot.name} has a key but is not one of this workspace's people (the key file does not match the workspace's list). Ask the privacy officer.`);
  }
  return { name: person.name, role: person.role };
}

/** The one-time move of a single-passphrase workspace to key slots; safe to repeat after a crash at any step. */
async function adoptKeySlots(ws: OpenWorkspace, name: string, passphrase: string, now: Date): Promise<UnlockedWorkspace> {
  const key = randomBytes(KEY_BYTES);
  const slot = await createSlot(name, passphrase, key);
  ws.db.transaction(() => {
    // A workspace without people has one person, its officer (a repeat after a crash replaces the first try's row).
    deletePerson(ws.db, name);
    insertPerson(ws.db, { name, role: 'privacy_officer', publicKey: slot.publicKey }, now.toISOString());
  })();
  const rekeyed = replaceKey(ws, [slot], key);
  return { ...rekeyed, person: { name, role: 'privacy_officer' } };
}

/**
 * Re-keys the open workspace to `key`, with `slots` (each already opening `key`) as its new key file.
 * Crash-safe: the slots go to the pending key file first, the database is re-keyed, then the pending
 * file is renamed into place; the opener tries both files. A failed re-key leaves the old key and file.
 */
function replaceKey(ws: OpenWorkspace, slots: readonly KeySlot[], key: Buffer): OpenWorkspace {
  writeSlotsFile(pendingSlotsPath(ws.path), slots);
  try {
    rekeyDatabase(ws.db, key);
  } catch (error) {
    discardPendingSlots(ws.path);
    throw toAppError(error);
  }
  promotePendingSlots(ws.path);
  return { ...ws, key };
}

/** A new random key (and salt) for the open workspace, sealed to each of `slots`' public keys: no passphrase needed. */
export function rotateWorkspaceKey(ws: OpenWorkspace, slots: readonly KeySlot[]): OpenWorkspace {
  const key = randomBytes(KEY_BYTES);
  return replaceKey(
    ws,
    slots.map((slot) => ({ ...slot, sealedKey: sealWorkspaceKey(slot.publicKey, key) })),
    key,
  );
}

/** SQLCipher refuses to re-key in WAL mode: switch to a rollback journal, re-key (with a new salt), switch back. */
function rekeyDatabase(db: Db, key: Buffer): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.pragma(`rekey = "x'${key.toString('hex')}${randomBytes(SALT_BYTES).toString('hex')}'"`);
  db.pragma('journal_mode = WAL');
}

type Opened = { db: Db; key: Buffer } & ({ slot: KeySlot; from: 'keys' | 'pending' } | { slot?: undefined; from: 'passphrase' });

/**
 * Opens a workspace file as the person `name` and only reads: a wrong name or passphrase, a file of
 * another kind or of a newer version is refused with the file untouched. The slots are those of the
 * key file beside `keysOf` (the workspace itself, unless this is a copy being checked), or of its
 * pending key file after a re-key cut short. With no key file, the key comes from the passphrase and
 * the file's salt (a workspace from before people). The caller closes the connection; `key` opens the
 * same file again (openWorkspaceFileWithKey).
 */
export async function openWorkspaceFileForReading(path: string, passphrase: string, name = FIRST_OFFICER, keysOf = path): Promise<Opened> {
  const { size, head } = readHeader(path);
  assertLooksLikeWorkspace(size, head);
  const keys = readSlotsFile(keySlotsPath(keysOf));
  const pending = readSlotsFile(pendingSlotsPath(keysOf));
  const candidates = [
    { from: 'keys' as const, slot: keys?.find((s) => sameName(s.name, name)) },
    { from: 'pending' as const, slot: pending?.find((s) => sameName(s.name, name)) },
  ];
  let unwrapped: { slot: KeySlot; privateKey: Awaited<ReturnType<typeof unwrapPrivateKey>> } | undefined;
  let wrongPassphrase: unknown;
  for (const { from, slot } of candidates) {
    if (!slot) continue;
    // One scrypt per unlock: a re-key keeps each person's wrapped private key.
    if (!unwrapped || JSON.stringify(unwrapped.slot.wrappedPrivateKey) !== JSON.stringify(slot.wrappedPrivateKey)) {
      try {
        unwrapped = { slot, privateKey: await unwrapPrivateKey(slot, passphrase) };
      } catch (error) {
        // A restore cut short leaves the backup's key file pending beside the current one: the passphrase
        // may be the one of either, so a wrong passphrase for one slot still tries the other.
        if (!(error instanceof AppError && error.code === 'WRONG_PASSPHRASE')) throw error;
        wrongPassphrase ??= error;
        unwrapped = undefined;
        continue;
      }
    }
    const key = openSealedKey(slot, unwrapped.privateKey);
    const db = tryKey(path, key);
    if (db) return { db: checkedSupported(db), key, slot, from };
  }
  if (wrongPassphrase) throw wrongPassphrase;
  if (keys) {
    if (!unwrapped) {
      throw new AppError('WRONG_PASSPHRASE', `No one called “${name}” can unlock this workspace. Check the login name and try again; nothing was changed.`, {
        name: 'No one has this login name here.',
      });
    }
    throw new AppError(
      'CORRUPT',
      `The key file beside the workspace opens ${name}'s key, but that key does not open this workspace: the key file belongs to another workspace or to another copy of it. Nothing was changed. Put this workspace's own key file (${basename(keySlotsPath(keysOf))}) next to it, or ${RESTORE_HINT.charAt(0).toLowerCase()}${RESTORE_HINT.slice(1)}`,
    );
  }
  for (const profile of KDF_PROFILES) {
    const key = await deriveKey(passphrase, head, profile);
    const db = tryKey(path, key);
    if (db) return { db: checkedSupported(db), key, from: 'passphrase' };
  }
  throw new AppError(
    'WRONG_PASSPHRASE',
    `That passphrase does not open this workspace. Check it (and the keyboard layout) and try again. Nothing was changed. If the workspace has people, its key file (${basename(keySlotsPath(keysOf))}) must be next to it. If you are sure of both, the file may be damaged: ${RESTORE_HINT.charAt(0).toLowerCase()}${RESTORE_HINT.slice(1)}`,
    { passphrase: 'Wrong passphrase.' },
  );
}

function checkedSupported(db: Db): Db {
  try {
    assertSupported(db);
    return db;
  } catch (error) {
    db.close();
    throw toAppError(error);
  }
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

/** Read-only checks first: a file we must refuse is left exactly as it was. */
function assertSupported(db: Db): void {
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
}

/** Opens a workspace whose key is known (just created, unlocked, or a restored backup checked with its passphrase), migrating it if older. */
export function openWorkspaceFileWithKey(path: string, key: Buffer, now: Date, opened?: Db): OpenWorkspace {
  const db = opened ?? tryKey(path, key);
  if (!db) throw new AppError('CORRUPT', `The workspace could not be reopened with its own key. ${RESTORE_HINT}`);
  try {
    assertSupported(db);
    applyConnectionSettings(db, now);
    const version = schemaVersion(db);
    let migrationBackup: string | undefined;
    if (version < LATEST_SCHEMA_VERSION) {
      migrationBackup = backupBeforeMigration(db, path, version, now);
      migrate(db);
    }
    return { db, path, key, ...(migrationBackup ? { migrationBackup } : {}) };
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
  // With the key file of the day (a workspace from before people has none): the copy opens like the workspace did.
  if (existsSync(keySlotsPath(path))) copyFileSync(keySlotsPath(path), keySlotsPath(target));
  return target;
}

/** A person's new passphrase rewraps only their own private key: the workspace key and the file stay as they are. */
export async function changeOwnPassphrase(ws: OpenWorkspace, name: string, current: string, next: string): Promise<void> {
  const slots = readSlotsFile(keySlotsPath(ws.path)) ?? [];
  const index = slots.findIndex((s) => sameName(s.name, name));
  if (index < 0) throw new AppError('CORRUPT', `The key file has no entry for ${name}. Ask the privacy officer to add you again.`);
  let rewrapped: KeySlot;
  try {
    rewrapped = await rewrapSlot(slots[index]!, current, next);
  } catch (error) {
    if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE') {
      throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is not right. Nothing was changed.', { currentPassphrase: 'Wrong passphrase.' });
    }
    throw error;
  }
  writeSlotsFile(keySlotsPath(ws.path), slots.with(index, rewrapped));
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
