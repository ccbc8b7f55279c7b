import { call, type DataSubject } from '../../../app/api';
import { ACTIVITY_COUNT_COLUMN, clipped, NAME_COLUMN, ORIGIN_COLUMN, type SortKey, UPDATED_COLUMN } from '../list-helpers';
import type { AreaDef } from '../RecordAreaView';
import { SubjectEditor } from './SubjectEditor';

export const subjectsArea: AreaDef<DataSubject, SortKey<'inventory.subjects.list'>, DataSubject> = {
  area: 'subjects',
  noun: { one: 'data subject', many: 'data subjects' },
  columns: [
    NAME_COLUMN,
    { id: 'description', header: 'Description', cell: (subject) => clipped(subject.description) },
    ORIGIN_COLUMN,
    ACTIVITY_COUNT_COLUMN,
    UPDATED_COLUMN,
  ],
  load: (request) => call('inventory.subjects.list', { ...request, filters: {} }),
  get: (id) => call('inventory.subjects.get', { id }),
  Editor: SubjectEditor,
};
