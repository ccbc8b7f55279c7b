import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { ArchivedFilter, FilterValues, ListQuery, SortState } from './types';

/** What the person asked the list for: search, filters and sort; the rows scroll, they are not paged. */
export function useListState<S extends string>(defaultSort: SortState<S>) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 200);
  const [filters, setFilters] = useState<FilterValues>({});
  const [archived, setArchived] = useState<ArchivedFilter>('active');
  const [sort, setSort] = useState(defaultSort);

  const query = useMemo<ListQuery<S>>(() => ({ search: debouncedSearch, archived, sort, filters }), [debouncedSearch, archived, sort, filters]);

  return {
    search,
    filters,
    archived,
    sort,
    query,
    setSearch,
    setFilter: (key: string, value: string | null) => setFilters({ ...filters, [key]: value ?? undefined }),
    setArchived,
    setSort,
  };
}

export type ListState<S extends string> = ReturnType<typeof useListState<S>>;
