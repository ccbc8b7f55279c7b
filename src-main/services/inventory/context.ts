import type { Db } from '../../db/sqlite';
import { toAppError } from '../../db/sqlite-errors';
import type { Clock, WorkspaceSession } from '../workspace-session';

/**
 * How the inventory services reach the open workspace: reads, and writes that
 * are each one transaction stamped with one time from the session's clock.
 * The driver's failures leave as AppErrors a person can act on.
 */
export class InventoryStore {
  constructor(
    private readonly session: WorkspaceSession,
    readonly clock: Clock,
  ) {}

  read<T>(work: (db: Db) => T): T {
    const db = this.session.db();
    try {
      return work(db);
    } catch (error) {
      throw toAppError(error);
    }
  }

  /** All or nothing: an error anywhere inside (a rule, a constraint, a full disk) rolls back every row. */
  write<T>(work: (db: Db, now: string) => T): T {
    const db = this.session.db();
    const now = this.clock.now().toISOString();
    try {
      return db.transaction(() => work(db, now))();
    } catch (error) {
      throw toAppError(error);
    }
  }
}
