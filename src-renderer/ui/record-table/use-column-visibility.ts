import { useLocalStorage } from '@mantine/hooks';
import type { VisibilityState } from '@tanstack/react-table';
import type { Column } from './types';

/** Which columns show, remembered per table on this computer. It holds column names only, never personal data. */
export function useColumnVisibility<Row, S extends string>(tableId: string, columns: readonly Column<Row, S>[]) {
  return useLocalStorage<VisibilityState>({
    key: `pw.columns.${tableId}`,
    defaultValue: Object.fromEntries(columns.map((column) => [column.id, !column.hidden])),
    getInitialValueInEffect: false,
  });
}
