import type { CallName, CallOutput, ParsedInput } from '../../contract';
import type { InventoryKind } from '../../domain/inventory/records';
import type { Db } from '../sqlite';
import { prepared } from '../statements';
import { type ListInput, type ListSpec, listPage } from './list';
import { insertRow, type SqlValue, updateRow } from './record-tables';
import { indexRecord, searchBody } from './search-index';

/** The seven areas of the inventory that share the five record calls (list, get, save, archive, delete). */
export type Area = 'activities' | 'categories' | 'subjects' | 'systems' | 'recipients' | 'cookies' | 'communications';
type RecordVerb = 'list' | 'get' | 'save' | 'archive' | 'delete';
/** The contract's name of an area's record call. */
export type RecordCall<A extends Area, V extends RecordVerb = RecordVerb> = `inventory.${A}.${V}` & CallName;

interface Named {
  id: number;
  name: string;
}

/** An area's types, as the contract parses its inputs and declares its outputs. */
export type ListInputOf<A extends Area> = ParsedInput<RecordCall<A, 'list'>>;
export type RowOf<A extends Area> = CallOutput<RecordCall<A, 'list'>> extends { rows: (infer Row)[] } ? Row : never;
export type DetailOf<A extends Area> = CallOutput<RecordCall<A, 'get'>> & Named;
export type ValuesOf<A extends Area> = Omit<ParsedInput<RecordCall<A, 'save'>>, 'id'>;

/** One record table, declared: its list query, the columns a save writes, and the texts it is found by. */
export interface TableSpec<S extends string, F, Raw, Detail extends Named, Values> extends ListSpec<S, F, Raw, Detail> {
  /** The columns a save writes, named as in the table (see insertRow). */
  write(values: Values): Readonly<Record<string, SqlValue>>;
  /** Columns set once, when the record is made (a generated key, its origin). */
  create?(db: Db, values: Values): Readonly<Record<string, SqlValue>>;
  /** The descriptive texts of the search row; its title is the record's name. */
  searchText(record: Detail): readonly (string | null)[];
}

type SortOf<A extends Area> = ListInputOf<A> extends { sort: { by: infer S extends string } } ? S : never;
type FiltersOf<A extends Area> = ListInputOf<A> extends { filters: infer F } ? F : never;

/** An area's table declaration, typed from the contract, so its functions need no annotations. */
export type TableSpecFor<A extends Area, Raw = DetailOf<A>> = TableSpec<SortOf<A>, FiltersOf<A>, Raw, DetailOf<A>, ValuesOf<A>>;

/** What the generic record service needs of a repository. */
export interface RecordRepository<L, Row, Detail extends Named, Values> {
  kind: InventoryKind;
  list(db: Db, input: L): { rows: Row[]; total: number };
  get(db: Db, id: number): Detail | undefined;
  insert(db: Db, values: Values, now: string): number;
  update(db: Db, id: number, values: Values, now: string): void;
  /** Replaces the record's row in the search index. */
  index(db: Db, record: Detail): void;
}

/** The repository of a plain record table, from its declaration. */
export function recordRepository<S extends string, F extends Partial<Record<keyof F, string | number | boolean>>, Raw, Detail extends Named, Values>(
  spec: TableSpec<S, F, Raw, Detail, Values>,
): RecordRepository<ListInput<S, F>, Detail, Detail, Values> {
  const getSql = `SELECT ${spec.columns} FROM ${spec.from} WHERE ${spec.alias}.id = ?`;
  return {
    kind: spec.kind,
    list: (db, input) => listPage(db, spec, input),
    get(db, id) {
      const raw = prepared(db, getSql).get(id) as Raw | undefined;
      return raw === undefined ? undefined : spec.map(raw);
    },
    insert: (db, values, now) => insertRow(db, spec.kind, { ...spec.create?.(db, values), ...spec.write(values) }, now),
    update: (db, id, values, now) => updateRow(db, spec.kind, id, spec.write(values), now),
    index: (db, record) => indexRecord(db, spec.kind, record.id, record.name, searchBody(spec.searchText(record))),
  };
}
