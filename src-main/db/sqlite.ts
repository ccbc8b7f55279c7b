import Database from 'better-sqlite3-multiple-ciphers';

/** The only module that imports the SQLite driver; everything else sees these types. */
export type Db = Database.Database;
export type Statement = Database.Statement;

const HEX_KEY = /^[0-9a-f]{64}([0-9a-f]{32})?$/;

/**
 * Opens a connection in SQLCipher 4 mode. With exactly these three pragmas the
 * file is a standard SQLCipher 4 database that the user's own SQLCipher tools
 * open with the same raw key. `saltHex` is only given when creating a file.
 */
export function openCipher(path: string, key: Buffer, options: { create: boolean; saltHex?: string }): Db {
  const keyHex = key.toString('hex') + (options.saltHex ?? '');
  if (!HEX_KEY.test(keyHex)) throw new Error('internal: malformed raw key');
  // No busy wait: the only other holder of the lock is another app instance, which will not let go.
  const db = new Database(path, { fileMustExist: !options.create, timeout: 0 });
  try {
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${keyHex}'"`);
    // Before the first read: one process holds the file, and WAL then needs no -shm file.
    db.pragma('locking_mode = EXCLUSIVE');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** A connection without encryption, only for measuring the cost of encryption side by side. */
export function openPlain(path: string): Db {
  return new Database(path);
}

/** The error codes the driver attaches (SQLITE_NOTADB, SQLITE_FULL, ...). */
export function sqliteCode(error: unknown): string | undefined {
  if (error instanceof Database.SqliteError) return error.code;
  return undefined;
}
