import type { Communication } from '../../domain/inventory/records';
import { stampColumns } from './list';
import { recordRepository, type TableSpecFor } from './repository';

/** Marketing and service messages, each optionally tied to the activity it belongs to. */
const COMMUNICATIONS: TableSpecFor<'communications'> = {
  kind: 'communication',
  alias: 'm',
  columns: `${stampColumns('m')}, m.name, m.channel, m.kind, m.description, m.opt_out AS optOut, m.activity_id AS activityId, a.name AS activityName`,
  from: 'communication m LEFT JOIN activity a ON a.id = m.activity_id',
  substring: ['m.name'],
  sort: { name: 'm.name COLLATE NOCASE', channel: 'm.channel', kind: 'm.kind', updatedAt: 'm.updated_at' },
  filters: { kind: 'm.kind = ?' },
  map: (raw: Communication) => raw,
  write: (v) => ({ name: v.name, channel: v.channel, kind: v.kind, description: v.description, opt_out: v.optOut, activity_id: v.activityId }),
  searchText: (m) => [m.description, m.optOut],
};

export const communicationRepository = recordRepository(COMMUNICATIONS);
