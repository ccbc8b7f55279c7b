// Shapes of the register's bulk reads: it reads every vendor's rows on each list.

/**
 * A JSON array of values from group_concat (numbers, strings through json_quote, objects through
 * json_group_object), parsed natively in one go: far fewer objects than one row (or array) per item.
 * SQL adds the brackets (`'[' || group_concat(...) || ']'`, null when there are no rows): added here,
 * they would copy the whole text once more before parsing.
 */
export function flatList<T = number | string | null>(list: string | null): T[] {
  return list === null ? [] : (JSON.parse(list) as T[]);
}

/** From SQL's "[7,x,9,y]", each recipient's id followed by its one value: the values by recipient. */
export function valueByRecipient<T>(list: string | null): Map<number, T> {
  const flat = flatList<number | T>(list);
  const values = new Map<number, T>();
  for (let i = 0; i < flat.length; i += 2) values.set(flat[i] as number, flat[i + 1] as T);
  return values;
}

/** From SQL's "[7,x,7,y,9,z]", a recipient's id before each of its values: the values by recipient, in their order. */
export function valuesByRecipient<T>(list: string | null): Map<number, T[]> {
  const flat = flatList<number | T>(list);
  const values = new Map<number, T[]>();
  for (let i = 0; i < flat.length; i += 2) {
    const recipientId = flat[i] as number;
    const value = flat[i + 1] as T;
    const group = values.get(recipientId);
    if (group) group.push(value);
    else values.set(recipientId, [value]);
  }
  return values;
}
