import { ActionIcon, Badge, Box, Group, Stack, Table, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { type ColumnDef, flexRender, getCoreRowModel, type SortingState, type Updater, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type ReactNode, useMemo, useRef, useState } from 'react';
import { SortableHeader } from './record-table/SortableHeader';
import { TablePaging } from './record-table/TablePaging';
import { TableToolbar, TOOLBAR_HEIGHT } from './record-table/TableToolbar';
import { type TreeRow, treeRows } from './record-table/tree-rows';
import type { Column, ListConfig, SortState, TableRow } from './record-table/types';
import { useColumnVisibility } from './record-table/use-column-visibility';
import { useListPage } from './record-table/use-list-page';
import { PAGE_SIZE, useListState } from './record-table/use-list-state';

const ROW_HEIGHT = 37;
const PAGE_JUMP = 10;
const INDENT = 18;

interface RecordTableProps<Row extends TableRow, S extends string> {
  /** Remembers the column choice under this key. */
  tableId: string;
  config: ListConfig<Row, S>;
  /** The create button's text, e.g. "New system"; N does the same. */
  newLabel: string;
  onOpen: (row: Row) => void;
  onNew: () => void;
  /** Changes after a save, archive or delete: the page is fetched again. */
  reloadKey: number;
  /** An editor lies over the list: its toolbar and shortcuts step aside. */
  covered: boolean;
}

function toColumnDefs<Row, S extends string>(columns: readonly Column<Row, S>[]): ColumnDef<TreeRow<Row>, unknown>[] {
  return columns.map((column, index) => ({
    id: column.id,
    header: column.header,
    accessorFn: (item): unknown => item.row,
    cell: (context) => column.cell(context.row.original.row),
    enableSorting: column.sortBy !== undefined,
    enableHiding: index > 0,
    size: column.width,
  }));
}

function defaultSortOf<Row extends TableRow, S extends string>(config: ListConfig<Row, S>): SortState<S> {
  const by = config.defaultSort?.by ?? config.columns.find((column) => column.sortBy !== undefined)?.sortBy;
  if (by === undefined) throw new Error(`The ${config.noun.many} table needs a sortable column.`);
  return { by, dir: config.defaultSort?.dir ?? 'asc' };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function TreeCell({ item, onToggle, children }: { item: TreeRow<unknown>; onToggle: () => void; children: ReactNode }) {
  const Chevron = item.expanded ? IconChevronDown : IconChevronRight;
  return (
    <Group gap={4} wrap="nowrap" pl={item.depth * INDENT}>
      {item.hasChildren ? (
        <ActionIcon
          variant="subtle"
          size="sm"
          color="gray"
          aria-label={item.expanded ? 'Collapse' : 'Expand'}
          aria-expanded={item.expanded}
          tabIndex={-1}
          onClick={(event) => {
            event.stopPropagation();
            onToggle();
          }}
        >
          <Chevron size={14} />
        </ActionIcon>
      ) : (
        <Box w={22} />
      )}
      {children}
    </Group>
  );
}

/**
 * The list of one inventory area: the server searches, filters, sorts and
 * pages; the table shows one page with virtual scrolling. Arrow keys move
 * between rows, Enter or a click opens one, N creates.
 */
export function RecordTable<Row extends TableRow, S extends string>({ tableId, config, newLabel, onOpen, onNew, reloadKey, covered }: RecordTableProps<Row, S>) {
  const [activeIndex, setActiveIndex] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const list = useListState(defaultSortOf(config), () => {
    setActiveIndex(0);
    scrollRef.current?.scrollTo({ top: 0 });
  });
  const page = useListPage(config.load, list.request, reloadKey);
  const [visibility, setVisibility] = useColumnVisibility(tableId, config.columns);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const bodyRef = useRef<HTMLTableSectionElement>(null);

  const { tree } = config;
  const treeShown = tree !== undefined && list.sort.by === tree.sortBy && list.sort.dir === 'asc' && list.request.search === '';
  const items = treeShown
    ? treeRows(page.rows, tree.key, collapsed)
    : page.rows.map((row) => ({ row, depth: 0, hasChildren: false, expanded: true }));

  const columns = useMemo(() => toColumnDefs(config.columns), [config.columns]);
  const sortColumn = config.columns.find((column) => column.sortBy === list.sort.by);
  const sorting: SortingState = sortColumn ? [{ id: sortColumn.id, desc: list.sort.dir === 'desc' }] : [];

  function changeSorting(updater: Updater<SortingState>) {
    const [first] = typeof updater === 'function' ? updater(sorting) : updater;
    const by = config.columns.find((column) => column.id === first?.id)?.sortBy;
    if (first && by) list.setSort({ by, dir: first.desc ? 'desc' : 'asc' });
  }

  // eslint-disable-next-line react-hooks/incompatible-library -- nothing here is memoised by a compiler: the table and its functions are read fresh each render.
  const table = useReactTable({
    data: items,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (item) => String(item.row.id),
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    sortDescFirst: false,
    rowCount: page.total,
    state: { sorting, columnVisibility: visibility, pagination: { pageIndex: list.pageIndex, pageSize: PAGE_SIZE } },
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
  });
  const virtualRows = virtualizer.getVirtualItems();
  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (virtualRows.at(-1)?.end ?? 0);
  const columnCount = table.getVisibleLeafColumns().length;

  useHotkeys([['n', () => !covered && onNew()]]);

  function focusRow(index: number) {
    const target = Math.max(0, Math.min(index, rows.length - 1));
    setActiveIndex(target);
    virtualizer.scrollToIndex(target);
    requestAnimationFrame(() => bodyRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`)?.focus());
  }

  function toggle(key: string) {
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }

  function onRowsKey(event: KeyboardEvent<HTMLTableSectionElement>) {
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
    else if (event.key === 'Enter' && item) onOpen(item.row);
    else if (treeShown && item?.hasChildren && event.key === (item.expanded ? 'ArrowLeft' : 'ArrowRight')) toggle(tree.key(item.row));
    else return;
    event.preventDefault();
  }

  const filtered = list.request.search !== '' || Object.values(list.filters).some(Boolean) || list.archived !== 'active';

  return (
    <Stack gap="xs">
      {covered ? (
        <Box h={TOOLBAR_HEIGHT} />
      ) : (
        <TableToolbar
          table={table}
          list={list}
          noun={config.noun}
          filters={config.filters ?? []}
          loading={page.loading}
          newLabel={newLabel}
          onNew={onNew}
          onEnterRows={() => focusRow(0)}
        />
      )}
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
          aria-label={capitalised(config.noun.many)}
          aria-rowcount={page.total + 1}
          styles={{ td: { whiteSpace: 'nowrap' }, th: { whiteSpace: 'nowrap' } }}
        >
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
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
                <Table.Tr
                  key={row.id}
                  ref={virtualizer.measureElement}
                  data-index={virtualRow.index}
                  aria-rowindex={list.request.offset + virtualRow.index + 2}
                  tabIndex={virtualRow.index === active ? 0 : -1}
                  onFocus={() => setActiveIndex(virtualRow.index)}
                  onClick={() => onOpen(item.row)}
                  style={{ cursor: 'pointer' }}
                  c={item.row.archivedAt ? 'dimmed' : undefined}
                >
                  {row.getVisibleCells().map((cell, index) => {
                    const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                    const first = index === 0;
                    return (
                      <Table.Td key={cell.id}>
                        {first && treeShown ? (
                          <TreeCell item={item} onToggle={() => toggle(tree.key(item.row))}>
                            {content}
                          </TreeCell>
                        ) : (
                          content
                        )}
                        {first && item.row.archivedAt && (
                          <Badge size="xs" variant="outline" color="gray" ml="xs">
                            Archived
                          </Badge>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden>
                <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0 }} />
              </tr>
            )}
            {page.loaded && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columnCount}>
                  <Text size="sm" c="dimmed" py="md" ta="center">
                    {filtered ? `No ${config.noun.many} match.` : `No ${config.noun.many} yet. Choose “${newLabel}” or press N.`}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Box>
      <TablePaging pageIndex={list.pageIndex} total={page.total} noun={config.noun} onPageChange={list.setPageIndex} />
    </Stack>
  );
}
