import { memo, type ReactNode } from 'react';
import type { Column } from './types';
import classes from './VirtualTable.module.css';

/** Every row is this high (.row in the CSS), placeholders too: the scroll height is the row count times it, with nothing measured. */
export const ROW_HEIGHT = 37;

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
  const common = { className: classes.row, 'data-index': index, 'aria-rowindex': index + 2, tabIndex: tabbable ? 0 : -1, onFocus: () => actions.focus(index) };
  if (item === undefined) {
    return (
      <tr {...common} aria-busy>
        {selected !== null && <td className={classes.cell} />}
        <td className={classes.cell} colSpan={columns.length}>
          <div className={classes.placeholder} />
        </td>
      </tr>
    );
  }
  return (
    <tr {...common} aria-label={label} aria-selected={selected ?? undefined} data-selected={selected || undefined} data-dimmed={dimmed || undefined} onClick={() => actions.open(item)}>
      {selected !== null && (
        <td className={classes.cell} onClick={(event) => event.stopPropagation()}>
          <input type="checkbox" className={classes.checkbox} aria-label={checkboxLabel} checked={selected} tabIndex={-1} onChange={() => actions.toggle(item)} />
        </td>
      )}
      {columns.map((column, columnIndex) => {
        const content = column.cell(item);
        return (
          <td key={column.id} className={classes.cell}>
            {columnIndex === 0 && decorateFirstCell ? decorateFirstCell(item, content) : content}
          </td>
        );
      })}
    </tr>
  );
}

export const VirtualRow = memo(VirtualRowView) as typeof VirtualRowView;
