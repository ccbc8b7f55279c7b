import { describe, expect, it } from 'vitest';
import { intake } from '../../test/helpers/requests';
import { useInventoryRig } from '../../test/helpers/inventory-rig';
import type { CallInput } from '../contract';

/**
 * The query plans of the hot screens, read with EXPLAIN QUERY PLAN from the very statements the
 * services prepare (recorded as they are prepared on this connection). The workspace keeps no
 * statistics, so a plan depends on the schema and the SQL only: a small workspace shows the plans
 * a large one gets.
 */
const rig = useInventoryRig('Query Plan Kittiwake Ltd');

type Read = 'all' | 'get' | 'iterate' | 'run';

/** The plan of every statement `run` reads or writes with (cached or not), with its values, one line per statement ("SEARCH ... | SCAN ..."). */
async function plansOf(run: () => unknown): Promise<string[]> {
  const db = rig().db();
  const statement = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<Read, (...args: unknown[]) => unknown>;
  const originals = { all: statement.all, get: statement.get, iterate: statement.iterate, run: statement.run };
  const reads: { sql: string; args: unknown[] }[] = [];
  for (const name of Object.keys(originals) as Read[]) {
    statement[name] = function (this: { source: string }, ...args: unknown[]) {
      reads.push({ sql: this.source, args });
      return originals[name].apply(this, args);
    };
  }
  try {
    await run();
  } finally {
    Object.assign(statement, originals);
  }
  return reads
    .filter(({ sql }) => !/^\s*(EXPLAIN|PRAGMA)/i.test(sql))
    .map(({ sql, args }) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join(' | '));
}

/** A table read row by row from end to end, where an index should have been searched. */
const fullScanOf = (table: string) => new RegExp(`(^|\\| )SCAN ${table}( |$)(?!USING)`);

const audit = (filter: CallInput<'audit.list'>) => plansOf(() => rig().call('audit.list', filter));

