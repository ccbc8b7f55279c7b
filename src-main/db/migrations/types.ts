import type { Db } from '../sqlite';

/** One schema step. A shipped migration is never edited: add the next number instead. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
