import type { Cookie } from '../../domain/inventory/records';
import { stampColumns } from './list';
import { recordRepository, type TableSpecFor } from './repository';

const COOKIES: TableSpecFor<'cookies'> = {
  kind: 'cookie',
  alias: 'k',
  columns: `${stampColumns('k')}, k.name, k.provider, k.party, k.category, k.duration, k.purpose, k.activity_id AS activityId, a.name AS activityName`,
  from: 'cookie k LEFT JOIN activity a ON a.id = k.activity_id',
  substring: ['k.name', 'k.provider'],
  sort: { name: 'k.name COLLATE NOCASE', provider: 'k.provider COLLATE NOCASE', category: 'k.category', updatedAt: 'k.updated_at' },
  filters: { category: 'k.category = ?', party: 'k.party = ?' },
  map: (raw: Cookie) => raw,
  write: (v) => ({ name: v.name, provider: v.provider, party: v.party, category: v.category, duration: v.duration, purpose: v.purpose, activity_id: v.activityId }),
  searchText: (c) => [c.provider, c.purpose, c.duration],
};

export const cookieRepository = recordRepository(COOKIES);
