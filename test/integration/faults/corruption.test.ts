import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CallName, ERROR_CODES } from '../../../src-main/contract';
import { type AppServices, createServices } from '../../../src-main/services/app-services';
import { MemoryBacking } from '../../../src-main/services/settings-store';
import { createApi } from '../../../src-main/transport/api';
import type { Dispatch } from '../../../src-main/transport/dispatch';
import { sha256 } from '../../helpers/files';
import { PASS } from '../../helpers/inventory-rig';
import { errorOf, valueOf } from '../../helpers/results';
import { useSharedTempDir } from '../../helpers/shared-temp-dir';

/**
 * Damaged and wrong files opened through the dispatcher, as the app opens them: the answer is CORRUPT or
 * NOT_A_WORKSPACE with the way to restore (never INTERNAL, never a crash), and the file is left byte for byte as
 * it was, with no side file made. (The db tests cover a file cut mid-page, every page flipped, a plain SQLite
 * file and another app's encrypted database.)
 */
const PAGE = 4096;
const RESTORE = /restore the workspace from a backup copy/i;
/** Reads that between them touch every area of the workspace. */
const READS: CallName[] = ['inventory.exportJson', 'inventory.completeness', 'requests.list', 'requests.dashboard', 'vendors.list', 'vendors.dashboard'];

const dir = useSharedTempDir('pw-corrupt-');
let services: AppServices;
let api: Dispatch;
let original: Buffer;

beforeAll(async () => {
  services = createServices({ host: { host: 'browser', version: '0.0.0-test', defaultFolder: dir(), pathSeparator: '/' }, settings: new MemoryBacking() });
  api = createApi(services, (name, error) => {
    throw new Error(`${name} answered INTERNAL: ${String(error)}`);
  });
  const path = join(dir(), 'sample.pws');
  valueOf(await api('workspace.create', { path, passphrase: PASS, confirmPassphrase: PASS, organisationName: 'Sample', sample: true }));
  valueOf(await api('workspace.lock', {}));
  original = readFileSync(path);
  expect(original.length / PAGE).toBeGreaterThan(50);
});
afterAll(() => services.session.dispose());

/** A copy of the sample workspace and its side files (the key file), its main file damaged by `damage`, alone in its own folder. */
function damagedCopy(name: string, damage: (bytes: Buffer) => Buffer): string {
  mkdirSync(join(dir(), name));
  const path = join(dir(), name, 'workspace.pws');
  for (const file of readdirSync(dir()).filter((f) => f.startsWith('sample.pws'))) copyFileSync(join(dir(), file), path + file.slice('sample.pws'.length));
  writeFileSync(path, damage(Buffer.from(original)));
  return path;
}

/** Unlocks and, if that works, reads every area: the first refusal, which must be a known, non-internal error. */
async function openAndReadAll(path: string) {
  const unlocked = await api('workspace.unlock', { path, passphrase: PASS });
  if (!unlocked.ok) return errorOf(unlocked);
  try {
    for (const name of READS) {
      const read = await api(name, {});
      if (!read.ok) return errorOf(read);
    }
    return undefined;
  } finally {
    await api('workspace.lock', {});
  }
}

/** Every file of the workspace's folder with its sha256. */
const folderHashes = (folder: string) => readdirSync(folder).map((file) => `${file} ${sha256(join(folder, file))}`);

async function expectRefusedUntouched(path: string, codes: string[], message: RegExp) {
  const before = folderHashes(join(path, '..'));
  const error = await openAndReadAll(path);
  expect(error, 'the damage went unnoticed').toBeDefined();
  expect(ERROR_CODES).toContain(error!.code);
  expect(codes).toContain(error!.code);
  expect(error!.message).toMatch(message);
  // Byte for byte as it was, and no side file made or removed.
  expect(folderHashes(join(path, '..'))).toEqual(before);
}

describe('a damaged or wrong workspace file, opened through the API', () => {
  it('eight flipped bytes in one page in the middle: CORRUPT with the way to restore, file untouched', async () => {
    const path = damagedCopy('middle-page', (bytes) => {
      const at = Math.floor(bytes.length / PAGE / 2) * PAGE + 1000;
      for (let i = 0; i < 8; i++) bytes[at + i]! ^= 0x5a;
      return bytes;
    });
    await expectRefusedUntouched(path, ['CORRUPT'], RESTORE);
  });

  it('cut at a page boundary (half its pages gone): CORRUPT, file untouched', async () => {
    const path = damagedCopy('half-pages', (bytes) => bytes.subarray(0, Math.floor(bytes.length / PAGE / 2) * PAGE));
    await expectRefusedUntouched(path, ['CORRUPT'], RESTORE);
  });

  it.each([
    ['the salt (first 16 bytes) zeroed', (bytes: Buffer) => bytes.fill(0, 0, 16)],
    ['the whole first page zeroed', (bytes: Buffer) => bytes.fill(0, 0, PAGE)],
  ])('%s: CORRUPT (the start was wiped), not a wrong passphrase; file untouched', async (name, damage) => {
    const path = damagedCopy(name.replace(/\W+/g, '-'), damage);
    await expectRefusedUntouched(path, ['CORRUPT'], /wiped.*restore the workspace from a backup copy/i);
  });

  it('the first page damaged after its salt: CORRUPT, since the key file shows the passphrase is right; file untouched', async () => {
    const path = damagedCopy('page-one', (bytes) => bytes.fill(0, 16, PAGE));
    await expectRefusedUntouched(path, ['CORRUPT'], RESTORE);
  });

  it('the key file beside it cut short: CORRUPT with the way to restore the key file, both files untouched', async () => {
    const path = damagedCopy('key-file', (bytes) => bytes);
    const keys = `${path}.keys`;
    writeFileSync(keys, readFileSync(keys).subarray(0, 100));
    await expectRefusedUntouched(path, ['CORRUPT'], /Restore the key file from a backup/);
  });

  it('a wrong file (the inventory JSON export chosen by mistake): refused with the way on, file untouched', async () => {
    mkdirSync(join(dir(), 'wrong-file'));
    const path = join(dir(), 'wrong-file', 'export.json.pws');
    writeFileSync(path, JSON.stringify({ format: 'privacy-workstation/inventory', version: 1, activities: [] }));
    // The message first says the file may simply be the wrong one, not only that a workspace was cut short.
    await expectRefusedUntouched(path, ['CORRUPT', 'NOT_A_WORKSPACE'], /if you picked another file by mistake, choose your \.pws workspace/);
  });

  it('a folder chosen instead of the file: NOT_A_WORKSPACE', async () => {
    const folder = join(dir(), 'folder.pws');
    mkdirSync(folder);
    const error = errorOf(await api('workspace.unlock', { path: folder, passphrase: PASS }));
    expect(error.code).toBe('NOT_A_WORKSPACE');
    expect(error.message).toMatch(/folder.*Choose the \.pws file/);
  });

  it('the undamaged copy still opens and reads everywhere (the cases above are the damage, not the copying)', async () => {
    expect(await openAndReadAll(damagedCopy('whole', (bytes) => bytes))).toBeUndefined();
  });
});
