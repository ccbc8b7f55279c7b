import type { MapSystem } from '../../domain/inventory/data-map';
import type { System } from '../../domain/inventory/records';
import type { Db } from '../sqlite';
import { prepared } from '../statements';
import { stampColumns } from './list';
import { recordRepository, type TableSpecFor } from './repository';

type Raw = Omit<System, 'hostingCountries'> & { hostingCountries: string };

const SYSTEMS: TableSpecFor<'systems', Raw> = {
  kind: 'system',
  alias: 's',
  columns: `${stampColumns('s')}, s.name, s.kind, s.owner, s.description, s.hosting_countries AS hostingCountries,
    s.processor_id AS processorId, p.name AS processorName, s.security_measures AS securityMeasures,
    (SELECT count(*) FROM activity_system x WHERE x.system_id = s.id) AS activityCount`,
  from: 'system s LEFT JOIN recipient p ON p.id = s.processor_id',
  substring: ['s.name', 's.owner'],
  sort: { name: 's.name COLLATE NOCASE', kind: 's.kind', owner: 's.owner COLLATE NOCASE', updatedAt: 's.updated_at' },
  filters: { kind: 's.kind = ?', processorId: 's.processor_id = ?' },
  map: (raw) => ({ ...raw, hostingCountries: JSON.parse(raw.hostingCountries) as string[] }),
  write: (v) => ({
    name: v.name,
    kind: v.kind,
    owner: v.owner,
    description: v.description,
    hosting_countries: JSON.stringify([...new Set(v.hostingCountries)]),
    processor_id: v.processorId,
    security_measures: v.securityMeasures,
  }),
  searchText: (s) => [s.owner, s.description, s.securityMeasures, s.hostingCountries.join(' ')],
};

export const systemRepository = recordRepository(SYSTEMS);

/** Every system not archived, with only what the data map reads of it. */
export function mapSystems(db: Db): MapSystem[] {
  const raws = prepared(db, 'SELECT s.id, s.name, s.hosting_countries AS hostingCountries FROM system s WHERE s.archived_at IS NULL').all() as {
    id: number;
    name: string;
    hostingCountries: string;
  }[];
  return raws.map((raw) => ({ ...raw, hostingCountries: JSON.parse(raw.hostingCountries) as string[] }));
}
