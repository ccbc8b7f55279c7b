import type { Page } from '../../contract';
import { deleteRecord, setArchived } from '../../db/inventory/record-tables';
import type { Area, DetailOf, ListInputOf, RecordCall, RecordRepository, RowOf, ValuesOf } from '../../db/inventory/repository';
import { usageOf } from '../../db/inventory/usage';
import type { Db } from '../../db/sqlite';
import type { InventoryStore } from './context';
import { inUse, notFound } from './rules';

export type { Area, RecordCall };

interface Named {
  id: number;
  name: string;
}

export interface RecordService<L, Row, Detail, Values> {
  list(input: L): Page<Row>;
  get(input: { id: number }): Detail;
  /** Creates when the input has no id. */
  save(input: Values & { id?: number | undefined }): Detail;
  archive(input: { id: number; archived: boolean }): Detail;
  /** Refused with CONFLICT while other records use it, unless `confirmed`. */
  delete(input: { id: number; confirmed: boolean }): { deleted: true };
}

/** An area's service with the contract's own input and output types. */
export type RecordServiceFor<A extends Area> = RecordService<ListInputOf<A>, RowOf<A>, DetailOf<A>, ValuesOf<A>>;

/**
 * What an area tells the generic service: its repository (db/inventory/*) and
 * its rules. Everything else (transactions, not found, archive, delete, the
 * search row) is shared.
 */
export interface RecordSpec<L, Row, Detail extends Named, Values> extends RecordRepository<L, Row, Detail, Values> {
  /** Rules across records, checked inside the write's transaction before anything is written. */
  validate?(db: Db, values: Values, existing: Detail | undefined): void;
  /** Runs just before the row goes, in the same transaction. */
  beforeDelete?(db: Db, existing: Detail, now: string): void;
}

export function recordService<L, Row, Detail extends Named, Values>(
  store: InventoryStore,
  spec: RecordSpec<L, Row, Detail, Values>,
): RecordService<L, Row, Detail, Values> {
  const mustGet = (db: Db, id: number): Detail => {
    const found = spec.get(db, id);
    if (!found) throw notFound(spec.kind);
    return found;
  };
  return {
    list: (input) => store.read((db) => spec.list(db, input)),
    get: ({ id }) => store.read((db) => mustGet(db, id)),
    save: (input) =>
      store.write((db, now) => {
        const { id, ...rest } = input;
        // The input without its id is exactly the spec's values.
        const values = rest as Values;
        const existing = id === undefined ? undefined : mustGet(db, id);
        spec.validate?.(db, values, existing);
        let savedId: number;
        if (existing) {
          spec.update(db, existing.id, values, now);
          savedId = existing.id;
        } else {
          savedId = spec.insert(db, values, now);
        }
        const saved = mustGet(db, savedId);
        spec.index(db, saved);
        return saved;
      }),
    archive: ({ id, archived }) =>
      store.write((db, now) => {
        mustGet(db, id);
        setArchived(db, spec.kind, id, archived, now);
        return mustGet(db, id);
      }),
    delete: ({ id, confirmed }) =>
      store.write((db, now) => {
        const existing = mustGet(db, id);
        const usage = usageOf(db, spec.kind, id);
        if (usage.length > 0 && !confirmed) throw inUse(spec.kind, existing.name, usage);
        spec.beforeDelete?.(db, existing, now);
        deleteRecord(db, spec.kind, id);
        return { deleted: true };
      }),
  };
}
