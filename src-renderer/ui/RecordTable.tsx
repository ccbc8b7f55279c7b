import { ActionIcon, Badge, Box, Group } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { fixedRows } from './record-table/row-window';
import { TableToolbar, TOOLBAR_HEIGHT } from './record-table/TableToolbar';
import { type TreeRow, treeRows } from './record-table/tree-rows';
import type { ListConfig, SortState, TableRow } from './record-table/types';
import { useListState } from './record-table/use-list-state';
import { useRowWindow } from './record-table/use-row-window';
import { VirtualTable } from './record-table/VirtualTable';

const INDENT = 18;
/** A tree is drawn from the whole list in one call (the taxonomy has about a hundred categories); a longer list shows flat. */
const TREE_LIMIT = 1000;

interface RecordTableProps<Row extends TableRow, S extends string> {
  /** Remembers the column choice under this key. */
  tableId: string;
  config: ListConfig<Row, S>;
  /** The create button's text, e.g. "New system"; N does the same. */
  newLabel: string;
  onOpen: (row: Row) => void;
  /** Absent when the person may not create records: no New button. */
  onNew?: (() => void) | undefined;
  /** Changes after a save, archive or delete: the rows in view are fetched again. */
  reloadKey: number;
  /** An editor lies over the list: its toolbar and shortcuts step aside. */
  covered: boolean;
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
 * The list of one inventory area: the server searches, filters and sorts; the table scrolls
 * through every row, fetched in blocks as they come into view. Arrow keys move between rows,
 * Enter or a click opens one, N creates.
 */
export function RecordTable<Row extends TableRow, S extends string>({ tableId, config, newLabel, onOpen, onNew, reloadKey, covered }: RecordTableProps<Row, S>) {
  const list = useListState(defaultSortOf(config));
  const { tree } = config;
  const treeable = tree !== undefined && list.sort.by === tree.sortBy && list.sort.dir === 'asc' && list.query.search === '';
  const listed = useRowWindow(config.load, list.query, reloadKey, treeable ? TREE_LIMIT : undefined);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());

  // Read again when the answer changes (`listed.total` and `listed.loading` move with it).
  const whole = treeable && listed.total <= TREE_LIMIT && !listed.loading ? listed.rows.firstBlock() : undefined;
  const shownTree = useMemo(() => {
    if (!tree || !whole) return null;
    const items = treeRows(whole, tree.key, collapsed);
    return { rows: fixedRows(items.map((item) => item.row)), total: items.length, of: new Map(items.map((item) => [item.row, item])) };
  }, [tree, whole, collapsed]);

  useHotkeys([['n', () => !covered && onNew?.()]]);

  const toggle = useCallback((key: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);

  const decorateFirstCell = useCallback(
    (row: Row, content: ReactNode) => {
      const item = shownTree?.of.get(row);
      return (
        <>
          {item && tree ? (
            <TreeCell item={item} onToggle={() => toggle(tree.key(row))}>
              {content}
            </TreeCell>
          ) : (
            content
          )}
          {row.archivedAt && (
            <Badge size="xs" variant="outline" color="gray" ml="xs">
              Archived
            </Badge>
          )}
        </>
      );
    },
    [shownTree, tree, toggle],
  );

  function onRowKey(key: string, row: Row): boolean {
    const item = shownTree?.of.get(row);
    if (!tree || !item?.hasChildren || key !== (item.expanded ? 'ArrowLeft' : 'ArrowRight')) return false;
    toggle(tree.key(row));
    return true;
  }

  const filtered = list.query.search !== '' || Object.values(list.filters).some(Boolean) || list.archived !== 'active';

  return (
    <VirtualTable
      tableId={tableId}
      label={capitalised(config.noun.many)}
      noun={config.noun}
      columns={config.columns}
      list={shownTree ? { ...listed, ...shownTree } : listed}
      sort={list.sort}
      onSort={list.setSort}
      onOpen={onOpen}
      empty={filtered ? `No ${config.noun.many} match.` : onNew ? `No ${config.noun.many} yet. Choose “${newLabel}” or press N.` : `No ${config.noun.many} yet.`}
      onRowKey={onRowKey}
      decorateFirstCell={decorateFirstCell}
      dimmed={isArchived}
      toolbar={(table, focusFirstRow) =>
        covered ? (
          <Box h={TOOLBAR_HEIGHT} />
        ) : (
          <TableToolbar
            table={table}
            list={list}
            noun={config.noun}
            filters={config.filters ?? []}
            loading={listed.loading}
            newLabel={newLabel}
            onNew={onNew}
            onEnterRows={focusFirstRow}
          />
        )
      }
    />
  );
}

const isArchived = (row: TableRow) => row.archivedAt !== null;
