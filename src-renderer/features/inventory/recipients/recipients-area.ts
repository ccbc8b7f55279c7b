import { call, RECIPIENT_KINDS, type Recipient } from '../../../app/api';
import { ACTIVITY_COUNT_COLUMN, clipped, codeFilter, NAME_COLUMN, type SortKey, UPDATED_COLUMN, vocabularyFilter } from '../list-helpers';
import type { AreaDef } from '../RecordAreaView';
import { RecipientEditor } from './RecipientEditor';

export const recipientsArea: AreaDef<Recipient, SortKey<'inventory.recipients.list'>, Recipient> = {
  area: 'recipients',
  noun: { one: 'recipient', many: 'recipients' },
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
  get: (id) => call('inventory.recipients.get', { id }),
  Editor: RecipientEditor,
};
