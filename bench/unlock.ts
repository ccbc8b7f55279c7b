import { join } from 'node:path';
import { closeWorkspaceFile, createWorkspaceFile, unlockWorkspaceFile } from '../src-main/db/workspace-file';
import { summarise, timeRuns } from './stats';

const PASS = 'benchmark passphrase 2026';

/** Unlock = key derivation (scrypt) + opening and checking the encrypted file. */
export async function unlockBench(dir: string, runs: number) {
  const path = join(dir, 'unlock.pws');
  closeWorkspaceFile(await createWorkspaceFile(path, PASS, 'Bench Org', new Date()));
  const samples = await timeRuns(runs, async () => closeWorkspaceFile(await unlockWorkspaceFile(path, PASS, new Date())));
  return summarise(samples);
}
