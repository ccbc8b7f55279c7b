import { closeSync, fsyncSync, openSync } from 'node:fs';

/**
 * Forces a file's bytes, or a folder's entries (a rename), to the disk before the next step relies
 * on them: rename alone is atomic but not durable. Windows cannot open a folder to sync it.
 */
export function flush(path: string, kind: 'file' | 'folder' = 'file'): void {
  if (kind === 'folder' && process.platform === 'win32') return;
  const fd = openSync(path, kind === 'file' ? 'r+' : 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
