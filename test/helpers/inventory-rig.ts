import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ApiError } from '../../src-main/contract/errors';
import type { CallInput, CallName, CallOutput } from '../../src-main/contract';
import type { Db } from '../../src-main/db/sqlite';
import { type AppServices, createServices } from '../../src-main/services/app-services';
import { createApi } from '../../src-main/transport/api';
import type { Dispatch } from '../../src-main/transport/dispatch';
import { FakeClock } from './clock';
import { errorOf, valueOf } from './results';
import { MemoryBacking } from './settings';
import { useSharedTempDir } from './shared-temp-dir';

export const PASS = 'correct horse battery staple';

/** Every table the inventory writes, each read in a fixed order: a fingerprint of the whole inventory. */
const INVENTORY_TABLES = [
  'organisation',
  'data_category',
  'data_subject',
  'recipient',
  'system',
  'activity',
  'activity_purpose',
  'activity_category',
  'activity_subject',
  'activity_system',
  'activity_recipient',
  'activity_transfer',
  'cookie',
  'communication',
];

export interface InventoryRig {
  api: Dispatch;
  services: AppServices;
  clock: FakeClock;
  path: string;
  db(): Db;
  /** A successful call's value (typed by the contract); fails the test with the error otherwise. */
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  /** A failed call's error; fails the test if it succeeded. The input is deliberately untyped: tests send malformed ones. */
  fail(name: CallName, input: unknown): Promise<ApiError>;
  /** sha256 over every inventory row and the search index. */
  fingerprint(): string;
}

/**
 * One real encrypted workspace for a whole describe block (scrypt runs once),
 * answered by the real services through the dispatcher, as a transport would.
 */
export function useInventoryRig(organisationName = 'Zebracorn Kittiwake Holdings'): () => InventoryRig {
  const dir = useSharedTempDir('pw-inventory-');
  let rig: InventoryRig | undefined;
  beforeAll(async () => {
    const clock = new FakeClock('2026-11-29T10:00:00Z');
    const services = createServices({
      host: { host: 'browser', version: '0.0.0-test', defaultFolder: dir(), pathSeparator: '/' },
      settings: new MemoryBacking(),
      clock,
    });
    const api = createApi(services, (name, error) => {
      throw new Error(`${name} failed unexpectedly: ${String(error)}`);
    });
    const path = join(dir(), 'inventory.pws');
    valueOf(await api('workspace.create', { path, organisationName, passphrase: PASS, confirmPassphrase: PASS }));
    // The tests move the clock by days to check timestamps: no idle lock.
    valueOf(await api('settings.update', { idleLockMinutes: 0 }));
    const db = () => services.session.db();
    rig = {
      api,
      services,
      clock,
      path,
      db,
      call: async (name, input) => valueOf(await api(name, input)) as never,
      fail: async (name, input) => errorOf(await api(name, input)),
      fingerprint: () => {
        const hash = createHash('sha256');
        for (const table of INVENTORY_TABLES) hash.update(table).update(JSON.stringify(db().prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()));
        hash.update(JSON.stringify(db().prepare('SELECT rowid, * FROM inventory_search ORDER BY rowid').all()));
        return hash.digest('hex');
      },
    };
  });
  afterAll(() => rig?.services.session.dispose());
  return () => {
    if (!rig) throw new Error('useInventoryRig: the rig exists only between beforeAll and afterAll');
    return rig;
  };
}

/** The ids of the seeded taxonomy, looked up by key: `category('user.contact.email')`, `subject('customer')`. */
export async function taxonomyIds(rig: InventoryRig): Promise<{ category(key: string): number; subject(key: string): number }> {
  const idsByKey = async (name: 'inventory.categories.list' | 'inventory.subjects.list') => {
    const rows = (await rig.call(name, { limit: 5000, archived: 'all' })).rows;
    return (key: string) => {
      const found = rows.find((r) => r.key === key);
      if (!found) throw new Error(`no seeded entry ${key}`);
      return found.id;
    };
  };
  return { category: await idsByKey('inventory.categories.list'), subject: await idsByKey('inventory.subjects.list') };
}
