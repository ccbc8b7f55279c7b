import type { Page } from '../../contract';

const PAGE = 5000;

/** The one list query every area accepts: everything, archived included, by name. */
interface ListEverything {
  search: '';
  archived: 'all';
  sort: { by: 'name'; dir: 'asc' };
  offset: number;
  limit: number;
  filters: Record<string, never>;
}

/** Every row of a paged list call. */
export function pageAll<Row>(list: (input: ListEverything) => Page<Row>): Row[] {
  const rows: Row[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = list({ search: '', archived: 'all', sort: { by: 'name', dir: 'asc' }, offset, limit: PAGE, filters: {} });
    rows.push(...page.rows);
    if (rows.length >= page.total || page.rows.length === 0) return rows;
  }
}
