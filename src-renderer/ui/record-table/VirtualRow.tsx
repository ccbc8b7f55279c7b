import { Checkbox, Table } from '@mantine/core';
import { flexRender, type Row } from '@tanstack/react-table';
import { memo, type ReactNode } from 'react';

/** What a row does when used; one stable object for the whole table, so rows need not re-render for it. */
export interface RowActions<Item> {
  open(item: Item): void;
  focus(index: number): void;
  toggle(item: Item): void;
}

interface VirtualRowProps<Item> {
  row: Row<Item>;
  index: number;
  ariaRowIndex: number;
  tabbable: boolean;
  /** Null when the table has no selection column. */
  selected: boolean | null;
  checkboxLabel: string;
  dimmed: boolean;
  /** The visible columns' ids: a change of the column choice re-renders the row. */
  columnsKey: string;
  actions: RowActions<Item>;
  decorateFirstCell: ((item: Item, content: ReactNode) => ReactNode) | undefined;
}

/**
 * One table row, memoised: while the list scrolls only the rows that come into view render;
 * the ones already on screen keep their DOM untouched.
 */
function VirtualRowView<Item>({ row, index, ariaRowIndex, tabbable, selected, checkboxLabel, dimmed, actions, decorateFirstCell }: VirtualRowProps<Item>) {
  const item = row.original;
  return (
    <Table.Tr
      data-index={index}
      aria-rowindex={ariaRowIndex}
      aria-selected={selected ?? undefined}
      tabIndex={tabbable ? 0 : -1}
      onFocus={() => actions.focus(index)}
      onClick={() => actions.open(item)}
      style={{ cursor: 'pointer' }}
      bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
      c={dimmed ? 'dimmed' : undefined}
    >
      {selected !== null && (
        <Table.Td onClick={(event) => event.stopPropagation()}>
          <Checkbox aria-label={checkboxLabel} checked={selected} tabIndex={-1} onChange={() => actions.toggle(item)} />
        </Table.Td>
      )}
      {row.getVisibleCells().map((cell, cellIndex) => {
        const content = flexRender(cell.column.columnDef.cell, cell.getContext());
        return <Table.Td key={cell.id}>{cellIndex === 0 && decorateFirstCell ? decorateFirstCell(item, content) : content}</Table.Td>;
      })}
    </Table.Tr>
  );
}

export const VirtualRow = memo(VirtualRowView) as typeof VirtualRowView;
