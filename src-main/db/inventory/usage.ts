import type { InventoryKind, Usage } from '../../domain/inventory/records';
import type { Db } from '../sqlite';
import { prepared } from '../statements';

const activitiesThrough = (table: string, column: string) =>
  `SELECT 'activity' AS kind, a.id, a.name FROM activity a WHERE a.id IN (SELECT activity_id FROM ${table} WHERE ${column} = @id)`;

/**
 * What points at a record of each kind, as (kind, id, name) rows: exactly the
 * references a delete would cut (links removed by cascade, references cleared).
 */
const USAGE_SQL: Readonly<Record<InventoryKind, string | null>> = {
  activity: `SELECT 'cookie' AS kind, id, name FROM cookie WHERE activity_id = @id
             UNION ALL SELECT 'communication', id, name FROM communication WHERE activity_id = @id`,
  category: `${activitiesThrough('activity_category', 'category_id')}
             UNION ALL SELECT 'category', c.id, c.name FROM data_category c WHERE c.parent_key = (SELECT key FROM data_category WHERE id = @id)`,
  subject: activitiesThrough('activity_subject', 'subject_id'),
  system: activitiesThrough('activity_system', 'system_id'),
  recipient: `SELECT 'activity' AS kind, a.id, a.name FROM activity a
               WHERE a.id IN (SELECT activity_id FROM activity_recipient WHERE recipient_id = @id
                              UNION SELECT activity_id FROM activity_transfer WHERE recipient_id = @id)
             UNION ALL SELECT 'system', s.id, s.name FROM system s WHERE s.processor_id = @id
             UNION ALL SELECT 'recipient', r.id, r.name FROM recipient r
               WHERE r.id IN (SELECT recipient_id FROM vendor_sub_processor WHERE sub_recipient_id = @id)`,
  cookie: null,
  communication: null,
};

/** The records using this one, by kind then name. */
export function usageOf(db: Db, kind: InventoryKind, id: number): Usage[] {
  const sql = USAGE_SQL[kind];
  if (sql === null) return [];
  return prepared(db, `SELECT kind, id, name FROM (${sql}) ORDER BY kind, name COLLATE NOCASE, id`).all({ id }) as Usage[];
}
