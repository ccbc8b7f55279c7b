import type { Migration } from './types';

export const m0001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE workspace_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE organisation (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