describe('query plans of the audit log at scale', () => {
  it('counts a filter of person, kind, record kind or period from the tally, never entry by entry', async () => {
    for (const filter of [{}, { actor: 'officer' }, { kind: 'update' }, { recordKind: 'system' }, { from: '2026-01-01', to: '2026-06-30' }] as const) {
      // The page first, then the count.
      const count = (await audit({ ...filter, limit: 7 })).at(-1)!;
      expect(count, JSON.stringify(filter)).toContain('audit_tally');
      expect(count, JSON.stringify(filter)).not.toContain('audit_entry');
    }
  });

  it("sorts a period's entry numbers from the time index alone, then reads only the page's entries", async () => {
    const page = (await audit({ from: '2026-01-01', to: '2026-06-30', limit: 8 })).find((p) => !p.includes('audit_tally'))!;
    expect(page).toMatch(/^SEARCH audit_entry USING INTEGER PRIMARY KEY \(rowid=\?\) \| LIST SUBQUERY 1 \| SEARCH audit_entry USING COVERING INDEX audit_entry_at/);
  });

  it("finds each filter's newest entries through its own index, in order, without sorting", async () => {
    const page = async (filter: CallInput<'audit.list'>) => (await audit({ ...filter, limit: 9 })).find((p) => !p.includes('audit_tally'))!;
    expect(await page({ actor: 'Dana' })).toContain('USING COVERING INDEX audit_entry_actor (actor=?)');
    expect(await page({ kind: 'delete' })).toContain('USING COVERING INDEX audit_entry_kind (kind=?)');
    expect(await page({ recordKind: 'activity' })).toContain('USING COVERING INDEX audit_entry_record_kind (record_kind=?)');
    for (const plan of [await page({ actor: 'Dana', offset: 3 }), await page({ kind: 'archive' }), await page({ recordKind: 'vendor' })]) {
      expect(plan).not.toMatch(/TEMP B-TREE|SCAN audit_entry/);
    }
  });

  it("finds a text's entries from the trigram index alone, reading only those, for the page and its count", async () => {
    for (const filter of [{ search: 'Team 7' }, { recordId: 12, search: 'Team 7' }]) {
      const plans = await audit({ ...filter, limit: 13 });
      // The page, then the count.
      expect(plans, JSON.stringify(filter)).toHaveLength(2);
      for (const plan of plans) {
        expect(plan, JSON.stringify(filter)).toMatch(/SEARCH audit_entry USING INTEGER PRIMARY KEY \(rowid=\?\) \| LIST SUBQUERY 1 \| SCAN audit_search VIRTUAL TABLE INDEX 0:M\d*$/);
        expect(plan, JSON.stringify(filter)).not.toMatch(/TEMP B-TREE|SCAN audit_entry/);
      }
    }
  });

  it("beside a period or a person, reads that filter's index and tests only its entries the trigram index names", async () => {
    const cases = [
      [{ from: '2026-01-01', to: '2026-12-31', search: 'ledger' }, 'SEARCH audit_entry USING INDEX audit_entry_at (at>? AND at<?) | LIST SUBQUERY 1 | SCAN audit_search VIRTUAL TABLE INDEX 0:M'],
      [{ actor: 'officer', search: 'a "quoted" text' }, 'SEARCH audit_entry USING INDEX audit_entry_actor (actor=?) | LIST SUBQUERY 1 | SCAN audit_search VIRTUAL TABLE INDEX 0:M'],
    ] as const;
    for (const [filter, expected] of cases) {
      const plans = await audit({ ...filter, limit: 13 });
      expect(plans, JSON.stringify(filter)).toHaveLength(2);
      for (const plan of plans) expect(plan, JSON.stringify(filter)).toContain(expected);
    }
  });

  it('starts a page deep in the whole log at its first entry number, stepping over none', async () => {
    expect(await audit({ offset: 400_000, limit: 12 })).toContain('SEARCH audit_entry USING INTEGER PRIMARY KEY (rowid<?)');
  });

  it("reads one record's history from the record index, with its count", async () => {
    const plans = await audit({ recordKind: 'request', recordId: 12, limit: 11 });
    expect(plans).toHaveLength(2);
    for (const plan of plans) {
      expect(plan).toContain('audit_entry_record (record_kind=? AND record_id=?)');
      expect(plan).not.toMatch(fullScanOf('audit_entry'));
    }
  });
});

describe('query plans of requests, the dashboard and the vendor register', () => {
  it('opens a request through its keys: the request, its history and children by request id', async () => {
    const created = await rig().call('requests.create', intake('2026-11-28T09:00:00Z'));
    const plans = await plansOf(() => rig().call('requests.get', { id: created.id }));
    for (const table of ['request', 'request_event', 'request_task', 'request_type', 'request_pause', 'request_note', 'request_attachment', 'audit_entry']) {
      for (const plan of plans) expect(plan).not.toMatch(fullScanOf(table));
    }
  });

  it('figures the dashboard from indexes, never reading every request or event', async () => {
    const plans = await plansOf(() => rig().call('requests.dashboard', {}));
    expect(plans.length).toBeGreaterThan(2);
    for (const plan of plans) {
      expect(plan).not.toMatch(fullScanOf('request'));
      expect(plan).not.toMatch(fullScanOf('request_event'));
    }
  });

  it('runs the daily upkeep from the index of requests still to anonymise, never every closed request', async () => {
    // The upkeep runs on the first backlog read of a day: tomorrow's.
    rig().clock.advance(86_400_000);
    const plans = (await plansOf(() => rig().call('requests.reminders', {}))).filter((p) => p.includes('closed_on'));
    expect(plans.length).toBeGreaterThanOrEqual(3);
    for (const plan of plans) {
      expect(plan).toContain('request_to_anonymise');
      expect(plan).not.toMatch(fullScanOf('request'));
    }
  });

  it("reads every vendor's inventory transfers in order from activity_transfer_vendor", async () => {
    const plans = await plansOf(() => rig().call('vendors.list', { sort: { by: 'tier', dir: 'desc' } }));
    expect(plans.some((p) => p.includes('USING COVERING INDEX activity_transfer_vendor (recipient_id>?)') && !p.includes('TEMP B-TREE'))).toBe(true);
  });
});
