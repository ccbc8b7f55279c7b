// Shapes of the register's bulk reads: it reads every vendor's rows on each list.

/** Rows grouped by their recipient, in their order, each mapped. */
export function groupBy<R extends { recipientId: number }, T>(rows: readonly R[], map: (row: R) => T): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.recipientId);
    if (group) group.push(map(row));
    else groups.set(row.recipientId, [map(row)]);
  }
  return groups;
}

/**
 * A comma-separated list of JSON values from group_concat (numbers, strings through json_quote,
 * objects through json_group_object), parsed natively in one go: far fewer objects than one row (or
 * array) per item.
 */
export function flatList<T = number | string | null>(list: string | null): T[] {
  return list === null ? [] : (JSON.parse(`[${list}]`) as T[]);
}
