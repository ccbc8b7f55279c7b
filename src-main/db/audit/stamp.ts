import { createHash } from 'node:crypto';
import type { Db } from '../sqlite';
import { registerFunctions } from '../statements';

/** Who makes the writes on a connection and at which instant: what the audit triggers record. */
export interface AuditStamp {
  actor: string;
  at: string;
}

/** The actor of writes the app makes by itself (a migration, the organisation row of a new workspace). */
export const APP_ACTOR = 'Privacy Workstation';

/** The first entry's previous hash. */
export const GENESIS_HASH = '0'.repeat(64);

const stamps = new WeakMap<Db, AuditStamp>();

/**
 * Registers the SQL functions the audit triggers call, on a connection just opened, before any
 * write: pw_actor() and pw_now() answer the connection's current stamp, pw_audit_hash() chains an
 * entry; and the queries' functions, since the search index's trigger folds each entry with pw_fold()
 * (statements.ts registers them only with a connection's first prepared statement). Until a service
 * stamps its first write, writes are the app's own at the opening instant.
 */
export function registerAuditFunctions(db: Db, openedAt: Date): void {
  const initial = { actor: APP_ACTOR, at: openedAt.toISOString() };
  stamps.set(db, initial);
  const current = () => stamps.get(db) ?? initial;
  db.function('pw_actor', { deterministic: false }, () => current().actor);
  db.function('pw_now', { deterministic: false }, () => current().at);
  db.function('pw_audit_hash', { deterministic: true, varargs: true }, (...values: unknown[]) => {
    const [prevHash, ...content] = values;
    return auditHash(String(prevHash), content);
  });
  registerFunctions(db);
}

/** Sets who and when for the writes that follow on this connection (the services' store, per write); answers the stamp it replaces. */
export function setAuditStamp(db: Db, stamp: AuditStamp): AuditStamp | undefined {
  const previous = stamps.get(db);
  stamps.set(db, stamp);
  return previous;
}

/**
 * sha256 of the previous hash and the entry's content as a JSON array (seq, at, actor, kind,
 * table, record kind, record id, label, before, after): one canonical form, written by the
 * triggers and recomputed by the verifier through the same SQL function.
 */
function auditHash(prevHash: string, content: readonly unknown[]): string {
  return createHash('sha256').update(prevHash).update(JSON.stringify(content)).digest('hex');
}
