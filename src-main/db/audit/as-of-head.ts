import type { Db } from '../sqlite';
import { prepared } from '../statements';

interface Kept {
  /** The audit head and the inputs the value was computed for. */
  stamp: string;
  /** The head's number: the entries after it are the changes since. */
  seq: number;
  inputs: string;
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
  return sinceHead(db, name, inputs, { all: compute });
}

/** The records changed since a value was computed, by record kind: the ids the audit entries after its head are filed under (none for a record without a number id). */
export type ChangedRecords = ReadonlyMap<string, ReadonlySet<number>>;

/** Past this many entries since the last value, computing it whole is cheaper than sorting out the changes. */
const MAX_ENTRIES_SINCE = 5000;

/**
 * As `asOfHead`, but a value already computed for the same inputs is brought up to date by
 * `update` from the records changed since (as the log files them: a child row under its owning
 * record), where that is cheaper than `all`. `update` answers null to have `all` run instead; like
 * `all`, it must read only what the log records, so the value it gives is the one `all` would.
 */
export function sinceHead<T>(db: Db, name: string, inputs: string, compute: { all: () => T; update?: (previous: T, changed: ChangedRecords) => T | null }): T {
  const head = prepared(db, 'SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const seq = head?.seq ?? 0;
  const stamp = `${seq}:${head?.hash ?? ''}:${inputs}`;
  let values = kept.get(db);
  if (!values) {
    values = new Map();
    kept.set(db, values);
  }
  const found = values.get(name);
  if (found?.stamp === stamp) return found.value as T;
  // The changes are read only for a value that can be brought up to date with them.
  const changed = compute.update && found && found.inputs === inputs && seq > found.seq ? changedSince(db, found) : null;
  const value = (changed && compute.update?.(found!.value as T, changed)) ?? compute.all();
  values.set(name, { stamp, seq, inputs, value });
  return value;
}

/** The records of the entries after `kept`'s head; null when that head is not in the log as it was, or too much changed. */
function changedSince(db: Db, kept: Kept): ChangedRecords | null {
  const stillThere = prepared(db, 'SELECT hash FROM audit_entry WHERE seq = ?').get(kept.seq) as { hash: string } | undefined;
  if (kept.stamp !== `${kept.seq}:${stillThere?.hash ?? ''}:${kept.inputs}`) return null;
  const rows = prepared(db, 'SELECT record_kind AS kind, record_id AS id FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT ?').all(kept.seq, MAX_ENTRIES_SINCE + 1) as {
    kind: string;
    id: number | null;
  }[];
  if (rows.length > MAX_ENTRIES_SINCE) return null;
  const changed = new Map<string, Set<number>>();
  for (const { kind, id } of rows) {
    let ids = changed.get(kind);
    if (!ids) changed.set(kind, (ids = new Set()));
    if (id !== null) ids.add(id);
  }
  return changed;
}
