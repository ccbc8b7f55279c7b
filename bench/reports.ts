import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServices } from '../src-main/services/app-services';
import { MemoryBacking } from '../src-main/services/settings-store';
import { fillLargeInventory, type InventorySize } from '../test/fixtures/large-inventory';

/**
 * `npx tsx bench/reports.ts [runs]` (after `npx electron-vite build`): the records of processing of
 * the inventory, 5,000 activities (every tenth a draft, so about 4,500 in the report), 300
 * systems and 1,000 recipients. Generated in a fresh process (bench/report-child.ts) standing for
 * the app's main process, with the bundled render child the app ships, so that the peak memory of
 * each process is the report's alone. Prints JSON; nothing asserted.
 */
export const PASS = 'benchmark passphrase 2026';
const SIZE: InventorySize = { activities: 5000, systems: 300, recipients: 1000 };

export async function reportsBench(dir: string, runs: number) {
  const path = join(dir, 'reports.pws');
  const services = createServices({ host: { host: 'browser', version: 'bench', defaultFolder: dir, pathSeparator: '/' }, settings: new MemoryBacking() });
  await services.session.create(path, PASS, 'Bench Org');
  fillLargeInventory(services, SIZE);
  services.session.dispose();
  const child = resolve(import.meta.dirname, 'report-child.ts');
  const output = execFileSync(process.execPath, ['--import', 'tsx', child, path, String(runs)], { encoding: 'utf8', input: PASS });
  return { size: SIZE, recordsOfProcessing: JSON.parse(output) as unknown };
}

if (process.argv[1] === import.meta.filename) {
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-reports-'));
  try {
    console.log(JSON.stringify(await reportsBench(dir, Number(process.argv[2] ?? 10)), null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
