import { useEffect, useState } from 'react';
import type { Result } from '../../app/api';
import { notifyError } from '../notify';

interface Answer<Row> {
  key: string;
  rows: Row[];
  total: number;
}

/**
 * Fetches the requested page. The last answer stays on screen while the next
 * one loads, so paging and typing do not flash an empty table.
 */
export function useListPage<Row, Request>(
  load: (request: Request) => Promise<Result<{ rows: Row[]; total: number }>>,
  request: Request,
  reloadKey: number,
) {
  const key = `${reloadKey}:${JSON.stringify(request)}`;
  const [answer, setAnswer] = useState<Answer<Row> | null>(null);

  useEffect(() => {
    let current = true;
    void load(request).then((result) => {
      if (!current) return;
      if (result.ok) setAnswer({ key, ...result.value });
      else {
        notifyError(result.error);
        setAnswer((previous) => ({ key, rows: previous?.rows ?? [], total: previous?.total ?? 0 }));
      }
    });
    return () => {
      current = false;
    };
  }, [load, request, key]);

  return { rows: answer?.rows ?? [], total: answer?.total ?? 0, loading: answer?.key !== key, loaded: answer !== null };
}
