import type { CalendarDate } from '../../domain/deadlines/calendar';
import type { Db } from '../sqlite';
import { prepared } from '../statements';

export const ANONYMISED = 'Anonymised';

/** Closed on or before the cut-off and not yet anonymised. */
const DUE = 'closed_on IS NOT NULL AND closed_on <= ? AND anonymised_at IS NULL';

/**
 * Replaces the requester's and the agent's details of the requests closed on or before `closedBy`
 * with "Anonymised", deletes their attachments (identity documents, mostly) and records it in each
 * history. Notes, the outcome and the figures stay. Inside the caller's transaction; returns how
 * many requests it anonymised.
 */
export function anonymiseClosedBy(db: Db, closedBy: CalendarDate, detail: string, now: string): number {
  prepared(db, `INSERT INTO request_event (request_id, at, kind, detail) SELECT id, ?, 'anonymised', ? FROM request WHERE ${DUE}`).run(now, detail, closedBy);
  prepared(db, `DELETE FROM request_attachment WHERE request_id IN (SELECT id FROM request WHERE ${DUE})`).run(closedBy);
  // The search text as rows.ts writes it: reference, assignee, name and e-mail, one per line, folded.
  return prepared(
    db,
    `UPDATE request SET requester_name = ?, requester_email = '', requester_phone = '', requester_address = '',
            agent_name = CASE WHEN agent_name IS NULL THEN NULL ELSE ? END, agent_contact = '', agent_authority = '',
            verification_note = '', search_text = pw_fold(reference || char(10) || assignee || char(10) || ? || char(10)),
            anonymised_at = ?, updated_at = ?
      WHERE ${DUE}`,
  ).run(ANONYMISED, ANONYMISED, ANONYMISED, now, now, closedBy).changes;
}
