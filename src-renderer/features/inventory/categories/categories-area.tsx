import { Text } from '@mantine/core';
import { call, type DataCategory } from '../../../app/api';
import { ACTIVITY_COUNT_COLUMN, NAME_COLUMN, ORIGIN_COLUMN, type SortKey, UPDATED_COLUMN } from '../list-helpers';
import type { AreaDef } from '../RecordAreaView';
import { CategoryPath } from './category-index';
import { CategoryEditor } from './CategoryEditor';
import { CategoryMarks } from './CategoryMarks';

export const categoriesArea: AreaDef<DataCategory, SortKey<'inventory.categories.list'>, DataCategory> = {
  area: 'categories',
  noun: { one: 'category', many: 'data categories' },
  defaultSort: { by: 'key', dir: 'asc' },
  tree: { sortBy: 'key', key: (category) => category.key },
  columns: [
    NAME_COLUMN,
    { id: 'marks', header: 'Marks', cell: (category) => <CategoryMarks category={category} />, width: 190 },
    { id: 'path', header: 'Path', cell: (category) => <CategoryPath id={category.id} fallback={category.name} /> },
    {
      id: 'key',
      header: 'Key',
      cell: (category) => (
        <Text size="xs" ff="monospace" c="dimmed">
          {category.key}
        </Text>
      ),
      sortBy: 'key',
    },
    ORIGIN_COLUMN,
    ACTIVITY_COUNT_COLUMN,
    UPDATED_COLUMN,
  ],
  filters: [{ type: 'switch', key: 'specialOnly', label: 'Special categories only' }],
  load: ({ filters, ...request }) =>
    call('inventory.categories.list', { ...request, filters: { specialOnly: filters.specialOnly === 'true' ? true : undefined } }),
  get: (id) => call('inventory.categories.get', { id }),
  Editor: CategoryEditor,
};
