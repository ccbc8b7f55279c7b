import { call, RECIPIENT_KINDS, type Recipient } from '../../../app/api';
import { ACTIVITY_COUNT_COLUMN, clipped, codeFilter, NAME_COLUMN, type SortKey, UPDATED_COLUMN, vocabularyFilter } from '../list-helpers';
import type { AreaDef } from '../RecordAreaView';
import { RecipientEditor } from './RecipientEditor';

type RecipientSort = SortKey<'inventory.recipients.list'>;

export const recipientsArea: AreaDef<Recipient, RecipientSort, Recipient> = {
  area: 'recipients',
  title: 'Recipients',
  noun: { one: 'recipient', many: 'recipients' },
  defaultSort: { by: 'name', dir: 'asc' },
  get: (id) => call('inventory.recipients.get', { id }),
  Editor: RecipientEditor,
  columns: [
    NAME_COLUMN,
    { id: 'kind', header: 'Kind', cell: (recipient) => RECIPIENT_KINDS[recipient.kind], sortBy: 'kind' },
    { id: 'countries', header: 'Countries', cell: (recipient) => recipient.countries.join(', ') },
    { id: 'description', header: 'Description', cell: (recipient) => clipped(recipient.description), hidden: true },
    ACTIVITY_COUNT_COLUMN,
    UPDATED_COLUMN,
  ],
  filters: [vocabularyFilter('kind', 'Kind', RECIPIENT_KINDS)],
  load: ({ filters, ...request }) => call('inventory.recipients.list', { ...request, filters: { kind: codeFilter(RECIPIENT_KINDS, filters.kind) } }),
};
