import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { ArchivedFilter, FilterValues, ListRequest, SortState } from './types';

export const PAGE_SIZE = 100;

/** What the person asked the list for. Any change but paging goes back to the first page. */
export function useListState<S extends string>(defaultSort: SortState<S>) {
  const [search, setSearchText] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 200);
  const [filters, setFilters] = useState<FilterValues>({});
  const [archived, setArchivedFilter] = useState<ArchivedFilter>('active');
  const [sort, setSortState] = useState(defaultSort);
  const [pageIndex, setPageIndex] = useState(0);

  const request = useMemo<ListRequest<S>>(
    () => ({ search: debouncedSearch, archived, sort, offset: pageIndex * PAGE_SIZE, limit: PAGE_SIZE, filters }),
    [debouncedSearch, archived, sort, pageIndex, filters],
  );

  function firstPage<T>(set: (value: T) => void) {
    return (value: T) => {
      set(value);
      setPageIndex(0);
    };
  }

  return {
    search,
    filters,
    archived,
    sort,
    pageIndex,
    request,
    setSearch: firstPage(setSearchText),
    setFilter: (key: string, value: string | null) =>
      firstPage(setFilters)({ ...filters, [key]: value ?? undefined }),
    setArchived: firstPage(setArchivedFilter),
    setSort: firstPage(setSortState),
    setPageIndex,
  };
}

export type ListState<S extends string> = ReturnType<typeof useListState<S>>;
