import { installAuditTriggers } from '../audit/triggers';
import type { Migration } from './types';

export const m0006Audit: Migration = {
  version: 6,
  name: 'audit',
  up(db) {
    db.exec(`
      CREATE TABLE audit_entry (
        seq         INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        kind        TEXT NOT NULL,
        table_name  TEXT,
        record_kind TEXT,
        record_id   INTEGER,
        label       TEXT,
        before      TEXT,
        after       TEXT,
        prev_hash   TEXT NOT NULL,
        hash        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_entry_record ON audit_entry (record_kind, record_id);
      CREATE INDEX audit_entry_at ON audit_entry (at);

      -- Append-only for the app: a change needs someone who drops these first, and the hash chain then shows it.
      CREATE TRIGGER pw_append_only_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, 'The audit log cannot be changed.'); END;
      CREATE TRIGGER pw_append_only_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, 'The audit log cannot be changed.'); END;
    `);
    installAuditTriggers(db);
  },
};
