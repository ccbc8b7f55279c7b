import type { Page } from '../../contract/inventory';
import type { InventoryKind } from '../../domain/inventory/records';
import type { Db } from '../sqlite';
import { bit, fold, prepared } from '../statements';
import { ftsQuery, searchCondition } from './search-index';

/** What every list call carries, as the contract's schema parses it. */
export interface ListInput<S extends string, F> {
  search: string;
  archived: 'active' | 'archived' | 'all';
  sort: { by: S; dir: 'asc' | 'desc' };
  offset: number;
  limit: number;
  filters: F;
}

type FilterValue = string | number | boolean;

/**
 * One area's list query, declared once: the SQL below is assembled only from
 * these fixed fragments, and every value travels as a bound parameter.
 */
export interface ListSpec<S extends string, F, Raw, Row> {
  kind: InventoryKind;
  /** The record table's alias inside `from`. */
  alias: string;
  columns: string;
  from: string;
  /** Short text columns matched as substrings, folded (case and accents ignored); long texts are found through the FTS index. */
  substring: readonly string[];
  /** The contract's sort names mapped to SQL expressions: the only way a sort reaches the SQL. */
  sort: Readonly<Record<S, string>>;
  /** Each filter as a condition with one `?` for its value (booleans bound as 0/1). */
  filters: { readonly [K in keyof F]-?: string };
  map: (raw: Raw) => Row;
}

/** The stamp columns every record table has, as the domain names them. */
export const stampColumns = (alias: string) =>
  `${alias}.id AS id, ${alias}.archived_at AS archivedAt, ${alias}.created_at AS createdAt, ${alias}.updated_at AS updatedAt`;

const ARCHIVED: Record<ListInput<string, unknown>['archived'], string | null> = {
  active: 'archived_at IS NULL',
  archived: 'archived_at IS NOT NULL',
  all: null,
};

export function listPage<S extends string, F extends Partial<Record<keyof F, FilterValue>>, Raw, Row>(
  db: Db,
  spec: ListSpec<S, F, Raw, Row>,
  input: ListInput<S, F>,
): Page<Row> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const archived = ARCHIVED[input.archived];
  if (archived) where.push(`${spec.alias}.${archived}`);

  const needle = fold(input.search.trim());
  if (needle !== '') {
    const alternatives = spec.substring.map((column) => `instr(pw_fold(${column}), ?) > 0`);
    params.push(...spec.substring.map(() => needle));
    const match = ftsQuery(input.search);
    if (match !== null) {
      alternatives.push(searchCondition(spec.kind, `${spec.alias}.id`));
      params.push(match);
    }
    where.push(`(${alternatives.join(' OR ')})`);
  }

  for (const key of Object.keys(spec.filters) as (keyof F & string)[]) {
    const value = input.filters[key] as FilterValue | undefined;
    if (value === undefined) continue;
    where.push(spec.filters[key]);
    params.push(typeof value === 'boolean' ? bit(value) : value);
  }

  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const dir = input.sort.dir === 'desc' ? 'DESC' : 'ASC';
  const order = spec.sort[input.sort.by];
  if (order === undefined) throw new Error(`internal: no sort column for ${String(input.sort.by)}`);
  const total = (prepared(db, `SELECT count(*) AS total FROM ${spec.from} ${whereSql}`).get(...params) as { total: number }).total;
  const orderSql = `ORDER BY ${order} ${dir}, ${spec.alias}.id ${dir}`;
  const raws = idsFirstPage<Raw>(db, { ...spec, whereSql, orderSql, params, limit: input.limit, offset: input.offset });
  return { rows: raws.map(spec.map), total };
}

/** One page of a list query, its SQL made of fixed fragments and its values bound. */
export interface PageQuery {
  columns: string;
  from: string;
  /** The FROM of the ids subquery when it differs from `from` (an index named with INDEXED BY). */
  idsFrom?: string;
  /** The alias of the table whose `id` identifies a row. */
  alias: string;
  /** '' or 'WHERE …'. */
  whereSql: string;
  /** 'ORDER BY …', ending with the id so that the order is total. */
  orderSql: string;
  params: readonly (string | number)[];
  limit: number;
  offset: number;
}

/**
 * The page's ids first, then the row columns (with their subqueries) for those ids only: SQLite would
 * otherwise compute every column of every matching row before sorting them.
 */
export function idsFirstPage<Raw>(db: Db, q: PageQuery): Raw[] {
  const { alias, from, whereSql, orderSql } = q;
  return prepared(
    db,
    `SELECT ${q.columns} FROM ${from} WHERE ${alias}.id IN (SELECT ${alias}.id FROM ${q.idsFrom ?? from} ${whereSql} ${orderSql} LIMIT ? OFFSET ?) ${orderSql}`,
  ).all(...q.params, q.limit, q.offset) as Raw[];
}
