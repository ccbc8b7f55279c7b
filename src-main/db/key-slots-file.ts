import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import { AppError } from '../contract/errors';
import { flush } from './flush';
import type { KeySlot } from './key-slots';
import { toAppError } from './sqlite-errors';

/**
 * The key file beside the workspace (`<file>.pws.keys`, JSON): one slot per person, holding the
 * login name and key material only (roles live inside the encrypted workspace). Written to a
 * temporary name, flushed, then renamed, so it is always whole. A key rotation first writes the
 * new slots as `<file>.pws.keys.pending`, re-keys the database, then renames the pending file into
 * place: after a crash in between, the opener tries both (see workspace-file).
 */
export const keySlotsPath = (workspace: string) => `${workspace}.keys`;
export const pendingSlotsPath = (workspace: string) => `${workspace}.keys.pending`;

const FORMAT = 'privacy-workstation-key-slots';
const sealed = { iv: z.string(), data: z.string(), tag: z.string() };
const slotFile = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  slots: z.array(
    z.object({
      name: z.string().min(1),
      publicKey: z.string(),
      kdf: z.object({ profile: z.string(), salt: z.string() }),
      wrappedPrivateKey: z.object(sealed),
      sealedKey: z.object({ ...sealed, ephemeralPublicKey: z.string() }),
    }),
  ),
});

/** The slots of a key file, or null when there is none. */
export function readSlotsFile(path: string): KeySlot[] | null {
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    parsed = undefined;
  }
  const result = slotFile.safeParse(parsed);
  if (!result.success) {
    throw new AppError('CORRUPT', `The workspace's key file ${basename(path)} is damaged and cannot be read. Nothing was changed. Restore the key file from a backup, next to the workspace.`);
  }
  return result.data.slots;
}

export function writeSlotsFile(path: string, slots: readonly KeySlot[]): void {
  const temp = `${path}.tmp-${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(temp, `${JSON.stringify({ format: FORMAT, version: 1, slots }, null, 2)}\n`, { mode: 0o600 });
    flush(temp, 'file');
    renameSync(temp, path);
    flush(dirname(path), 'folder');
  } catch (error) {
    rmSync(temp, { force: true });
    throw toAppError(error);
  }
}

/** Moves a pending key file into place (after the re-key it belongs to succeeded). */
export function promotePendingSlots(workspace: string): void {
  renameSync(pendingSlotsPath(workspace), keySlotsPath(workspace));
  flush(dirname(workspace), 'folder');
}

export function discardPendingSlots(workspace: string): void {
  rmSync(pendingSlotsPath(workspace), { force: true });
}
