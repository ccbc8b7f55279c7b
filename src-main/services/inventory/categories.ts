import { AppError } from '../../contract/errors';
import { ancestorKeys, categoryByKey, categoryRepository, liftChildren } from '../../db/inventory/categories';
import type { InventoryStore } from './context';
import { recordService, type RecordServiceFor } from './record-service';

/**
 * Data categories: the Fides taxonomy seeded with the workspace, plus the
 * organisation's own (keyed `custom.<slug>`, see insertCategory). A Fides
 * category may be renamed, described and marked, but keeps its key and its
 * place in the tree.
 */
export function categoriesService(store: InventoryStore): RecordServiceFor<'categories'> {
  return recordService(store, {
    ...categoryRepository,
    validate(db, values, existing) {
      if (existing?.origin === 'fideslang' && values.parentKey !== existing.parentKey) {
        throw invalidParent('A category from the Fides taxonomy keeps its place in the tree; create your own category to put it elsewhere.', 'Fides categories cannot be moved.');
      }
      if (values.parentKey === null) return;
      if (!categoryByKey(db, values.parentKey)) {
        throw invalidParent('The parent category chosen no longer exists. Choose another parent, or none.', 'That parent category no longer exists.');
      }
      if (existing && ancestorKeys(db, values.parentKey).includes(existing.key)) {
        throw invalidParent('A category cannot sit under itself or under one of its own subcategories. Choose another parent.', 'This would put the category under itself.');
      }
    },
    // Its subcategories move up to its own parent rather than being deleted with it.
    beforeDelete: (db, existing, now) => liftChildren(db, existing.key, existing.parentKey, now),
  });
}

const invalidParent = (message: string, field: string) => new AppError('VALIDATION', message, { parentKey: field });
