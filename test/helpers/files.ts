import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The raw bytes of a workspace and its side files, as an attacker with the disk would see them. */
export function rawBytes(path: string): Buffer {
  return Buffer.concat(['', '-wal', '-shm', '-journal'].filter((s) => existsSync(path + s)).map((s) => readFileSync(path + s)));
}
