import type { Db } from '../sqlite';
import { m0001Initial } from './0001-initial';
import { m0002Inventory } from './0002-inventory';
import { m0003Requests } from './0003-requests';
import { m0004Vendors } from './0004-vendors';
import { m0005VendorReviews } from './0005-vendor-reviews';
import { m0006Audit } from './0006-audit';
import { m0007People } from './0007-people';
import { m0008Scale } from './0008-scale';
import { m0009UpkeepIndex } from './0009-upkeep-index';
import { m0010AuditSearch } from './0010-audit-search';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [m0001Initial, m0002Inventory, m0003Requests, m0004Vendors, m0005VendorReviews, m0006Audit, m0007People, m0008Scale, m0009UpkeepIndex, m0010AuditSearch];

export function assertMonotonic(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

assertMonotonic(MIGRATIONS);

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs each pending migration in its own transaction, the version bump inside it. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  const from = schemaVersion(db);
  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return schemaVersion(db);
}

export type { Migration } from './types';
