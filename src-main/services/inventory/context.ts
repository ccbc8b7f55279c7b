import { setAuditStamp } from '../../db/audit/stamp';
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

  /**
   * All or nothing: an error anywhere inside (a rule, a constraint, a full disk) rolls back every
   * row, and the audit entries the triggers wrote for them, stamped with the session's actor and
   * this same instant. A write inside another keeps its own instant, and gives the outer one back.
   */
  write<T>(work: (db: Db, now: string) => T): T {
    const db = this.session.db();
    const now = this.clock.now().toISOString();
    const outer = setAuditStamp(db, { actor: this.session.actor(), at: now });
    try {
      return db.transaction(() => work(db, now))();
    } catch (error) {
      throw toAppError(error);
    } finally {
      if (outer) setAuditStamp(db, outer);
    }
  }
}
