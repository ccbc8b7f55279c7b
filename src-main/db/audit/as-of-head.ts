import type { Db } from '../sqlite';
import { prepared } from '../statements';

interface Kept {
  /** The audit head and the inputs the value was computed for. */
  stamp: string;
  value: unknown;
}

const kept = new WeakMap<Db, Map<string, Kept>>();

/**
 * A value derived from the record (the vendor register, the completeness check, the data map),
 * computed again only when the record has changed since. Every change of every table of the record
 * appends an audit entry in the same statement (the triggers cover every table but the log's own
 * bookkeeping, which the coverage test holds to), so the head of the log, its number and its hash
 * chained over every entry before it, names the record's state; one indexed read finds it. A write
 * rolled back leaves the head it found, and a different write after it a different hash. So the
 * value given is always the one `compute` would give now: nothing to go stale. One value per `name`
 * (the latest inputs), per connection, gone when the workspace locks.
 *
 * `compute` must read only what the log records: not request.due_on, search_text nor the
 * deadline_basis setting, and not updated_at (a save that changes nothing else logs nothing). Its
 * callers must not change what it returns.
 */
export function asOfHead<T>(db: Db, name: string, inputs: string, compute: () => T): T {
  const head = prepared(db, 'SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const stamp = `${head?.seq ?? 0}:${head?.hash ?? ''}:${inputs}`;
  let values = kept.get(db);
  if (!values) {
    values = new Map();
    kept.set(db, values);
  }
  const found = values.get(name);
  if (found?.stamp === stamp) return found.value as T;
  const value = compute();
  values.set(name, { stamp, value });
  return value;
}
