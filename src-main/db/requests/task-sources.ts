import type { Db } from '../sqlite';
import { prepared } from '../statements';

/** Active (and not archived) activities about any of the data subjects with these keys. */
const ACTIVITIES = `SELECT a.id FROM activity a JOIN activity_subject x ON x.activity_id = a.id JOIN data_subject d ON d.id = x.subject_id
  WHERE a.status = 'active' AND a.archived_at IS NULL AND d.key IN (SELECT value FROM json_each(?))`;

export interface DataLocations {
  activities: number;
  /** The systems those activities use (archived ones left out), by name, each once. */
  systems: { id: number; name: string }[];
  /** The names of the recipients those activities disclose to, by name, each once. */
  recipients: string[];
}

/** Where the inventory says the data of people of these subject keys is kept and sent. */
export function dataLocations(db: Db, subjectKeys: readonly string[]): DataLocations {
  const keys = JSON.stringify(subjectKeys);
  const activities = (prepared(db, `SELECT count(DISTINCT id) AS n FROM (${ACTIVITIES})`).get(keys) as { n: number }).n;
  const systems = prepared(
    db,
    `SELECT s.id, s.name FROM system s WHERE s.archived_at IS NULL
        AND s.id IN (SELECT y.system_id FROM activity_system y WHERE y.activity_id IN (${ACTIVITIES}))
      ORDER BY s.name COLLATE NOCASE, s.id`,
  ).all(keys) as { id: number; name: string }[];
  const recipients = prepared(
    db,
    `SELECT r.name FROM recipient r WHERE r.archived_at IS NULL
        AND r.id IN (SELECT y.recipient_id FROM activity_recipient y WHERE y.activity_id IN (${ACTIVITIES}))
      ORDER BY r.name COLLATE NOCASE, r.id`,
  ).all(keys) as { name: string }[];
  return { activities, systems, recipients: recipients.map((r) => r.name) };
}

/** The system's name, or undefined when there is no such system. */
export function systemName(db: Db, id: number): string | undefined {
  return (prepared(db, 'SELECT name FROM system WHERE id = ?').get(id) as { name: string } | undefined)?.name;
}
