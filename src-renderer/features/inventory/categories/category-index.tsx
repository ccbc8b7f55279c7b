import { createContext, type ReactNode, use, useMemo, useState } from 'react';
import type { DataCategory } from '../../../app/api';
import { useCallValue } from '../../../ui/use-call-value';

export interface CategoryIndex {
  byKey: ReadonlyMap<string, DataCategory>;
  byId: ReadonlyMap<number, DataCategory>;
}

interface CategoryIndexState {
  index: CategoryIndex | null;
  /** After a category is saved, archived or deleted. */
  refresh: () => void;
}

const CategoryIndexContext = createContext<CategoryIndexState>({ index: null, refresh: () => undefined });

/** Every data category, once per visit to the Inventory: the tree paths ("User data › Contact › Email") come from it. */
export function CategoryIndexProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const page = useCallValue('inventory.categories.list', { archived: 'all', limit: 5000, sort: { by: 'key', dir: 'asc' } }, version);
  const state = useMemo(() => {
    const rows = page?.rows ?? null;
    const index = rows && { byKey: new Map(rows.map((row) => [row.key, row])), byId: new Map(rows.map((row) => [row.id, row])) };
    return { index, refresh: () => setVersion((current) => current + 1) };
  }, [page]);
  return <CategoryIndexContext value={state}>{children}</CategoryIndexContext>;
}

export function useCategoryIndex(): CategoryIndexState {
  return use(CategoryIndexContext);
}

const MAX_DEPTH = 20;

/** "User data › Contact › Email", or null while the index loads. */
export function categoryPath(index: CategoryIndex | null, id: number): string | null {
  let category = index?.byId.get(id);
  if (!index || !category) return null;
  const names: string[] = [];
  for (let depth = 0; category && depth < MAX_DEPTH; depth++) {
    names.unshift(category.name);
    category = category.parentKey ? index.byKey.get(category.parentKey) : undefined;
  }
  return names.join(' › ');
}

/** The path of one category as text, for table cells. */
export function CategoryPath({ id, fallback }: { id: number; fallback: string }) {
  const { index } = useCategoryIndex();
  return categoryPath(index, id) ?? fallback;
}
