import { Checkbox, Table } from '@mantine/core';
import { type CSSProperties, memo, type ReactNode } from 'react';
import type { Column } from './types';

/** Every row is this high, placeholders too: the scroll height is the row count times it, with nothing measured. */
export const ROW_HEIGHT = 37;

const ROW_STYLE: CSSProperties = { height: ROW_HEIGHT, cursor: 'pointer' };
const PLACEHOLDER_BAR: CSSProperties = { height: 10, width: '45%', borderRadius: 4, background: 'var(--mantine-color-default-border)' };

/** What a row does when used; one stable object for the whole table, so rows need not re-render for it. */
export interface RowActions<Item> {
  open(item: Item): void;
  focus(index: number): void;
  toggle(item: Item): void;
}

interface VirtualRowProps<Item, S extends string> {
  /** Undefined while its block is on its way: a placeholder of the same height. */
  item: Item | undefined;
  index: number;
  tabbable: boolean;
  /** Null when the table has no selection column. */
  selected: boolean | null;
  checkboxLabel: string;
  dimmed: boolean;
  /** The row's name for assistive technology, when its cells do not say it well. */
  label: string | undefined;
  /** The visible columns. */
  columns: readonly Column<Item, S>[];
  actions: RowActions<Item>;
  decorateFirstCell: ((item: Item, content: ReactNode) => ReactNode) | undefined;
}

/**
 * One table row, memoised and keyed by its place in the list: while the list scrolls only the rows
 * that come into view render, and a placeholder becomes its row in the same element (focus stays).
 */
function VirtualRowView<Item, S extends string>({ item, index, tabbable, selected, checkboxLabel, dimmed, label, columns, actions, decorateFirstCell }: VirtualRowProps<Item, S>) {
  const common = { 'data-index': index, 'aria-rowindex': index + 2, tabIndex: tabbable ? 0 : -1, onFocus: () => actions.focus(index), style: ROW_STYLE };
  if (item === undefined) {
    return (
      <Table.Tr {...common} aria-busy>
        {selected !== null && <Table.Td />}
        <Table.Td colSpan={columns.length}>
          <div style={PLACEHOLDER_BAR} />
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <Table.Tr
      {...common}
      aria-label={label}
      aria-selected={selected ?? undefined}
      onClick={() => actions.open(item)}
      bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
      c={dimmed ? 'dimmed' : undefined}
    >
      {selected !== null && (
        <Table.Td onClick={(event) => event.stopPropagation()}>
          <Checkbox aria-label={checkboxLabel} checked={selected} tabIndex={-1} onChange={() => actions.toggle(item)} />
        </Table.Td>
      )}
      {columns.map((column, columnIndex) => {
        const content = column.cell(item);
        return <Table.Td key={column.id}>{columnIndex === 0 && decorateFirstCell ? decorateFirstCell(item, content) : content}</Table.Td>;
      })}
    </Table.Tr>
  );
}

export const VirtualRow = memo(VirtualRowView) as typeof VirtualRowView;
