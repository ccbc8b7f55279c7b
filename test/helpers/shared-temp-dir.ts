import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * One folder for a whole describe block, made before its first test and removed
 * after its last: for fixtures that are costly to make (a workspace runs scrypt).
 * Call the returned function inside hooks or tests, not at collection time.
 */
export function useSharedTempDir(prefix = 'pw-shared-'): () => string {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return () => {
    if (!dir) throw new Error('useSharedTempDir: the folder exists only between beforeAll and afterAll');
    return dir;
  };
}
