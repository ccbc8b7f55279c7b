import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Result } from '../../app/api';
import { RowWindow } from './row-window';

/**
 * A list fetched in blocks as its rows scroll into view (see RowWindow). The component that holds
 * it renders again only when the total or the loading state changes; the rows arriving re-render
 * only the table body, which reads `rows`.
 */
export function useRowWindow<Row, Query extends object>(
  load: (request: Query & { offset: number; limit: number }) => Promise<Result<{ rows: Row[]; total: number }>>,
  query: Query,
  reloadKey: number,
  blockSize?: number,
) {
  const [rows] = useState(() => new RowWindow<Row>());
  const status = useSyncExternalStore(rows.subscribe, rows.getStatus);
  const queryKey = JSON.stringify(query);

  useEffect(() => {
    rows.setQuery({ queryKey, reloadKey, blockSize, load: (offset, limit) => load({ ...query, offset, limit }) });
  }, [rows, load, query, queryKey, reloadKey, blockSize]);

  return { rows, queryKey, ...status };
}
