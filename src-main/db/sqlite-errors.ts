import { AppError } from '../contract/errors';
import { sqliteCode } from './sqlite';

const RESTORE_HINT = 'Restore the workspace from a backup copy (a .bak file beside it, or your own backups).';

/** Maps the driver's failures to errors a person can act on; anything unknown passes through. */
export function toAppError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  // The driver reports extended result codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_RECOVERY, SQLITE_CORRUPT_INDEX, ...): map by the primary one.
  const code = sqliteCode(error)?.match(/^SQLITE_[A-Z]+/)?.[0] ?? (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return new AppError('DISK_FULL', 'The disk is full, so nothing was saved. Free some space and try again; earlier records are safe.');
    case 'SQLITE_READONLY':
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new AppError('READ_ONLY', 'The workspace file cannot be written here. Check the file’s permissions or move it to a writable folder.');
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new AppError('IN_USE', 'This workspace is open in another window or program. Close it there first: two writers could damage it.');
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new AppError('CORRUPT', `The workspace file is damaged. ${RESTORE_HINT}`);
    case 'SQLITE_IOERR':
      return new AppError('CORRUPT', `The workspace file could not be read or written (an input/output error). Check the disk, then reopen it; if that fails, ${RESTORE_HINT.charAt(0).toLowerCase()}${RESTORE_HINT.slice(1)}`);
    default:
      return error;
  }
}

export { RESTORE_HINT };
