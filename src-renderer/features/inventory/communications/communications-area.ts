import { call, CHANNELS, COMMUNICATION_KINDS, type Communication } from '../../../app/api';
import { clipped, codeFilter, NAME_COLUMN, type SortKey, UPDATED_COLUMN, vocabularyFilter } from '../list-helpers';
import type { AreaDef } from '../RecordAreaView';
import { CommunicationEditor } from './CommunicationEditor';

export const communicationsArea: AreaDef<Communication, SortKey<'inventory.communications.list'>, Communication> = {
  area: 'communications',
  noun: { one: 'communication', many: 'communications' },
  columns: [
    NAME_COLUMN,
    { id: 'channel', header: 'Channel', cell: (communication) => CHANNELS[communication.channel], sortBy: 'channel', width: 140 },
    { id: 'kind', header: 'Kind', cell: (communication) => COMMUNICATION_KINDS[communication.kind], sortBy: 'kind' },
    { id: 'optOut', header: 'Opt-out', cell: (communication) => clipped(communication.optOut) },
    { id: 'activity', header: 'Activity', cell: (communication) => communication.activityName },
    UPDATED_COLUMN,
  ],
  filters: [vocabularyFilter('kind', 'Kind', COMMUNICATION_KINDS)],
  load: ({ filters, ...request }) =>
    call('inventory.communications.list', { ...request, filters: { kind: codeFilter(COMMUNICATION_KINDS, filters.kind) } }),
  get: (id) => call('inventory.communications.get', { id }),
  Editor: CommunicationEditor,
};
