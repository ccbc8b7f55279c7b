import type { Result } from '../../app/api';
import { notifyError } from '../notify';

/** Rows fetched per call: a screenful is about 25, so one block serves several screens. */
export const BLOCK_SIZE = 100;
/** Blocks kept for the current query; the ones farthest from the visible rows go first. */
const KEPT_BLOCKS = 40;

export type LoadBlock<Row> = (offset: number, limit: number) => Promise<Result<{ rows: Row[]; total: number }>>;

export interface WindowQuery<Row> {
  /** What is asked (search, sort, filters) as text: a change scrolls back to the first row. */
  queryKey: string;
  /** Changes after a write: the same query is fetched again where the list stands. */
  reloadKey: number;
  load: LoadBlock<Row>;
  blockSize?: number;
}

/** What the list's header and toolbar need; a new object only when one of them changes. */
export interface WindowStatus {
  total: number;
  /** The current query has not answered yet (the last query's rows are still shown). */
  loading: boolean;
  /** Some query has answered: an empty list now means "none", not "not yet". */
  loaded: boolean;
}

/** The rows of a list as the table reads them: by index, fetched as the visible window needs them. */
export interface RowSource<Row> {
  rowAt(index: number): Row | undefined;
  /** The visible rows [start, end) and the way the person scrolls: the blocks they need are fetched. */
  setRange(start: number, end: number, direction: 'forward' | 'backward' | null): void;
  subscribe(listener: () => void): () => void;
  /** Grows whenever a block arrives. */
  getVersion(): number;
}

interface Shown<Row> {
  key: string;
  queryKey: string;
  blockSize: number;
  total: number;
  blocks: Map<number, Row[]>;
  /** After a reload, the blocks of before, shown until their fresh copies arrive. */
  stale: Map<number, Row[]>;
}

const NOTHING_SHOWN: Shown<never> = { key: '', queryKey: '', blockSize: BLOCK_SIZE, total: 0, blocks: new Map(), stale: new Map() };

/**
 * The rows of one server-sorted list, in blocks of `blockSize`, kept for the current query only.
 * The last query's rows stay on screen until the new one's first block arrives, so a reload never
 * flashes an empty table; a block that arrives for an old query, or after the person scrolled
 * past it, is dropped.
 */
export class RowWindow<Row> implements RowSource<Row> {
  private query: (WindowQuery<Row> & { key: string; blockSize: number }) | null = null;
  private shown: Shown<Row> = NOTHING_SHOWN;
  private readonly pending = new Set<number>();
  private readonly failed = new Set<number>();
  private range = { start: 0, end: 0, direction: null as 'forward' | 'backward' | null };
  private version = 0;
  private status: WindowStatus = { total: 0, loading: true, loaded: false };
  private readonly listeners = new Set<() => void>();

  setQuery(query: WindowQuery<Row>) {
    const blockSize = query.blockSize ?? BLOCK_SIZE;
    const key = `${query.reloadKey}|${blockSize}|${query.queryKey}`;
    if (key === this.query?.key) return;
    // A new question starts at the first row (the table scrolls there too); a reload stays where it is.
    if (query.queryKey !== this.query?.queryKey) this.range = { start: 0, end: this.range.end - this.range.start, direction: null };
    this.query = { ...query, key, blockSize };
    this.pending.clear();
    this.failed.clear();
    this.fetchWanted();
    this.emit();
  }

  setRange(start: number, end: number, direction: 'forward' | 'backward' | null) {
    this.range = { start, end, direction };
    this.fetchWanted();
  }

  rowAt(index: number): Row | undefined {
    const size = this.shown.blockSize;
    const block = Math.floor(index / size);
    const at = index - block * size;
    return this.shown.blocks.get(block)?.[at] ?? this.shown.stale.get(block)?.[at];
  }

  /** Every row of the first block: a list shown whole (a tree) asks for one block that holds it all. */
  firstBlock(): readonly Row[] | undefined {
    return this.shown.key === this.query?.key ? this.shown.blocks.get(0) : undefined;
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getVersion = () => this.version;

  readonly getStatus = () => this.status;

  /** The blocks under the visible rows, and one more in the direction of scrolling once the total is known. */
  private wantedBlocks(): Set<number> {
    const query = this.query;
    if (!query) return new Set();
    const size = query.blockSize;
    const first = Math.floor(this.range.start / size);
    const last = Math.max(first, Math.floor((this.range.end - 1) / size));
    const wanted = new Set<number>();
    for (let block = first; block <= last; block++) wanted.add(block);
    if (this.shown.queryKey === query.queryKey) {
      const lastBlock = Math.max(0, Math.ceil(this.shown.total / size) - 1);
      if (this.range.direction === 'backward') wanted.add(Math.max(0, first - 1));
      else wanted.add(Math.min(lastBlock, last + 1));
      for (const block of wanted) if (block > lastBlock) wanted.delete(block);
    }
    return wanted;
  }

  private fetchWanted() {
    const query = this.query;
    if (!query) return;
    const current = this.shown.key === query.key ? this.shown.blocks : new Map<number, Row[]>();
    for (const block of this.wantedBlocks()) {
      if (current.has(block) || this.pending.has(block) || this.failed.has(block)) continue;
      this.pending.add(block);
      void query.load(block * query.blockSize, query.blockSize).then((result) => this.arrived(query.key, block, result));
    }
  }

  private arrived(key: string, block: number, result: Awaited<ReturnType<LoadBlock<Row>>>) {
    const query = this.query;
    if (key !== query?.key) return;
    this.pending.delete(block);
    if (!result.ok) {
      this.failed.add(block);
      notifyError(result.error);
      this.emit();
      return;
    }
    if (!this.wantedBlocks().has(block)) return;
    if (this.shown.key !== key) {
      const stale = this.shown.queryKey === query.queryKey && this.shown.blockSize === query.blockSize ? this.shown.blocks : new Map<number, Row[]>();
      this.shown = { key, queryKey: query.queryKey, blockSize: query.blockSize, total: result.value.total, blocks: new Map(), stale };
    }
    this.shown.total = result.value.total;
    this.shown.blocks.set(block, result.value.rows);
    if (this.pending.size === 0) this.shown.stale = new Map();
    this.forgetFarBlocks();
    this.version++;
    this.fetchWanted();
    this.emit();
  }

  private forgetFarBlocks() {
    const { blocks } = this.shown;
    if (blocks.size <= KEPT_BLOCKS) return;
    const here = Math.floor(this.range.start / this.shown.blockSize);
    const farthest = [...blocks.keys()].sort((a, b) => Math.abs(b - here) - Math.abs(a - here));
    for (const block of farthest.slice(0, blocks.size - KEPT_BLOCKS)) blocks.delete(block);
  }

  private updateStatus() {
    const loading = this.shown.key !== this.query?.key && !this.failed.has(0) && this.pending.size > 0;
    const next = { total: this.shown.total, loading, loaded: this.shown.key !== '' || this.failed.size > 0 };
    if (next.total !== this.status.total || next.loading !== this.status.loading || next.loaded !== this.status.loaded) this.status = next;
  }

  private emit() {
    this.updateStatus();
    for (const listener of this.listeners) listener();
  }
}

/** Rows already at hand (a tree built from a whole list) as a row source: nothing to fetch. */
export function fixedRows<Row>(rows: readonly Row[]): RowSource<Row> {
  return { rowAt: (index) => rows[index], setRange: () => undefined, subscribe: () => () => undefined, getVersion: () => 0 };
}
