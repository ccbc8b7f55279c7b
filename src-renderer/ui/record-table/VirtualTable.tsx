import { Box, Checkbox, Stack, Table, Text } from '@mantine/core';
import { type ColumnDef, getCoreRowModel, type SortingState, type Table as TableInstance, type Updater, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type ReactNode, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { SortableHeader } from './SortableHeader';
import { type RowActions, VirtualRow } from './VirtualRow';
import type { Column, SortState } from './types';
import { useColumnVisibility } from './use-column-visibility';
import { PAGE_SIZE } from './use-list-state';

const ROW_HEIGHT = 37;
const PAGE_JUMP = 10;

/** Ticking rows for a bulk action: a checkbox before each row and one for the whole page. */
export interface RowSelection<Item> {
  isSelected: (item: Item) => boolean;
  /** Names the row's checkbox for screen readers, e.g. "Select REQ-2026-00001". */
  label: (item: Item) => string;
  toggle: (item: Item) => void;
  /** Ticks (or clears) every row on the page. */
  togglePage: (selected: boolean) => void;
}

interface VirtualTableProps<Item, S extends string> {
  /** Remembers the column choice under this key. */
  tableId: string;
  /** Names the table for assistive technology, e.g. "Systems". */
  label: string;
  columns: readonly Column<Item, S>[];
  items: Item[];
  rowId: (item: Item) => string;
  /** Every row the list matches, and where this page starts among them. */
  total: number;
  offset: number;
  sort: SortState<S>;
  onSort: (sort: SortState<S>) => void;
  onOpen: (item: Item) => void;
  /** Any change of the list (search, filter, sort, page): the rows scroll back to the top. */
  resetKey: string;
  /** Shown in place of rows when there are none; null while the first page loads. */
  empty: string | null;
  selection?: RowSelection<Item>;
  /** Keys beyond moving, Enter and Space, e.g. expanding a tree row; true when handled. */
  onRowKey?: (key: string, item: Item) => boolean;
  /** Wraps the first cell's content, e.g. with a tree toggle or an "Archived" badge. */
  decorateFirstCell?: (item: Item, content: ReactNode) => ReactNode;
  dimmed?: (item: Item) => boolean;
  /** The toolbar above the rows: the table (for the column chooser) and a way into the rows (ArrowDown in a search box). */
  toolbar: (table: TableInstance<Item>, focusFirstRow: () => void) => ReactNode;
  /** Below the rows, e.g. the paging. */
  footer?: ReactNode;
}

function toColumnDefs<Item, S extends string>(columns: readonly Column<Item, S>[]): ColumnDef<Item, unknown>[] {
  return columns.map((column, index) => ({
    id: column.id,
    header: column.header,
    accessorFn: (item): unknown => item,
    cell: (context) => column.cell(context.row.original),
    enableSorting: column.sortBy !== undefined,
    enableHiding: index > 0,
    size: column.width,
  }));
}

/**
 * One page of a server-sorted list as a table with virtual scrolling. Arrow keys move between rows,
 * Enter or a click opens one, Space ticks it when rows can be selected.
 */
export function VirtualTable<Item, S extends string>(props: VirtualTableProps<Item, S>) {
  const { tableId, label, columns, items, rowId, total, offset, sort, onSort, onOpen, resetKey, empty, selection, onRowKey, decorateFirstCell, dimmed } = props;
  const [activeIndex, setActiveIndex] = useState(0);
  const [seenResetKey, setSeenResetKey] = useState(resetKey);
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [visibility, setVisibility] = useColumnVisibility(tableId, columns);

  if (seenResetKey !== resetKey) {
    setSeenResetKey(resetKey);
    setActiveIndex(0);
  }
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  const columnDefs = useMemo(() => toColumnDefs(columns), [columns]);
  const sortColumn = columns.find((column) => column.sortBy === sort.by);
  const sorting: SortingState = sortColumn ? [{ id: sortColumn.id, desc: sort.dir === 'desc' }] : [];

  function changeSorting(updater: Updater<SortingState>) {
    const [first] = typeof updater === 'function' ? updater(sorting) : updater;
    const by = columns.find((column) => column.id === first?.id)?.sortBy;
    if (first && by) onSort({ by, dir: first.desc ? 'desc' : 'asc' });
  }

  // eslint-disable-next-line react-hooks/incompatible-library -- nothing here is memoised by a compiler: the table and its functions are read fresh each render.
  const table = useReactTable({
    data: items,
    columns: columnDefs,
    getCoreRowModel: getCoreRowModel(),
    getRowId: rowId,
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    sortDescFirst: false,
    rowCount: total,
    state: { sorting, columnVisibility: visibility, pagination: { pageIndex: Math.floor(offset / PAGE_SIZE), pageSize: PAGE_SIZE } },
    onSortingChange: changeSorting,
    onColumnVisibilityChange: (updater) => setVisibility((current) => (typeof updater === 'function' ? updater(current) : updater)),
  });
  const rows = table.getRowModel().rows;
  const active = Math.min(activeIndex, Math.max(rows.length - 1, 0));

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Scrolling re-renders the visible rows in the next frame, not synchronously inside the scroll event.
    useFlushSync: false,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (virtualRows.at(-1)?.end ?? 0);
  const columnCount = table.getVisibleLeafColumns().length + (selection ? 1 : 0);
  const columnsKey = table
    .getVisibleLeafColumns()
    .map((column) => column.id)
    .join(',');
  // The row handlers read the latest props through a ref, so one object serves every render and rows stay memoised.
  const latest = useRef({ onOpen, selection });
  useLayoutEffect(() => {
    latest.current = { onOpen, selection };
  });
  const actions = useMemo<RowActions<Item>>(
    () => ({
      open: (item) => latest.current.onOpen(item),
      focus: (index) => setActiveIndex(index),
      toggle: (item) => latest.current.selection?.toggle(item),
    }),
    [],
  );
  const pageSelected = rows.length > 0 && rows.every((row) => selection?.isSelected(row.original));
  const somePageSelected = rows.some((row) => selection?.isSelected(row.original));

  function focusRow(index: number) {
    const target = Math.max(0, Math.min(index, rows.length - 1));
    setActiveIndex(target);
    virtualizer.scrollToIndex(target);
    requestAnimationFrame(() => bodyRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`)?.focus());
  }

  function onRowsKey(event: KeyboardEvent<HTMLTableSectionElement>) {
    // Keys typed into a control inside a row (a checkbox) stay with it.
    if (event.target instanceof HTMLInputElement) return;
    const moves: Partial<Record<string, number>> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + PAGE_JUMP,
      PageUp: active - PAGE_JUMP,
      Home: 0,
      End: rows.length - 1,
    };
    const move = moves[event.key];
    const item = rows[active]?.original;
    if (move !== undefined) focusRow(move);
    else if (item === undefined) return;
    else if (event.key === 'Enter') onOpen(item);
    else if (event.key === ' ' && selection) selection.toggle(item);
    else if (!onRowKey?.(event.key, item)) return;
    event.preventDefault();
  }

  return (
    <Stack gap="xs">
      {props.toolbar(table, () => focusRow(0))}
      <Box
        ref={scrollRef}
        mah="calc(100dvh - 290px)"
        mih={240}
        style={{ overflow: 'auto', border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)' }}
      >
        <Table
          stickyHeader
          highlightOnHover
          verticalSpacing={6}
          aria-label={label}
          aria-rowcount={total + 1}
          styles={{ td: { whiteSpace: 'nowrap' }, th: { whiteSpace: 'nowrap' } }}
        >
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {selection && (
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label="Select every row on this page"
                      checked={pageSelected}
                      indeterminate={!pageSelected && somePageSelected}
                      onChange={(event) => selection.togglePage(event.currentTarget.checked)}
                    />
                  </Table.Th>
                )}
                {group.headers.map((header) => (
                  <SortableHeader key={header.id} header={header} />
                ))}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody ref={bodyRef} onKeyDown={onRowsKey}>
            {paddingTop > 0 && (
              <tr aria-hidden>
                <td colSpan={columnCount} style={{ height: paddingTop, padding: 0 }} />
              </tr>
            )}
            {virtualRows.map((virtualRow) => {
              const row = rows[virtualRow.index];
              if (!row) return null;
              const item = row.original;
              return (
                <VirtualRow
                  key={row.id}
                  row={row}
                  index={virtualRow.index}
                  ariaRowIndex={offset + virtualRow.index + 2}
                  tabbable={virtualRow.index === active}
                  selected={selection ? selection.isSelected(item) : null}
                  checkboxLabel={selection ? selection.label(item) : ''}
                  dimmed={dimmed?.(item) ?? false}
                  columnsKey={columnsKey}
                  actions={actions}
                  decorateFirstCell={decorateFirstCell}
                />
              );
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden>
                <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0 }} />
              </tr>
            )}
            {empty !== null && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columnCount}>
                  <Text size="sm" c="dimmed" py="md" ta="center">
                    {empty}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Box>
      {props.footer}
    </Stack>
  );
}
