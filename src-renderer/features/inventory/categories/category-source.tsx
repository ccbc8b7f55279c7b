import { useMemo } from 'react';
import { call, type Activity } from '../../../app/api';
import type { PickerSource } from '../../../ui/RecordPicker';
import { mapResult, PICK_LIMIT } from '../picker-sources';
import { CategoryMarks } from './CategoryMarks';
import { categoryPath, useCategoryIndex } from './category-index';

/** A category as an activity links it: with its legal marks. */
type CategoryLink = Activity['categories'][number];
/** A category as the picker offers it: with its key, for choosing a parent. */
export type CategoryOption = CategoryLink & { key: string };

/** Categories for pickers, shown by their tree path and marked special, criminal or sensitive. */
export function useCategorySource(): PickerSource<CategoryOption> {
  const { index } = useCategoryIndex();
  return useMemo(
    () => ({
      search: async (search) =>
        mapResult(await call('inventory.categories.list', { search, limit: PICK_LIMIT, sort: { by: 'key', dir: 'asc' } }), (page) =>
          page.rows.map(({ id, name, key, special, criminal, sensitive }) => ({ id, name, key, special, criminal, sensitive })),
        ),
      label: (option) => categoryPath(index, option.id) ?? option.name,
      marks: (option) => <CategoryMarks category={option} />,
    }),
    [index],
  );
}
