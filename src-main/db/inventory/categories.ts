import type { DataCategory } from '../../domain/inventory/records';
import type { Db } from '../sqlite';
import { bit, prepared } from '../statements';
import { stampColumns } from './list';
import { uniqueCustomKey } from './record-tables';
import { recordRepository, type TableSpecFor } from './repository';

type Raw = Omit<DataCategory, 'special' | 'criminal' | 'sensitive'> & { special: number; criminal: number; sensitive: number };

/**
 * Data categories: the Fides taxonomy seeded with the workspace, and the
 * organisation's own. A new category is keyed `custom.<slug of its name>`
 * (`_2`, `_3`, ... when taken) and keeps that key for good: renaming or moving
 * it never changes it, so exports and references stay stable. The tree lives
 * in parent_key alone.
 */
const CATEGORIES: TableSpecFor<'categories', Raw> = {
  kind: 'category',
  alias: 'c',
  columns: `${stampColumns('c')}, c.key, c.parent_key AS parentKey, c.name, c.description, c.origin, c.special, c.criminal, c.sensitive,
    (SELECT count(*) FROM activity_category ac WHERE ac.category_id = c.id) AS activityCount`,
  from: 'data_category c',
  substring: ['c.name', 'c.key'],
  sort: { key: 'c.key', name: 'c.name COLLATE NOCASE', updatedAt: 'c.updated_at' },
  // Heightened protection under the GDPR: special categories (Art. 9) and criminal data (Art. 10).
  filters: { specialOnly: '(? = 0 OR c.special = 1 OR c.criminal = 1)' },
  map: (raw) => ({ ...raw, special: raw.special === 1, criminal: raw.criminal === 1, sensitive: raw.sensitive === 1 }),
  create: (db, v) => ({ key: uniqueCustomKey(db, 'category', v.name), origin: 'custom' }),
  write: (v) => ({
    parent_key: v.parentKey,
    name: v.name,
    description: v.description,
    special: bit(v.special),
    criminal: bit(v.criminal),
    sensitive: bit(v.sensitive),
  }),
  searchText: (c) => [c.key, c.description],
};

export const categoryRepository = recordRepository(CATEGORIES);

interface TreeNode {
  id: number;
  key: string;
  parentKey: string | null;
}

export function categoryByKey(db: Db, key: string): TreeNode | undefined {
  return prepared(db, 'SELECT id, key, parent_key AS parentKey FROM data_category WHERE key = ?').get(key) as TreeNode | undefined;
}

/** The keys from `key` up to the root, `key` first; stops at a loop rather than running forever. */
export function ancestorKeys(db: Db, key: string): string[] {
  const chain: string[] = [];
  let next: string | null = key;
  while (next !== null && !chain.includes(next)) {
    chain.push(next);
    next = categoryByKey(db, next)?.parentKey ?? null;
  }
  return chain;
}

/** Before a category goes: its subcategories move up to its own parent. */
export function liftChildren(db: Db, key: string, parentKey: string | null, now: string): void {
  prepared(db, 'UPDATE data_category SET parent_key = ?, updated_at = ? WHERE parent_key = ?').run(parentKey, now, key);
}
