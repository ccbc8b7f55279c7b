import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { Header } from '@tanstack/react-table';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const SORT_ICON = { asc: IconSortAscending, desc: IconSortDescending } as const;

/** A column header; a sortable one is a button and tells assistive technology how the rows are sorted. */
export function SortableHeader<Row>({ header }: { header: Header<Row, unknown> }) {
  const { column } = header;
  const label = String(column.columnDef.header);
  const sorted = column.getIsSorted();
  if (!column.getCanSort()) {
    return <Table.Th w={column.columnDef.size}>{label}</Table.Th>;
  }
  const SortIcon = sorted ? SORT_ICON[sorted] : IconArrowsSort;
  return (
    <Table.Th w={column.columnDef.size} aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}>
      <UnstyledButton onClick={column.getToggleSortingHandler()} fw={700} fz="sm">
        <Group gap={4} wrap="nowrap">
          {label}
          <SortIcon size={14} stroke={1.6} aria-hidden opacity={sorted ? 1 : 0.4} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
