import type { Migration } from './types';

/**
 * Reads that stay fast at scale (100,000 requests, 5,000 activities, 1,000 vendors, hundreds of
 * thousands of audit entries).
 *
 * The vendor register reads every transfer naming a vendor by vendor, country and transfer: an index
 * holding them in that order, with what is read, spares a sort and a lookup per transfer.
 *
 * The audit log's filters. Indexes on who, what kind and the
 * kind of record give each filter's newest entries in order (an index's entries are kept by seq within a value).
 * The list also shows how many entries match: counting them one by one takes tens of milliseconds
 * once a filter matches most of the log, so `audit_tally` keeps how many entries there are per UTC day,
 * person, kind and record kind. Triggers on audit_entry keep it in the same statement as the entry,
 * hence the same transaction, also if the append-only guards were dropped and rows changed or removed:
 * the count can never disagree with the log.
 */
export const m0008Scale: Migration = {
  version: 8,
  name: 'indexes at scale',
  up(db) {
    db.exec(`
      CREATE INDEX activity_transfer_vendor ON activity_transfer (recipient_id, country, id, mechanism, activity_id);

      CREATE INDEX audit_entry_actor ON audit_entry (actor);
      CREATE INDEX audit_entry_kind ON audit_entry (kind);
      -- (record_kind, record_id) lists one record's history in order, not all of a kind's.
      CREATE INDEX audit_entry_record_kind ON audit_entry (record_kind);

      CREATE TABLE audit_tally (
        day         TEXT NOT NULL,
        actor       TEXT NOT NULL,
        kind        TEXT NOT NULL,
        record_kind TEXT,
        entries     INTEGER NOT NULL CHECK (entries >= 0)
      ) STRICT;
      -- Record kinds are table names, never '': an event's NULL has its own key.
      CREATE UNIQUE INDEX audit_tally_key ON audit_tally (day, actor, kind, ifnull(record_kind, ''));

      CREATE TRIGGER pw_audit_tally_insert AFTER INSERT ON audit_entry BEGIN
        INSERT INTO audit_tally (day, actor, kind, record_kind, entries) VALUES (substr(NEW.at, 1, 10), NEW.actor, NEW.kind, NEW.record_kind, 1)
          ON CONFLICT (day, actor, kind, ifnull(record_kind, '')) DO UPDATE SET entries = entries + 1;
      END;
      CREATE TRIGGER pw_audit_tally_delete AFTER DELETE ON audit_entry BEGIN
        UPDATE audit_tally SET entries = entries - 1
         WHERE day = substr(OLD.at, 1, 10) AND actor = OLD.actor AND kind = OLD.kind AND ifnull(record_kind, '') = ifnull(OLD.record_kind, '');
      END;
      CREATE TRIGGER pw_audit_tally_update AFTER UPDATE OF at, actor, kind, record_kind ON audit_entry BEGIN
        UPDATE audit_tally SET entries = entries - 1
         WHERE day = substr(OLD.at, 1, 10) AND actor = OLD.actor AND kind = OLD.kind AND ifnull(record_kind, '') = ifnull(OLD.record_kind, '');
        INSERT INTO audit_tally (day, actor, kind, record_kind, entries) VALUES (substr(NEW.at, 1, 10), NEW.actor, NEW.kind, NEW.record_kind, 1)
          ON CONFLICT (day, actor, kind, ifnull(record_kind, '')) DO UPDATE SET entries = entries + 1;
      END;

      INSERT INTO audit_tally (day, actor, kind, record_kind, entries)
        SELECT substr(at, 1, 10), actor, kind, record_kind, count(*) FROM audit_entry GROUP BY 1, 2, 3, ifnull(record_kind, '');
    `);
  },
};
