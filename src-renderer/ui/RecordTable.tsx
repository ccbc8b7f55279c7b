import { ActionIcon, Badge, Box, Group } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { type ReactNode, useMemo, useState } from 'react';
import { TablePaging } from './record-table/TablePaging';
import { TableToolbar, TOOLBAR_HEIGHT } from './record-table/TableToolbar';
import { type TreeRow, treeRows } from './record-table/tree-rows';
import type { Column, ListConfig, SortState, TableRow } from './record-table/types';
import { useListPage } from './record-table/use-list-page';
import { useListState } from './record-table/use-list-state';
import { VirtualTable } from './record-table/VirtualTable';

const INDENT = 18;

interface RecordTableProps<Row extends TableRow, S extends string> {
  /** Remembers the column choice under this key. */
  tableId: string;
  config: ListConfig<Row, S>;
  /** The create button's text, e.g. "New system"; N does the same. */
  newLabel: string;
  onOpen: (row: Row) => void;
  /** Absent when the person may not create records: no New button. */
  onNew?: (() => void) | undefined;
  /** Changes after a save, archive or delete: the page is fetched again. */
  reloadKey: number;
  /** An editor lies over the list: its toolbar and shortcuts step aside. */
  covered: boolean;
}

/** The area's columns read the record inside its tree row. */
function treeColumns<Row, S extends string>(columns: readonly Column<Row, S>[]): Column<TreeRow<Row>, S>[] {
  return columns.map((column) => ({ ...column, cell: (item) => column.cell(item.row) }));
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
  const list = useListState(defaultSortOf(config));
  const page = useListPage(config.load, list.request, reloadKey);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const columns = useMemo(() => treeColumns(config.columns), [config.columns]);

  const { tree } = config;
  const treeShown = tree !== undefined && list.sort.by === tree.sortBy && list.sort.dir === 'asc' && list.request.search === '';
  const items = treeShown
    ? treeRows(page.rows, tree.key, collapsed)
    : page.rows.map((row) => ({ row, depth: 0, hasChildren: false, expanded: true }));

  useHotkeys([['n', () => !covered && onNew?.()]]);

  function toggle(key: string) {
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }

  function decorateFirstCell(item: TreeRow<Row>, content: ReactNode) {
    return (
      <>
        {treeShown ? (
          <TreeCell item={item} onToggle={() => toggle(tree.key(item.row))}>
            {content}
          </TreeCell>
        ) : (
          content
        )}
        {item.row.archivedAt && (
          <Badge size="xs" variant="outline" color="gray" ml="xs">
            Archived
          </Badge>
        )}
      </>
    );
  }

  function onRowKey(key: string, item: TreeRow<Row>): boolean {
    if (!treeShown || !item.hasChildren || key !== (item.expanded ? 'ArrowLeft' : 'ArrowRight')) return false;
    toggle(tree.key(item.row));
    return true;
  }

  const filtered = list.request.search !== '' || Object.values(list.filters).some(Boolean) || list.archived !== 'active';

  return (
    <VirtualTable
      tableId={tableId}
      label={capitalised(config.noun.many)}
      columns={columns}
      items={items}
      rowId={(item) => String(item.row.id)}
      total={page.total}
      offset={list.request.offset}
      sort={list.sort}
      onSort={list.setSort}
      onOpen={(item) => onOpen(item.row)}
      resetKey={JSON.stringify(list.request)}
      empty={page.loaded ? (filtered ? `No ${config.noun.many} match.` : onNew ? `No ${config.noun.many} yet. Choose “${newLabel}” or press N.` : `No ${config.noun.many} yet.`) : null}
      onRowKey={onRowKey}
      decorateFirstCell={decorateFirstCell}
      dimmed={(item) => item.row.archivedAt !== null}
      toolbar={(table, focusFirstRow) =>
        covered ? (
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
            onEnterRows={focusFirstRow}
          />
        )
      }
      footer={<TablePaging pageIndex={list.pageIndex} total={page.total} noun={config.noun} onPageChange={list.setPageIndex} />}
    />
  );
}
