import type { inventoryCalls } from '../../contract/inventory';
import type { AppServices } from '../../services/app-services';
import type { Area, RecordCall, RecordServiceFor } from '../../services/inventory/record-service';
import type { HandlersFor } from './types';

/** The five record calls of one area, answered by that area's service. */
function recordHandlers<A extends Area>(area: A, service: RecordServiceFor<A>): HandlersFor<RecordCall<A>> {
  const handlers = {
    [`inventory.${area}.list`]: (input: never) => service.list(input),
    [`inventory.${area}.get`]: (input: never) => service.get(input),
    [`inventory.${area}.save`]: (input: never) => service.save(input),
    [`inventory.${area}.archive`]: (input: never) => service.archive(input),
    [`inventory.${area}.delete`]: (input: never) => service.delete(input),
  };
  // Computed keys widen to `string`: the one cast, checked by RecordServiceFor<A> taking the contract's own types.
  return handlers as unknown as HandlersFor<RecordCall<A>>;
}

export function inventoryHandlers({ inventory }: AppServices): HandlersFor<keyof typeof inventoryCalls> {
  return {
    ...recordHandlers('activities', inventory.activities),
    ...recordHandlers('categories', inventory.categories),
    ...recordHandlers('subjects', inventory.subjects),
    ...recordHandlers('systems', inventory.systems),
    ...recordHandlers('recipients', inventory.recipients),
    ...recordHandlers('cookies', inventory.cookies),
    ...recordHandlers('communications', inventory.communications),
    'inventory.organisation.get': () => inventory.organisation.get(),
    'inventory.organisation.save': (input) => inventory.organisation.save(input),
    'inventory.usage': (input) => inventory.usage(input),
    'inventory.search': (input) => inventory.search(input),
    'inventory.completeness': () => inventory.completeness(),
    'inventory.dataMap': (input) => inventory.dataMap(input),
  };
}
