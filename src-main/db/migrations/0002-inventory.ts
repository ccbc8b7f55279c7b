import { FIDES_CATEGORIES, FIDES_SUBJECTS } from '../../domain/taxonomy';
import { searchBody, searchRowId } from '../inventory/search-index';
import type { Db } from '../sqlite';
import type { Migration } from './types';

/**
 * The data inventory: what personal data, about whom, why and on which legal
 * basis, where it is kept and sent, for how long, and the cookies it sets.
 * Lists of countries are JSON arrays of ISO 3166-1 alpha-2 codes.
 */
export const m0002Inventory: Migration = {
  version: 2,
  name: 'inventory',
  up(db) {
    db.exec(`
      ALTER TABLE organisation ADD COLUMN address TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisation ADD COLUMN email TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisation ADD COLUMN phone TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisation ADD COLUMN website TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisation ADD COLUMN joint_controllers TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisation ADD COLUMN representative TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisation ADD COLUMN dpo_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisation ADD COLUMN dpo_contact TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisation ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
      ALTER TABLE organisation ADD COLUMN jurisdictions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(jurisdictions));

      CREATE TABLE data_category (
        id             INTEGER PRIMARY KEY,
        key            TEXT NOT NULL UNIQUE,
        parent_key     TEXT REFERENCES data_category (key) ON UPDATE CASCADE,
        name           TEXT NOT NULL,
        description    TEXT NOT NULL DEFAULT '',
        origin         TEXT NOT NULL CHECK (origin IN ('fideslang', 'custom')),
        special        INTEGER NOT NULL DEFAULT 0 CHECK (special IN (0, 1)),
        criminal       INTEGER NOT NULL DEFAULT 0 CHECK (criminal IN (0, 1)),
        sensitive      INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
        archived_at    TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX data_category_parent ON data_category (parent_key);

      CREATE TABLE data_subject (
        id          INTEGER PRIMARY KEY,
        key         TEXT NOT NULL UNIQUE,
        name        TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        origin      TEXT NOT NULL CHECK (origin IN ('fideslang', 'custom')),
        archived_at TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE recipient (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('processor', 'controller', 'joint_controller', 'authority', 'advertising_partner', 'merger_buyer', 'group_company', 'other')),
        countries   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(countries)),
        description TEXT NOT NULL DEFAULT '',
        archived_at TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX recipient_name ON recipient (name COLLATE NOCASE);

      CREATE TABLE system (
        id                INTEGER PRIMARY KEY,
        name              TEXT NOT NULL,
        kind              TEXT NOT NULL CHECK (kind IN ('application', 'database', 'saas', 'paper', 'other')),
        owner             TEXT NOT NULL DEFAULT '',
        description       TEXT NOT NULL DEFAULT '',
        hosting_countries TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(hosting_countries)),
        processor_id      INTEGER REFERENCES recipient (id) ON DELETE SET NULL,
        security_measures TEXT NOT NULL DEFAULT '',
        archived_at       TEXT,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX system_name ON system (name COLLATE NOCASE);
      CREATE INDEX system_processor ON system (processor_id);

      CREATE TABLE activity (
        id                  INTEGER PRIMARY KEY,
        name                TEXT NOT NULL,
        description         TEXT NOT NULL DEFAULT '',
        owner               TEXT NOT NULL DEFAULT '',
        status              TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'retired')),
        role                TEXT NOT NULL DEFAULT 'controller' CHECK (role IN ('controller', 'joint_controller', 'processor')),
        controller_for      TEXT NOT NULL DEFAULT '',
        sources             TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sources)),
        source_detail       TEXT NOT NULL DEFAULT '',
        special_condition   TEXT CHECK (special_condition IS NULL OR special_condition IN ('explicit_consent', 'employment', 'vital_interests', 'not_for_profit', 'made_public', 'legal_claims', 'substantial_public_interest', 'health_care', 'public_health', 'archiving_research')),
        retention_period    INTEGER CHECK (retention_period IS NULL OR retention_period > 0),
        retention_unit      TEXT CHECK (retention_unit IS NULL OR retention_unit IN ('days', 'months', 'years')),
        retention_trigger   TEXT NOT NULL DEFAULT '',
        retention_deletion  TEXT NOT NULL DEFAULT '',
        security_measures   TEXT NOT NULL DEFAULT '',
        sold                INTEGER NOT NULL DEFAULT 0 CHECK (sold IN (0, 1)),
        shared_for_ads      INTEGER NOT NULL DEFAULT 0 CHECK (shared_for_ads IN (0, 1)),
        dpia                TEXT NOT NULL DEFAULT 'not_assessed' CHECK (dpia IN ('not_assessed', 'required', 'not_required', 'done')),
        dpia_reason         TEXT NOT NULL DEFAULT '',
        no_recipients       INTEGER NOT NULL DEFAULT 0 CHECK (no_recipients IN (0, 1)),
        last_reviewed_on    TEXT,
        archived_at         TEXT,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX activity_name ON activity (name COLLATE NOCASE);
      CREATE INDEX activity_status ON activity (status, name COLLATE NOCASE);
      CREATE INDEX activity_updated ON activity (updated_at);

      CREATE TABLE activity_purpose (
        id                  INTEGER PRIMARY KEY,
        activity_id         INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        position            INTEGER NOT NULL,
        purpose             TEXT NOT NULL,
        data_use            TEXT,
        legal_basis         TEXT CHECK (legal_basis IS NULL OR legal_basis IN ('consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests')),
        legitimate_interest TEXT NOT NULL DEFAULT '',
        UNIQUE (activity_id, position)
      ) STRICT;

      CREATE TABLE activity_category (
        activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        category_id INTEGER NOT NULL REFERENCES data_category (id) ON DELETE CASCADE,
        PRIMARY KEY (activity_id, category_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX activity_category_by_category ON activity_category (category_id);

      CREATE TABLE activity_subject (
        activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        subject_id  INTEGER NOT NULL REFERENCES data_subject (id) ON DELETE CASCADE,
        PRIMARY KEY (activity_id, subject_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX activity_subject_by_subject ON activity_subject (subject_id);

      CREATE TABLE activity_system (
        activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        system_id   INTEGER NOT NULL REFERENCES system (id) ON DELETE CASCADE,
        PRIMARY KEY (activity_id, system_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX activity_system_by_system ON activity_system (system_id);

      CREATE TABLE activity_recipient (
        activity_id  INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        recipient_id INTEGER NOT NULL REFERENCES recipient (id) ON DELETE CASCADE,
        PRIMARY KEY (activity_id, recipient_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX activity_recipient_by_recipient ON activity_recipient (recipient_id);

      CREATE TABLE activity_transfer (
        id            INTEGER PRIMARY KEY,
        activity_id   INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        recipient_id  INTEGER REFERENCES recipient (id) ON DELETE SET NULL,
        country       TEXT NOT NULL CHECK (length(country) = 2),
        mechanism     TEXT CHECK (mechanism IS NULL OR mechanism IN ('adequacy', 'scc', 'bcr', 'derogation', 'other')),
        documentation TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX activity_transfer_by_activity ON activity_transfer (activity_id);
      CREATE INDEX activity_transfer_by_recipient ON activity_transfer (recipient_id);

      CREATE TABLE cookie (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        provider    TEXT NOT NULL DEFAULT '',
        party       TEXT NOT NULL CHECK (party IN ('first', 'third')),
        category    TEXT NOT NULL CHECK (category IN ('strictly_necessary', 'performance', 'functionality', 'advertising')),
        duration    TEXT NOT NULL DEFAULT '',
        purpose     TEXT NOT NULL DEFAULT '',
        activity_id INTEGER REFERENCES activity (id) ON DELETE SET NULL,
        archived_at TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX cookie_activity ON cookie (activity_id);

      CREATE TABLE communication (
        id           INTEGER PRIMARY KEY,
        name         TEXT NOT NULL,
        channel      TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'phone', 'post', 'push', 'in_app')),
        kind         TEXT NOT NULL CHECK (kind IN ('marketing', 'service')),
        description  TEXT NOT NULL DEFAULT '',
        opt_out      TEXT NOT NULL DEFAULT '',
        activity_id  INTEGER REFERENCES activity (id) ON DELETE SET NULL,
        archived_at  TEXT,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX communication_activity ON communication (activity_id);

      -- Full-text search over the whole inventory; the services keep it in step in the same transaction as each write.
      -- A record's row has rowid = record_id * 8 + a code per kind (db/inventory/search-index.ts), so it is replaced by rowid.
      CREATE VIRTUAL TABLE inventory_search USING fts5 (
        kind UNINDEXED,
        record_id UNINDEXED,
        title,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
    seedTaxonomy(db);
  },
};

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/** The Fides data categories (parents first, with their GDPR and CCPA marks) and data subjects, searchable from the start. */
function seedTaxonomy(db: Db): void {
  const category = db.prepare(
    `INSERT INTO data_category (key, parent_key, name, description, origin, special, criminal, sensitive, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'fideslang', ?, ?, ?, ${NOW}, ${NOW})`,
  );
  for (const c of FIDES_CATEGORIES) {
    category.run(c.key, c.parentKey, c.name, c.description, c.special ? 1 : 0, c.criminal ? 1 : 0, c.sensitive ? 1 : 0);
  }
  const subject = db.prepare(
    `INSERT INTO data_subject (key, name, description, origin, created_at, updated_at) VALUES (?, ?, ?, 'fideslang', ${NOW}, ${NOW})`,
  );
  for (const s of FIDES_SUBJECTS) subject.run(s.key, s.name, s.description);

  const index = db.prepare('INSERT INTO inventory_search (rowid, kind, record_id, title, body) VALUES (?, ?, CAST(? AS INTEGER), ?, ?)');
  for (const [kind, table] of [
    ['category', 'data_category'],
    ['subject', 'data_subject'],
  ] as const) {
    const rows = db.prepare(`SELECT id, key, name, description FROM ${table}`).all() as { id: number; key: string; name: string; description: string }[];
    for (const r of rows) index.run(searchRowId(kind, r.id), kind, r.id, r.name, searchBody([r.key, r.description]));
  }
}
