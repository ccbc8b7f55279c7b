import { call, type Activity, type Link, type Result } from '../../app/api';
import type { PickerSource } from '../../ui/RecordPicker';

type RecipientLink = Activity['recipients'][number];

/** Options a picker asks for per search. */
export const PICK_LIMIT = 50;

export function mapResult<T, U>(result: Result<T>, map: (value: T) => U): Result<U> {
  return result.ok ? { ok: true, value: map(result.value) } : result;
}

function namedSource(area: 'activities' | 'categories' | 'subjects' | 'systems'): PickerSource {
  return {
    search: async (search) =>
      mapResult(await call(`inventory.${area}.list`, { search, limit: PICK_LIMIT }), (page) => page.rows.map(({ id, name }): Link => ({ id, name }))),
  };
}

function recipientSource(kind?: 'processor'): PickerSource<RecipientLink> {
  return {
    search: async (search) =>
      mapResult(await call('inventory.recipients.list', { search, limit: PICK_LIMIT, filters: { kind } }), (page) =>
        page.rows.map(({ id, name, kind: recipientKind }): RecipientLink => ({ id, name, kind: recipientKind })),
      ),
  };
}

/** A stored link (id and name columns) as a record for a picker, or none. */
export function linkOf(id: number | null | undefined, name: string | null | undefined): Link | null {
  return id ? { id, name: name ?? '' } : null;
}

export const activitySource = namedSource('activities');
export const subjectSource = namedSource('subjects');
/** Categories by name only, for filters; editors use the category source with tree paths. */
export const categoryNameSource = namedSource('categories');
export const systemSource = namedSource('systems');
export const recipientsSource = recipientSource();
/** Recipients of kind "processor": who runs a system on the organisation's behalf. */
export const processorSource = recipientSource('processor');
