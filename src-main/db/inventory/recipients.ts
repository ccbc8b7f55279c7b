import type { Recipient } from '../../domain/inventory/records';
import { stampColumns } from './list';
import { recordRepository, type TableSpecFor } from './repository';

type Raw = Omit<Recipient, 'countries'> & { countries: string };

/** An activity uses a recipient by listing it or by a transfer to it; `activityCount` counts each activity once. */
const RECIPIENTS: TableSpecFor<'recipients', Raw> = {
  kind: 'recipient',
  alias: 'r',
  columns: `${stampColumns('r')}, r.name, r.kind, r.countries, r.description,
    (SELECT count(*) FROM (SELECT x.activity_id FROM activity_recipient x WHERE x.recipient_id = r.id
                           UNION SELECT t.activity_id FROM activity_transfer t WHERE t.recipient_id = r.id)) AS activityCount`,
  from: 'recipient r',
  substring: ['r.name'],
  sort: { name: 'r.name COLLATE NOCASE', kind: 'r.kind', updatedAt: 'r.updated_at' },
  filters: { kind: 'r.kind = ?' },
  map: (raw) => ({ ...raw, countries: JSON.parse(raw.countries) as string[] }),
  write: (v) => ({ name: v.name, kind: v.kind, countries: JSON.stringify([...new Set(v.countries)]), description: v.description }),
  searchText: (r) => [r.description, r.countries.join(' ')],
};

export const recipientRepository = recordRepository(RECIPIENTS);
