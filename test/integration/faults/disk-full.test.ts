import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';

/**
 * Running out of room in the middle of writing, for real: fill-writer.ts saves activities until a save is refused,
 * then tries a large import, locks, unlocks (while full, then with some space freed) and reads back. The refusal must
 * be a clear error (never INTERNAL), the import all or nothing, and every record saved before it still there after
 * reopening, with nothing half-written.
 */
const WRITER = join(import.meta.dirname, 'fill-writer.ts');
const ROOT = join(import.meta.dirname, '../../..');
const tempDir = useTempDir('pw-full-');

/** A private mount namespace (mapped to root where we are not) in which a small tmpfs can be mounted; gone with the process. */
const UNSHARE = ['unshare', '--mount', ...(process.getuid?.() === 0 ? [] : ['--map-root-user'])];
const MOUNT_TMPFS = 'mount -t tmpfs -o size=3m tmpfs "$0" && exec "$@"';
// The probe mounts over the temp folder inside its own namespace only.
const canMountTmpfs = spawnSync(UNSHARE[0]!, [...UNSHARE.slice(1), 'sh', '-c', MOUNT_TMPFS, tmpdir(), 'true']).status === 0;

interface Seen {
  saved: number[];
  refused?: { code: string; message: string };
  bigImport: { code: string; message: string };
  importWroteNothing: boolean;
  whileFull: { code: string };
  reopened: { code: string };
  present: number[];
  integrity: string[];
  internal: string[];
}

function runWriter(command: string[]): Seen {
  const run = spawnSync(command[0]!, command.slice(1), { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`the writer failed (${run.status ?? run.signal}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Seen;
}

function expectNothingLost(seen: Seen, code: string, message: RegExp): void {
  expect(seen.internal).toEqual([]);
  expect(seen.saved.length).toBeGreaterThan(5);
  expect(seen.refused).toEqual({ code, message: expect.stringMatching(message) });
  expect(seen.bigImport.code).toBe(code);
  expect(seen.importWroteNothing).toBe(true);
  expect(['ok', code]).toContain(seen.whileFull.code);
  expect(seen.reopened.code).toBe('ok');
  expect(seen.integrity).toEqual(['ok']);
  // Every saved record, and not the refused one.
  expect([...seen.present].sort((a, b) => a - b)).toEqual(seen.saved);
}

describe('the disk filling up during writes', () => {
  it.runIf(canMountTmpfs)('on a real 3 MiB tmpfs: DISK_FULL with what to do, the import all or nothing, every earlier record kept', () => {
    const folder = tempDir();
    const seen = runWriter([...UNSHARE, 'sh', '-c', MOUNT_TMPFS, folder, process.execPath, '--import', 'tsx', WRITER, folder]);
    expectNothingLost(seen, 'DISK_FULL', /The disk is full, so nothing was saved\. Free some space/);
  });

  it('past the file size limit (RLIMIT_FSIZE, EFBIG rather than ENOSPC): a clear input/output error, never INTERNAL, every earlier record kept', () => {
    const folder = tempDir();
    const seen = runWriter(['prlimit', '--fsize=3000000', process.execPath, '--import', 'tsx', WRITER, folder]);
    expectNothingLost(seen, 'CORRUPT', /could not be read or written \(an input\/output error\)\. Check the disk/);
  });
});
