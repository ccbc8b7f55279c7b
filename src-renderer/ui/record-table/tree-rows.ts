export interface TreeRow<Row> {
  row: Row;
  /** Zero for a top-level row. */
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
}

const isUnder = (key: string, ancestor: string) => key.startsWith(`${ancestor}.`);

/**
 * Rows sorted by a dotted key (`user.contact.email`) as a tree: the depth of
 * each key, whether rows below it follow, and without the rows under a collapsed one.
 */
export function treeRows<Row>(rows: readonly Row[], keyOf: (row: Row) => string, collapsed: ReadonlySet<string>): TreeRow<Row>[] {
  // Only a collapsed row on this page hides rows: filtered lists may not show the parent at all.
  const closed = rows.map(keyOf).filter((key) => collapsed.has(key));
  return rows.flatMap((row, index) => {
    const key = keyOf(row);
    if (closed.some((ancestor) => isUnder(key, ancestor))) return [];
    const next = rows[index + 1];
    return [{ row, depth: key.split('.').length - 1, hasChildren: next !== undefined && isUnder(keyOf(next), key), expanded: !collapsed.has(key) }];
  });
}
