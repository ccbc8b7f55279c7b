import type { Migration } from './types';

/**
 * The audit log's text search, indexed. The list's search is a substring of the entry's folded
 * label, actor, before or after, tested entry by entry: a tenth of a second for a year of a large
 * log, half a second for the whole log. `audit_search` holds which trigrams each entry's four folded
 * fields hold, rowid = seq: the test then reads only the entries holding all of a text's trigrams
 * (db/audit/search.ts). Folded with pw_fold, the search's own folding, and case_sensitive so the
 * tokenizer does not fold again its own way. Contentless, the text is the log's; detail = none, no
 * positions, as the test reads the candidates anyway: a tenth of the size of the positions (on
 * 50,000 entries 24 MiB instead of 231, the log itself 98).
 *
 * Triggers on audit_entry keep it in the same statement as the entry, hence the same transaction,
 * also if the append-only guards were dropped and rows changed or removed, like audit_tally: the index
 * can never miss an entry of the log. They are on the log itself, so installAuditTriggers leaves them.
 */
export const m0010AuditSearch: Migration = {
  version: 10,
  name: 'audit search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE audit_search USING fts5 (
        label, actor, before, after,
        content = '', contentless_delete = 1, detail = none, tokenize = 'trigram case_sensitive 1'
      );

      CREATE TRIGGER pw_audit_search_insert AFTER INSERT ON audit_entry BEGIN
        INSERT INTO audit_search (rowid, label, actor, before, after)
          VALUES (NEW.seq, pw_fold(NEW.label), pw_fold(NEW.actor), pw_fold(NEW.before), pw_fold(NEW.after));
      END;
      CREATE TRIGGER pw_audit_search_delete AFTER DELETE ON audit_entry BEGIN
        DELETE FROM audit_search WHERE rowid = OLD.seq;
      END;
      CREATE TRIGGER pw_audit_search_update AFTER UPDATE OF seq, label, actor, before, after ON audit_entry BEGIN
        DELETE FROM audit_search WHERE rowid = OLD.seq;
        INSERT INTO audit_search (rowid, label, actor, before, after)
          VALUES (NEW.seq, pw_fold(NEW.label), pw_fold(NEW.actor), pw_fold(NEW.before), pw_fold(NEW.after));
      END;

      INSERT INTO audit_search (rowid, label, actor, before, after)
        SELECT seq, pw_fold(label), pw_fold(actor), pw_fold(before), pw_fold(after) FROM audit_entry;
      INSERT INTO audit_search (audit_search) VALUES ('optimize');
    `);
  },
};
