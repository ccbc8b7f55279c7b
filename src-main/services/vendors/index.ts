import type { CallOutput, ParsedInput } from '../../contract';
import { getOrganisation } from '../../db/inventory/organisation';
import type { Db } from '../../db/sqlite';
import { InventoryStore } from '../inventory/context';
import { todayIn } from '../inventory/index';
import type { Clock, WorkspaceSession } from '../workspace-session';
import { vendorDashboard } from './dashboard';
import { reviewRules, vendorDetail } from './detail';
import { listVendors } from './list';
import { vendorWrites, type VendorWrites } from './writes';

type Read<K extends 'vendors.list' | 'vendors.get' | 'vendors.reviewSettings.get' | 'vendors.dashboard'> = (input: ParsedInput<K>) => CallOutput<K>;

export interface VendorService extends VendorWrites {
  list: Read<'vendors.list'>;
  get: Read<'vendors.get'>;
  reviewSettings: Read<'vendors.reviewSettings.get'>;
  dashboard: Read<'vendors.dashboard'>;
}

/** The vendor register over the open workspace: profiles beside recipients, what they receive derived from the inventory. */
export function createVendorService(session: WorkspaceSession, clock: Clock): VendorService {
  const store = new InventoryStore(session, clock);
  // Review dates and deadlines are calendar days where the organisation is.
  const today = (db: Db) => todayIn(getOrganisation(db).timeZone, clock.now());
  return {
    list: (input) => store.read((db) => listVendors(db, input, today(db))),
    get: ({ recipientId }) => store.read((db) => vendorDetail(db, recipientId, today(db))),
    reviewSettings: () => store.read(reviewRules),
    dashboard: () => store.read((db) => vendorDashboard(db, today(db))),
    ...vendorWrites(store, today),
  };
}
