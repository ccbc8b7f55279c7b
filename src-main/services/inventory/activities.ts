import { AppError } from '../../contract/errors';
import { activityRepository } from '../../db/inventory/activities';
import { FIDES_DATA_USES } from '../../domain/taxonomy';
import type { InventoryStore } from './context';
import { recordService, type RecordServiceFor } from './record-service';
import { requireExisting } from './rules';

const DATA_USES = new Set(FIDES_DATA_USES.map((u) => u.key));

/** Processing activities, saved whole: the row, its purposes, links and transfers replaced together in one transaction. */
export function activitiesService(store: InventoryStore): RecordServiceFor<'activities'> {
  return recordService(store, {
    ...activityRepository,
    validate(db, values) {
      requireExisting(db, 'category', values.categoryIds, 'categoryIds');
      requireExisting(db, 'subject', values.subjectIds, 'subjectIds');
      requireExisting(db, 'system', values.systemIds, 'systemIds');
      requireExisting(db, 'recipient', values.recipientIds, 'recipientIds');
      values.transfers.forEach((t, i) => requireExisting(db, 'recipient', [t.recipientId], `transfers.${i}.recipientId`));
      values.purposes.forEach((p, i) => {
        if (p.dataUse !== null && !DATA_USES.has(p.dataUse)) {
          throw new AppError('VALIDATION', `“${p.dataUse}” is not a data use of the Fides taxonomy. Choose one from the list, or leave it empty.`, {
            [`purposes.${i}.dataUse`]: 'Choose a data use from the list.',
          });
        }
      });
    },
  });
}
