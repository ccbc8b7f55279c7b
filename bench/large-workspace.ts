import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { setAuditStamp } from '../src-main/db/audit/stamp';
import { openCipher, type Db } from '../src-main/db/sqlite';
import { openWorkspaceFileForReading } from '../src-main/db/workspace-file';
import { createServices } from '../src-main/services/app-services';
import { MemoryBacking } from '../src-main/services/settings-store';
import { fillLargeInventory, type InventorySize } from '../test/fixtures/large-inventory';
import { withAuditTriggersOff } from '../test/fixtures/audit-triggers-off';
import { fillLargeRequests } from '../test/fixtures/large-requests';
import { fillLargeVendors } from '../test/fixtures/large-vendors';

export const BENCH_PASS = 'benchmark passphrase 2026';
export const BENCH_TODAY = '2026-11-29';
export const benchClock = { now: () => new Date(`${BENCH_TODAY}T10:00:00Z`) };

/** The large company: every recipient is a vendor. */
export const BENCH_SIZE = { activities: 5000, systems: 300, recipients: 1000, requests: 100_000, years: 5, auditEntries: 50_000 } as const;
const INVENTORY: InventorySize = { activities: BENCH_SIZE.activities, systems: BENCH_SIZE.systems, recipients: BENCH_SIZE.recipients };
const ACTORS = ['Workspace owner', 'Ana Officer', 'Ben Deputy', 'Chiara Staff'];

export interface BenchWorkspace {
  /** The encrypted workspace, with its key file beside it. */
  path: string;
  /** The same workspace decrypted: the side-by-side copy (no key file; opened by the bench only). */
  plainPath: string;
  fillMs: number;
  counts: Record<string, number>;
}

/**
 * Builds the bench's workspace, the same on every run: the inventory, vendor register and five
 * years of requests as years of use would have left them (written through the repositories with
 * the audit triggers off, as one import), then 50,000 logged changes made through the real
 * triggers (so the log's hash chain is real), then a plaintext copy of the very same pages.
 */
export async function buildBenchWorkspace(dir: string): Promise<BenchWorkspace> {
  const path = join(dir, 'bench.pws');
  const services = createServices({
    host: { host: 'browser', version: 'bench', defaultFolder: dir, pathSeparator: '/' },
    settings: new MemoryBacking(),
    clock: benchClock,
  });
  const started = performance.now();
  await services.session.create(path, BENCH_PASS, 'Bench Org');
  const db = services.session.db();
  withAuditTriggersOff(db, () => {
    fillLargeInventory(services, INVENTORY);
    fillLargeVendors(services);
    fillLargeRequests(services, { count: BENCH_SIZE.requests, today: BENCH_TODAY, years: BENCH_SIZE.years });
  });
  logChanges(db, BENCH_SIZE.auditEntries - count(db, 'audit_entry'));
  const counts = Object.fromEntries(
    ['request', 'activity', 'system', 'recipient', 'vendor_profile', 'audit_entry', 'request_event'].map((table) => [table, count(db, table)]),
  );
  services.session.dispose();
  const fillMs = Math.round(performance.now() - started);
  return { path, plainPath: await decryptedCopy(path, join(dir, 'bench-plain.pws')), fillMs, counts };
}

function count(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/**
 * `n` changes spread over the five years, in order, each logged by its trigger: reassigned and
 * annotated requests, reviewed activities, renamed system owners.
 */
function logChanges(db: Db, n: number): void {
  const requestIds = (db.prepare('SELECT id FROM request ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  const activityIds = (db.prepare('SELECT id FROM activity ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  const systemIds = (db.prepare('SELECT id FROM system ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  const assign = db.prepare('UPDATE request SET assignee = ? WHERE id = ?');
  const review = db.prepare('UPDATE activity SET last_reviewed_on = ? WHERE id = ?');
  const owner = db.prepare('UPDATE system SET owner = ? WHERE id = ?');
  const first = Date.parse(`${BENCH_TODAY}T00:00:00Z`) - BENCH_SIZE.years * 365 * 86_400_000;
  const step = (BENCH_SIZE.years * 365 * 86_400_000) / Math.max(n, 1);
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const at = new Date(first + i * step);
      setAuditStamp(db, { actor: ACTORS[i % ACTORS.length]!, at: at.toISOString() });
      if (i % 10 < 8) assign.run(`${ACTORS[(i + 1) % ACTORS.length]} ${i}`, requestIds[(i * 7919) % requestIds.length]);
      else if (i % 10 === 8) review.run(at.toISOString().slice(0, 10), activityIds[(i * 31) % activityIds.length]);
      else owner.run(`Team ${i % 23} (${i})`, systemIds[(i * 13) % systemIds.length]);
    }
  })();
}

/** Decrypts a copy in place (PRAGMA rekey to no key): the same pages, so only the encryption differs. */
async function decryptedCopy(path: string, plainPath: string): Promise<string> {
  const opened = await openWorkspaceFileForReading(path, BENCH_PASS);
  opened.db.close();
  copyFileSync(path, plainPath);
  const copy = openCipher(plainPath, opened.key, { create: false });
  try {
    copy.pragma('journal_mode = DELETE');
    copy.pragma("rekey = ''");
  } finally {
    copy.close();
  }
  return plainPath;
}
