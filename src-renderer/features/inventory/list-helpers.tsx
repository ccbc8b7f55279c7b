import { Text } from '@mantine/core';
import type { CallInput, RecordStamps } from '../../app/api';
import { formatDate } from '../../ui/format-date';
import type { Column, FilterDef } from '../../ui/record-table/types';
import { isCode, vocabularyOptions } from '../../ui/vocabulary';
import type { RecordArea } from './inventory-route';

type ListCall = `inventory.${RecordArea}.list`;

/** The columns a list call can sort by, straight from the contract. */
export type SortKey<K extends ListCall> = NonNullable<CallInput<K>['sort']>['by'];

export function vocabularyFilter(key: string, label: string, vocabulary: Record<string, string>): FilterDef {
  return { type: 'select', key, label, options: vocabularyOptions(vocabulary) };
}

/** A filter's text as a code of the vocabulary, or no filter. */
export function codeFilter<V extends Record<string, string>>(vocabulary: V, value: string | undefined): (keyof V & string) | undefined {
  return isCode(vocabulary, value) ? value : undefined;
}

/** A record filter's text as an id, or no filter. */
export function idFilter(value: string | undefined): number | undefined {
  return value ? Number(value) : undefined;
}

export const NAME_COLUMN: Column<{ name: string }, 'name'> = { id: 'name', header: 'Name', cell: (row) => row.name, sortBy: 'name' };

export const UPDATED_COLUMN: Column<RecordStamps, 'updatedAt'> = {
  id: 'updated',
  header: 'Updated',
  cell: (row) => formatDate(row.updatedAt),
  sortBy: 'updatedAt',
  hidden: true,
};

export const ACTIVITY_COUNT_COLUMN: Column<{ activityCount: number }, never> = {
  id: 'activityCount',
  header: 'Activities',
  cell: (row) => row.activityCount,
  width: 100,
};

/** Seeded from Fideslang or added by the organisation. */
export const ORIGIN_COLUMN: Column<{ origin: 'fideslang' | 'custom' }, never> = {
  id: 'origin',
  header: 'Origin',
  cell: (row) => (row.origin === 'fideslang' ? 'Fides taxonomy' : 'Added here'),
  width: 130,
};

/** Long text on one line, cut with an ellipsis; the whole text shows on hover. */
export function clipped(text: string) {
  return (
    <Text size="sm" lineClamp={1} title={text} maw={480}>
      {text}
    </Text>
  );
}
