import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { sealWorkspaceKey } from './key-slots';
import type * as KeySlotsFile from './key-slots-file';
import { keySlotsPath, pendingSlotsPath, readSlotsFile, writeSlotsFile } from './key-slots-file';
import { closeWorkspaceFile, createWorkspaceFile, readOrganisationName, rotateWorkspaceKey, unlockWorkspaceFile } from './workspace-file';

/** The crash: the process dies right after the re-key, before the pending key file is renamed into place. */
const crash = vi.hoisted(() => ({ beforeRename: false }));
vi.mock('./key-slots-file', async (original) => {
  const real = await original<typeof KeySlotsFile>();
  return {
    ...real,
    promotePendingSlots: (workspace: string) => {
      if (crash.beforeRename) throw new Error('simulated crash before the rename');
      real.promotePendingSlots(workspace);
    },
  };
});

const PASS = 'correct horse battery staple';
const NOW = new Date('2026-11-29T10:00:00Z');
const tempDir = useTempDir();

describe('a key rotation cut short', () => {
  it('after the re-key, before the rename: the workspace opens with the pending key file, which then takes its place', async () => {
    const path = join(tempDir(), 'crash.pws');
    const ws = await createWorkspaceFile(path, PASS, 'Crash Rotation Ltd', NOW);
    const slots = readSlotsFile(keySlotsPath(path))!;
    crash.beforeRename = true;
    try {
      expect(() => rotateWorkspaceKey(ws, slots)).toThrow(/simulated crash/);
    } finally {
      crash.beforeRename = false;
      closeWorkspaceFile(ws);
    }
    const pending = readFileSync(pendingSlotsPath(path), 'utf8');
    // The old key file no longer opens the file; the pending one does.
    const reopened = await unlockWorkspaceFile(path, PASS, NOW);
    expect(readOrganisationName(reopened.db)).toBe('Crash Rotation Ltd');
    expect(reopened.key.equals(ws.key)).toBe(false);
    closeWorkspaceFile(reopened);
    expect(existsSync(pendingSlotsPath(path))).toBe(false);
    expect(readFileSync(keySlotsPath(path), 'utf8')).toBe(pending);
  });

  it('before the re-key: the old key file still opens it, and the stale pending file is dropped', async () => {
    const path = join(tempDir(), 'early.pws');
    closeWorkspaceFile(await createWorkspaceFile(path, PASS, 'Early Crash Ltd', NOW));
    const slots = readSlotsFile(keySlotsPath(path))!;
    const keys = readFileSync(keySlotsPath(path), 'utf8');
    writeSlotsFile(
      pendingSlotsPath(path),
      slots.map((s) => ({ ...s, sealedKey: sealWorkspaceKey(s.publicKey, randomBytes(32)) })),
    );
    const reopened = await unlockWorkspaceFile(path, PASS, NOW);
    expect(readOrganisationName(reopened.db)).toBe('Early Crash Ltd');
    closeWorkspaceFile(reopened);
    expect(existsSync(pendingSlotsPath(path))).toBe(false);
    expect(readFileSync(keySlotsPath(path), 'utf8')).toBe(keys);
  });
});
