import { Box, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type ReactNode, type Ref, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { RowSource } from './row-window';
import type { Column, Noun } from './types';
import classes from './VirtualTable.module.css';
import { type RowActions, ROW_HEIGHT, VirtualRow } from './VirtualRow';

const PAGE_JUMP = 10;
/** One formatter for the count line, which changes on every row scrolled. */
const NUMBER = new Intl.NumberFormat('en');

/** Ticking rows for a bulk action: a checkbox before each row and one in the header. */
export interface RowSelection<Item> {
  isSelected: (item: Item) => boolean;
  /** Names the row's checkbox for screen readers, e.g. "Select REQ-2026-00001". */
  label: (item: Item) => string;
  toggle: (item: Item) => void;
  /** The header's box: says what it ticks ("Select all 250 matching"), or clears the selection. */
  all: { label: string; checked: boolean; indeterminate: boolean; toggle: (selected: boolean) => void };
}

/** Lets the toolbar move the focus into the rows (ArrowDown in a search box). */
export interface BodyHandle {
  focusRow(index: number): void;
}

export interface VirtualBodyProps<Item, S extends string> {
  label: string;
  noun: Noun;
  rows: RowSource<Item>;
  /** Every row the list matches: the scroll height, aria-rowcount and the keyboard's last row. */
  total: number;
  /** The visible columns and the header row naming them. */
  columns: readonly Column<Item, S>[];
  header: ReactNode;
  /** The sum of the columns' widths: narrower than this, the table scrolls sideways instead of squeezing. */
  minWidth: number;
  onOpen: (item: Item) => void;
  /** Any change of the question (search, filter, sort): the rows scroll back to the top. */
  resetKey: string;
  /** Shown in place of rows when there are none; null while the first rows load. */
  empty: string | null;
  selection: RowSelection<Item> | undefined;
  onRowKey: ((key: string, item: Item) => boolean) | undefined;
  decorateFirstCell: ((item: Item, content: ReactNode) => ReactNode) | undefined;
  dimmed: ((item: Item) => boolean) | undefined;
  rowLabel: ((item: Item) => string) | undefined;
  handle: Ref<BodyHandle>;
}

/**
 * The scrolling part of a VirtualTable: its own component so that scrolling re-renders only the
 * rows, never the toolbar. Every row of the list has its place (the scroll height is the total);
 * the rows in view are read from `rows`, which fetches the blocks they need.
 */
export function VirtualBody<Item, S extends string>(props: VirtualBodyProps<Item, S>) {
  const { label, noun, rows, total, columns, header, minWidth, onOpen, resetKey, empty, selection, onRowKey, decorateFirstCell, dimmed, rowLabel, handle } = props;
  useSyncExternalStore(rows.subscribe, rows.getVersion);
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [seenResetKey, setSeenResetKey] = useState(resetKey);
  const [headerHeight, setHeaderHeight] = useState(ROW_HEIGHT);

  if (seenResetKey !== resetKey) {
    setSeenResetKey(resetKey);
    setActiveIndex(0);
  }
  useEffect(() => {
    scrollElement?.scrollTo({ top: 0 });
  }, [scrollElement, resetKey]);

  // Measured once per column choice, never while scrolling: rows start below the sticky header.
  const columnsKey = columns.map((column) => column.id).join(',');
  useLayoutEffect(() => {
    const measured = scrollElement?.querySelector('thead')?.offsetHeight;
    if (measured) setHeaderHeight(measured);
  }, [scrollElement, columnsKey]);

  // eslint-disable-next-line react-hooks/incompatible-library -- nothing here is memoised by a compiler: the virtualizer is read fresh each render.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollElement,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
    overscan: 6,
    // Scrolling re-renders the visible rows in the next frame, not synchronously inside the scroll event.
    useFlushSync: false,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const range = virtualizer.range;
  const start = range?.startIndex ?? 0;
  const end = range ? range.endIndex + 1 : 0;
  const direction = virtualizer.scrollDirection;
  useEffect(() => {
    rows.setRange(start, end, direction);
  }, [rows, start, end, direction]);

  const active = Math.min(activeIndex, Math.max(total - 1, 0));
  const paddingTop = (virtualRows[0]?.start ?? headerHeight) - headerHeight;
  const paddingBottom = virtualizer.getTotalSize() - (virtualRows.at(-1)?.end ?? headerHeight);
  const columnCount = columns.length + (selection ? 1 : 0);

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

  // A row far away renders only after the scroll it causes: it takes the focus as soon as it is there.
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"]`);
    if (!row) return;
    pendingFocus.current = null;
    row.focus({ preventScroll: true });
  });

  function focusRow(index: number) {
    if (total === 0) return;
    const target = Math.max(0, Math.min(index, total - 1));
    setActiveIndex(target);
    virtualizer.scrollToIndex(target);
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`);
    if (row) row.focus({ preventScroll: true });
    else pendingFocus.current = target;
  }
  useImperativeHandle(handle, () => ({ focusRow }));

  function onRowsKey(event: KeyboardEvent<HTMLTableSectionElement>) {
    // Keys typed into a control inside a row (a checkbox) stay with it.
    if (event.target instanceof HTMLInputElement) return;
    const moves: Partial<Record<string, number>> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + PAGE_JUMP,
      PageUp: active - PAGE_JUMP,
      Home: 0,
      End: total - 1,
    };
    const move = moves[event.key];
    const item = rows.rowAt(active);
    if (move !== undefined) focusRow(move);
    else if (item === undefined) return;
    else if (event.key === 'Enter') onOpen(item);
    else if (event.key === ' ' && selection) selection.toggle(item);
    else if (!onRowKey?.(event.key, item)) return;
    event.preventDefault();
  }

  const spacer = (height: number) =>
    height > 0 && (
      <tr aria-hidden>
        <td colSpan={columnCount} style={{ height, padding: 0, border: 0 }} />
      </tr>
    );

  return (
    <>
      <Box
        ref={setScrollElement}
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
          className={classes.table}
          style={{ tableLayout: 'fixed', minWidth }}
        >
          {header}
          <Table.Tbody ref={bodyRef} onKeyDown={onRowsKey}>
            {spacer(paddingTop)}
            {virtualRows.map(({ index }) => {
              const item = rows.rowAt(index);
              return (
                <VirtualRow
                  key={index}
                  item={item}
                  index={index}
                  tabbable={index === active}
                  selected={selection ? item !== undefined && selection.isSelected(item) : null}
                  checkboxLabel={selection && item ? selection.label(item) : ''}
                  dimmed={item !== undefined && (dimmed?.(item) ?? false)}
                  label={item && rowLabel ? rowLabel(item) : undefined}
                  columns={columns}
                  actions={actions}
                  decorateFirstCell={decorateFirstCell}
                />
              );
            })}
            {spacer(paddingBottom)}
            {empty !== null && total === 0 && (
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
      <TableCount first={start} last={Math.min(end, total)} total={total} noun={noun} />
    </>
  );
}

/** "1,201–1,224 of 100,000 requests": where the view stands in the whole list. */
function TableCount({ first, last, total, noun }: { first: number; last: number; total: number; noun: Noun }) {
  const counted = `${NUMBER.format(total)} ${total === 1 ? noun.one : noun.many}`;
  return (
    <Text size="sm" c="dimmed">
      {total > last - first && last > first ? `${NUMBER.format(first + 1)}–${NUMBER.format(last)} of ` : ''}
      <span aria-live="polite">{total === 0 ? `No ${noun.many}` : counted}</span>
    </Text>
  );
}
