import type { Finding, ParsedInput } from '../../contract';
import type { FindingSeverity } from '../../domain/vendors/vocabulary';
import type { Db } from '../sqlite';
import { prepared } from '../statements';
import { valueByRecipient } from './lists';

/** Open findings first, then by due date (undated last). `overdue` is worked out against `today`. */
export function findingsOf(db: Db, recipientId: number, today: string): Finding[] {
  const raws = prepared(
    db,
    `SELECT id, title, severity, owner, due_on AS dueOn, status, closed_on AS closedOn, notes,
       status = 'open' AND due_on IS NOT NULL AND due_on < @today AS overdue
     FROM vendor_finding WHERE recipient_id = @recipientId ORDER BY status = 'closed', due_on IS NULL, due_on, id`,
  ).all({ recipientId, today }) as (Omit<Finding, 'overdue'> & { overdue: number })[];
  return raws.map((raw) => ({ ...raw, overdue: raw.overdue === 1 }));
}

export type SeverityCounts = Partial<Record<FindingSeverity, number>>;

/**
 * How many findings each recipient has open, by severity; the register looks up its vendors'. SQL
 * hands over "[7,{"high":2},9,{...}]": one object per recipient, parsed natively in one go.
 */
export function openFindingsOfAll(db: Db): Map<number, SeverityCounts> {
  const { list } = prepared(
    db,
    `SELECT '[' || group_concat(list) || ']' AS list FROM (
       SELECT recipient_id || ',' || json_group_object(severity, n) AS list FROM (
         SELECT recipient_id, severity, count(*) AS n FROM vendor_finding WHERE status = 'open' GROUP BY recipient_id, severity)
       GROUP BY recipient_id)`,
  ).get() as { list: string | null };
  return valueByRecipient<SeverityCounts>(list);
}

/**
 * Adds the finding, or updates it; false when `id` names none of this vendor's. A finding
 * closed now is closed `today`; one already closed keeps its date; reopening clears it.
 */
export function saveFinding(db: Db, input: ParsedInput<'vendors.saveFinding'>, today: string, now: string): boolean {
  const params = { ...input, id: input.id ?? null, today, now };
  if (input.id === undefined) {
    prepared(
      db,
      `INSERT INTO vendor_finding (recipient_id, title, severity, owner, due_on, status, closed_on, notes, created_at, updated_at)
       VALUES (@recipientId, @title, @severity, @owner, @dueOn, @status, CASE @status WHEN 'closed' THEN @today END, @notes, @now, @now)`,
    ).run(params);
    return true;
  }
  const { changes } = prepared(
    db,
    `UPDATE vendor_finding SET title = @title, severity = @severity, owner = @owner, due_on = @dueOn, status = @status,
       closed_on = CASE @status WHEN 'closed' THEN coalesce(closed_on, @today) END, notes = @notes, updated_at = @now
     WHERE id = @id AND recipient_id = @recipientId`,
  ).run(params);
  return changes === 1;
}
