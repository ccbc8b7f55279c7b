import type { ReactNode } from 'react';
import type { Result } from '../../app/api';
import type { PickerSource } from '../RecordPicker';
import type { Option } from '../vocabulary';

export interface Noun {
  one: string;
  many: string;
}

export type ArchivedFilter = 'active' | 'archived' | 'all';

export interface SortState<S extends string> {
  by: S;
  dir: 'asc' | 'desc';
}

/** What the filter controls hold, by filter key; the list's `load` turns them into the call's typed filters. */
export type FilterValues = Partial<Record<string, string>>;

/** What the list asks for: the server searches, filters and sorts. */
export interface ListQuery<S extends string> {
  search: string;
  archived: ArchivedFilter;
  sort: SortState<S>;
  filters: FilterValues;
}

/** One block of the list's rows: where it starts and how many. */
export interface ListRequest<S extends string> extends ListQuery<S> {
  offset: number;
  limit: number;
}

export interface TableRow {
  id: number;
  archivedAt: string | null;
}

export interface Column<Row, S extends string> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** The server's sort key for this column; absent when it cannot be sorted. */
  sortBy?: S;
  /** Hidden until the person turns it on in the column chooser. */
  hidden?: boolean;
  width?: number;
}

export type FilterDef =
  | { type: 'select'; key: string; label: string; options: Option<string>[] }
  | { type: 'switch'; key: string; label: string }
  | { type: 'record'; key: string; label: string; source: PickerSource };

/** Everything one area's table needs: the columns, the filters and the call that fetches a block of rows. */
export interface ListConfig<Row extends TableRow, S extends string> {
  /** The record in counts and empty states: one "system", many "systems"; "Systems" names the table. */
  noun: Noun;
  columns: Column<Row, S>[];
  /** The first sortable column, ascending, unless given. */
  defaultSort?: SortState<S>;
  filters?: FilterDef[];
  load: (request: ListRequest<S>) => Promise<Result<{ rows: Row[]; total: number }>>;
  /** Rows carry a dotted key (`user.contact.email`): sorted by it, they show as a collapsible tree. */
  tree?: { sortBy: S; key: (row: Row) => string };
}
