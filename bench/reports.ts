import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createServices } from '../src-main/services/app-services';
import { MemoryBacking } from '../src-main/services/settings-store';
import { fillLargeInventory, type InventorySize } from '../test/fixtures/large-inventory';

export const PASS = 'benchmark passphrase 2026';
/** Every tenth fixture activity is a draft, so 1,112 give the 1,000 active ones the records list. */
const SIZE: InventorySize = { activities: 1112, systems: 100, recipients: 300 };

/**
 * The records of processing for 1,000 activities, generated in a fresh process (bench/report-child.ts)
 * so that its peak memory is the report's, not the rest of the bench's.
 */
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
