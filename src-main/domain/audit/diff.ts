/** One field of an entry, as it was and as it became (undefined: the side has no such field). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

type Values = Readonly<Record<string, unknown>> | null;

/** The fields whose values differ between before and after, in the row's column order; updated_at alone is no change. */
export function changedFields(before: Values, after: Values): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields
    .filter((field) => field !== 'updated_at' && JSON.stringify(before?.[field]) !== JSON.stringify(after?.[field]))
    .map((field) => ({ field, before: before?.[field], after: after?.[field] }));
}
