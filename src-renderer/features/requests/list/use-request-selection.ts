import { useState } from 'react';
import { call, type RequestRow } from '../../../app/api';
import { notifyError } from '../../../ui/notify';
import type { RowSelection } from '../../../ui/record-table/VirtualTable';
import type { RequestQuery } from './use-request-query';

/** A bulk action takes at most this many requests (the contract's limit). */
export const SELECT_ALL_LIMIT = 10_000;

/** What "select all" ticks, said as it is: every matching request, or the first ten thousand of them. */
export function selectAllLabel(total: number): string {
  return total > SELECT_ALL_LIMIT ? `Select the first ${SELECT_ALL_LIMIT.toLocaleString('en')} matching` : `Select all ${total.toLocaleString('en')} matching`;
}
/** The largest page `requests.list` answers. */
const ID_PAGE = 1000;

/**
 * The requests ticked for a bulk action, by id, wherever they are in the list. A new filter starts an
 * empty selection, so an action never reaches requests the person no longer sees.
 */
export function useRequestSelection(filterKey: string) {
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<number> }>({ key: filterKey, ids: new Set() });
  const [selectingAll, setSelectingAll] = useState(false);
  const ids = selection.key === filterKey ? selection.ids : new Set<number>();

  function change(update: (next: Set<number>) => void) {
    const next = new Set(ids);
    update(next);
    setSelection({ key: filterKey, ids: next });
  }

  /** Ticks every matching request, up to the limit, a thousand ids per call. */
  async function selectAllMatching(query: RequestQuery, total: number) {
    setSelectingAll(true);
    const found = new Set<number>();
    const wanted = Math.min(total, SELECT_ALL_LIMIT);
    for (let offset = 0; offset < wanted; offset += ID_PAGE) {
      const result = await call('requests.list', { ...query, offset, limit: Math.min(ID_PAGE, wanted - offset) });
      if (!result.ok) {
        notifyError(result.error);
        break;
      }
      result.value.rows.forEach((row) => found.add(row.id));
    }
    setSelectingAll(false);
    setSelection({ key: filterKey, ids: found });
  }

  return {
    ids,
    selectingAll,
    selectAllMatching,
    clear: () => setSelection({ key: filterKey, ids: new Set() }),
    /** The table's boxes; the header's ticks every matching request (up to the limit) or clears them all. */
    rowSelection: (query: RequestQuery, total: number): RowSelection<RequestRow> => {
      const selectable = Math.min(total, SELECT_ALL_LIMIT);
      return {
        isSelected: (row) => ids.has(row.id),
        label: (row) => `Select ${row.reference}`,
        toggle: (row) => change((next) => (next.has(row.id) ? next.delete(row.id) : next.add(row.id))),
        all: {
          label: ids.size > 0 ? 'Clear the selection' : selectAllLabel(total),
          checked: selectable > 0 && ids.size >= selectable,
          indeterminate: ids.size > 0 && ids.size < selectable,
          toggle: (selected) => (selected && ids.size === 0 ? void selectAllMatching(query, total) : setSelection({ key: filterKey, ids: new Set() })),
        },
      };
    },
  };
}

export type RequestSelection = ReturnType<typeof useRequestSelection>;
