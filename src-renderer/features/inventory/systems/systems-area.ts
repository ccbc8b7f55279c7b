import { call, SYSTEM_KINDS, type System } from '../../../app/api';
import { ACTIVITY_COUNT_COLUMN, codeFilter, idFilter, NAME_COLUMN, type SortKey, UPDATED_COLUMN, vocabularyFilter } from '../list-helpers';
import { processorSource } from '../picker-sources';
import type { AreaDef } from '../RecordAreaView';
import { SystemEditor } from './SystemEditor';

export const systemsArea: AreaDef<System, SortKey<'inventory.systems.list'>, System> = {
  area: 'systems',
  noun: { one: 'system', many: 'systems' },
  columns: [
    NAME_COLUMN,
    { id: 'kind', header: 'Kind', cell: (system) => SYSTEM_KINDS[system.kind], sortBy: 'kind', width: 140 },
    { id: 'owner', header: 'Owner', cell: (system) => system.owner, sortBy: 'owner' },
    { id: 'hosting', header: 'Hosted in', cell: (system) => system.hostingCountries.join(', ') },
    { id: 'processor', header: 'Processor', cell: (system) => system.processorName },
    ACTIVITY_COUNT_COLUMN,
    UPDATED_COLUMN,
  ],
  filters: [vocabularyFilter('kind', 'Kind', SYSTEM_KINDS), { type: 'record', key: 'processorId', label: 'Processor', source: processorSource }],
  load: ({ filters, ...request }) =>
    call('inventory.systems.list', { ...request, filters: { kind: codeFilter(SYSTEM_KINDS, filters.kind), processorId: idFilter(filters.processorId) } }),
  get: (id) => call('inventory.systems.get', { id }),
  Editor: SystemEditor,
};
