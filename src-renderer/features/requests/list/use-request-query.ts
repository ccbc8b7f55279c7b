import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { CallInput, RegimeId, RequestStatus, RequestType } from '../../../app/api';
import type { SortState } from '../../../ui/record-table/types';
import type { DueFilter } from '../requests-route';

/** The list's question without where a block starts: the CSV export and "select all" ask it too. */
export type RequestQuery = Omit<CallInput<'requests.list'>, 'offset' | 'limit'>;
export type RequestSort = NonNullable<RequestQuery['sort']>['by'];
export type RequestState = NonNullable<RequestQuery['state']>;

/** What the filter controls hold; the text ones are sent once typing pauses. */
export interface RequestFilters {
  search: string;
  state: RequestState;
  statuses: RequestStatus[];
  types: RequestType[];
  regimeId: RegimeId | null;
  due: DueFilter;
  assignee: string;
  receivedFrom: string;
  receivedTo: string;
}

const DEFAULT_SORT: SortState<RequestSort> = { by: 'dueOn', dir: 'asc' };

/** The request list's filters and sort as the `requests.list` query; the list fetches its rows in blocks of it. */
export function useRequestQuery(initialDue: DueFilter) {
  const [filters, setFilters] = useState<RequestFilters>({
    search: '',
    state: 'open',
    statuses: [],
    types: [],
    regimeId: null,
    due: initialDue,
    assignee: '',
    receivedFrom: '',
    receivedTo: '',
  });
  const [search] = useDebouncedValue(filters.search.trim(), 200);
  const [assignee] = useDebouncedValue(filters.assignee.trim(), 200);
  const [sort, setSort] = useState(DEFAULT_SORT);

  const query = useMemo<RequestQuery>(
    () => ({
      search,
      state: filters.state,
      statuses: filters.statuses,
      types: filters.types,
      regimeId: filters.regimeId,
      due: filters.due,
      assignee: assignee === '' ? null : assignee,
      receivedFrom: filters.receivedFrom === '' ? null : filters.receivedFrom,
      receivedTo: filters.receivedTo === '' ? null : filters.receivedTo,
      sort,
    }),
    [search, assignee, filters.state, filters.statuses, filters.types, filters.regimeId, filters.due, filters.receivedFrom, filters.receivedTo, sort],
  );

  return {
    filters,
    sort,
    query,
    /** True when anything narrows the list beyond the default "open requests". */
    narrowed: search !== '' || assignee !== '' || filters.state !== 'open' || filters.statuses.length + filters.types.length > 0 || filters.regimeId !== null || filters.due !== 'any' || filters.receivedFrom !== '' || filters.receivedTo !== '',
    setFilter: <K extends keyof RequestFilters>(key: K, value: RequestFilters[K]) => setFilters((current) => ({ ...current, [key]: value })),
    setSort,
  };
}

export type RequestQueryState = ReturnType<typeof useRequestQuery>;
