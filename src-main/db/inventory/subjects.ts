import type { DataSubject } from '../../domain/inventory/records';
import { stampColumns } from './list';
import { uniqueCustomKey } from './record-tables';
import { recordRepository, type TableSpecFor } from './repository';

/** The Fides data subjects seeded with the workspace, and the organisation's own, keyed `custom.<slug>` like categories. */
const SUBJECTS: TableSpecFor<'subjects'> = {
  kind: 'subject',
  alias: 's',
  columns: `${stampColumns('s')}, s.key, s.name, s.description, s.origin, (SELECT count(*) FROM activity_subject x WHERE x.subject_id = s.id) AS activityCount`,
  from: 'data_subject s',
  substring: ['s.name', 's.key'],
  sort: { name: 's.name COLLATE NOCASE', updatedAt: 's.updated_at' },
  filters: {},
  map: (raw: DataSubject) => raw,
  create: (db, v) => ({ key: uniqueCustomKey(db, 'subject', v.name), origin: 'custom' }),
  write: (v) => ({ name: v.name, description: v.description }),
  searchText: (s) => [s.key, s.description],
};

export const subjectRepository = recordRepository(SUBJECTS);
