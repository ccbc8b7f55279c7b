import { Stack, Table } from '@mantine/core';
import { type ColumnDef, getCoreRowModel, type SortingState, type Table as TableInstance, type Updater, useReactTable } from '@tanstack/react-table';
import { type ReactNode, useMemo, useRef } from 'react';
import type { RowSource } from './row-window';
import { SortableHeader } from './SortableHeader';
import type { Column, Noun, SortState } from './types';
import { useColumnVisibility } from './use-column-visibility';
import classes from './VirtualTable.module.css';
import { type BodyHandle, type RowSelection, VirtualBody } from './VirtualBody';

export type { RowSelection } from './VirtualBody';

/** What the table reads of a list: its rows, how many match, the question asked and whether it has answered yet. */
export interface ListedRows<Item> {
  rows: RowSource<Item>;
  total: number;
  /** A change (search, filter, sort) scrolls the rows back to the top. */
  queryKey: string;
  loaded: boolean;
}

/** A column without a width gets at least this much before the table scrolls sideways. */
const FLEXIBLE_COLUMN_WIDTH = 160;
const CHECKBOX_COLUMN_WIDTH = 40;
/** react-table only draws the header: the rows come from the row source. */
const NO_DATA: never[] = [];

interface VirtualTableProps<Item, S extends string> {
  /** Remembers the column choice under this key. */
  tableId: string;
  /** Names the table for assistive technology, e.g. "Systems". */
  label: string;
  /** The record in the count line: "1–24 of 2,345 systems". */
  noun: Noun;
  columns: readonly Column<Item, S>[];
  /** The rows, as `useRowWindow` answers them. */
  list: ListedRows<Item>;
  /** The server's order; absent for a list in one fixed order. */
  sort?: SortState<S>;
  onSort?: (sort: SortState<S>) => void;
  onOpen: (item: Item) => void;
  /** Shown in place of rows once the list has answered none. */
  empty?: string;
  selection?: RowSelection<Item>;
  /** Keys beyond moving, Enter and Space, e.g. expanding a tree row; true when handled. */
  onRowKey?: (key: string, item: Item) => boolean;
  /** Wraps the first cell's content, e.g. with a tree's indent and toggle or an "Archived" badge. */
  decorateFirstCell?: (item: Item, content: ReactNode) => ReactNode;
  /** Rows shown greyed, e.g. archived records. */
  dimmed?: (item: Item) => boolean;
  /** The row's name for assistive technology, when its cells do not say it well. */
  rowLabel?: (item: Item) => string;
  /** The toolbar above the rows: the table (for the column chooser) and a way into the rows (ArrowDown in a search box). */
  toolbar?: (table: TableInstance<Item>, focusFirstRow: () => void) => ReactNode;
}

function toColumnDefs<Item, S extends string>(columns: readonly Column<Item, S>[]): ColumnDef<Item, unknown>[] {
  return columns.map((column, index) => ({
    id: column.id,
    header: column.header,
    // react-table lets only a column with an accessor sort; the rows never pass through it.
    accessorFn: (item): unknown => item,
    enableSorting: column.sortBy !== undefined,
    enableHiding: index > 0,
    size: column.width,
  }));
}

/**
 * A server-sorted list of any length as a table: every row has its place in the scroll, and the
 * rows in view are fetched in blocks as they come (placeholders until they do). Arrow keys,
 * PageUp/PageDown, Home and End move between rows of the whole list, Enter or a click opens one,
 * Space ticks it when rows can be selected.
 */
export function VirtualTable<Item, S extends string>(props: VirtualTableProps<Item, S>) {
  const { tableId, label, noun, columns, list, sort, onSort, selection } = props;
  const [visibility, setVisibility] = useColumnVisibility(tableId, columns);
  const body = useRef<BodyHandle>(null);

  const columnDefs = useMemo(() => toColumnDefs(columns), [columns]);
  const sortColumn = sort && columns.find((column) => column.sortBy === sort.by);
  const sorting: SortingState = sortColumn && sort ? [{ id: sortColumn.id, desc: sort.dir === 'desc' }] : [];

  function changeSorting(updater: Updater<SortingState>) {
    const [first] = typeof updater === 'function' ? updater(sorting) : updater;
    const by = columns.find((column) => column.id === first?.id)?.sortBy;
    if (first && by) onSort?.({ by, dir: first.desc ? 'desc' : 'asc' });
  }

  // eslint-disable-next-line react-hooks/incompatible-library -- nothing here is memoised by a compiler: the table and its functions are read fresh each render.
  const table = useReactTable({
    data: NO_DATA,
    columns: columnDefs,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    sortDescFirst: false,
    state: { sorting, columnVisibility: visibility },
    onSortingChange: changeSorting,
    onColumnVisibilityChange: (updater) => setVisibility((current) => (typeof updater === 'function' ? updater(current) : updater)),
  });

  // One array per column choice, so memoised rows re-render only when the choice changes.
  const visibleIds = table
    .getVisibleLeafColumns()
    .map((column) => column.id)
    .join(',');
  const visibleColumns = useMemo(() => {
    const ids = new Set(visibleIds.split(','));
    return columns.filter((column) => ids.has(column.id));
  }, [columns, visibleIds]);
  const minWidth = visibleColumns.reduce((sum, column) => sum + (column.width ?? FLEXIBLE_COLUMN_WIDTH), selection ? CHECKBOX_COLUMN_WIDTH : 0);

  const header = (
    <Table.Thead>
      {table.getHeaderGroups().map((group) => (
        <Table.Tr key={group.id}>
          {selection && (
            <Table.Th w={CHECKBOX_COLUMN_WIDTH}>
              <input
                type="checkbox"
                className={classes.checkbox}
                aria-label={selection.all.label}
                title={selection.all.label}
                checked={selection.all.checked}
                ref={(box) => {
                  if (box) box.indeterminate = selection.all.indeterminate;
                }}
                onChange={(event) => selection.all.toggle(event.currentTarget.checked)}
              />
            </Table.Th>
          )}
          {group.headers.map((header) => (
            <SortableHeader key={header.id} header={header} />
          ))}
        </Table.Tr>
      ))}
    </Table.Thead>
  );

  return (
    <Stack gap="xs">
      {props.toolbar?.(table, () => body.current?.focusRow(0))}
      <VirtualBody
        label={label}
        noun={noun}
        rows={list.rows}
        total={list.total}
        columns={visibleColumns}
        header={header}
        minWidth={minWidth}
        onOpen={props.onOpen}
        resetKey={list.queryKey}
        empty={list.loaded ? (props.empty ?? null) : null}
        selection={selection}
        onRowKey={props.onRowKey}
        decorateFirstCell={props.decorateFirstCell}
        dimmed={props.dimmed}
        rowLabel={props.rowLabel}
        handle={body}
      />
    </Stack>
  );
}
