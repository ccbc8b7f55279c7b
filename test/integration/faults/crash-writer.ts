/**
 * The child of crash-safety.test.ts: `node --import tsx crash-writer.ts <workspace>`, passphrase in
 * PW_PASSPHRASE. Loads the services, prints "waiting" and waits for a line on stdin (the parent has released the
 * file), unlocks, prints "ready", then writes forever, one service call per write (each one transaction), printing
 * "activity <id>" or "request <id>" only after the call has returned. A failing call throws and ends the process,
 * which the parent reports. The parent kills it with SIGKILL.
 */
import { createInterface } from 'node:readline';
import { contract } from '../../../src-main/contract';
import { createInventoryService } from '../../../src-main/services/inventory';
import { createRequestService } from '../../../src-main/services/requests';
import { MemoryBacking, SettingsStore } from '../../../src-main/services/settings-store';
import { WorkspaceSession } from '../../../src-main/services/workspace-session';
import { FakeClock } from '../../helpers/clock';
import { intake } from '../../helpers/requests';

const [path] = process.argv.slice(2);
const passphrase = process.env.PW_PASSPHRASE;
if (!path || !passphrase) throw new Error('usage: PW_PASSPHRASE=… crash-writer.ts <workspace>');

// Only the two services it writes through (loading every service would double the start-up time of each round).
const clock = new FakeClock('2026-11-29T10:00:00Z');
const session = new WorkspaceSession(new SettingsStore(new MemoryBacking()), clock);
const inventory = createInventoryService(session, clock);
const requests = createRequestService(session, clock);
const say = (line: string) => process.stdout.write(`${line}\n`);
const activity = (n: number) =>
  contract['inventory.activities.save'].input.parse({
    name: `Crash activity ${n}`,
    description: 'x'.repeat(n % 7 === 0 ? 6000 : 100),
    purposes: [{ purpose: 'First' }, { purpose: 'Second' }],
  });
const request = (n: number) => contract['requests.create'].input.parse(intake('2026-11-20T10:00:00Z', { assignee: `Crash ${n}` }));

say('waiting');
await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once('line', () => resolve()));
await session.unlock(path, passphrase);
say('ready');
for (let n = 0; ; n++) {
  // An activity is several rows in several tables (activity, purposes, search index): all or nothing.
  if (n % 2 === 0) say(`activity ${inventory.activities.save(activity(n)).id}`);
  else say(`request ${requests.create(request(n)).id}`);
}
