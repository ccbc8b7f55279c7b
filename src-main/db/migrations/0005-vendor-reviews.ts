import { DEFAULT_QUESTIONS } from '../../domain/vendors/questionnaire';
import type { Migration } from './types';

const DATE = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;

/**
 * The vendor register's own records beside each profile: transfer mechanisms per country,
 * sub-processors, certifications, the security questionnaire (questions as workspace
 * settings, answers per vendor), findings and the review history. Every row hangs off the
 * recipient, so deleting the recipient removes them all. Answers have no foreign key to the
 * questions on purpose: an answer outlives its question's removal from the questionnaire,
 * and comes back if the question does. Lists of countries and reasons are JSON arrays.
 */
export const m0005VendorReviews: Migration = {
  version: 5,
  name: 'vendor reviews',
  up(db) {
    db.exec(`
      CREATE TABLE vendor_transfer (
        recipient_id INTEGER NOT NULL REFERENCES recipient (id) ON DELETE CASCADE,
        country      TEXT NOT NULL CHECK (length(country) = 2),
        mechanism    TEXT NOT NULL CHECK (mechanism IN ('scc', 'bcr', 'adequacy', 'derogation', 'none')),
        scc_module   INTEGER CHECK (scc_module IS NULL OR (mechanism = 'scc' AND scc_module BETWEEN 1 AND 4)),
        tia_done     INTEGER NOT NULL DEFAULT 0 CHECK (tia_done IN (0, 1)),
        tia_on       TEXT CHECK (tia_on IS NULL OR (tia_done = 1 AND ${DATE('tia_on')})),
        document_ref TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (recipient_id, country)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE vendor_sub_processor (
        id               INTEGER PRIMARY KEY,
        recipient_id     INTEGER NOT NULL REFERENCES recipient (id) ON DELETE CASCADE,
        name             TEXT NOT NULL CHECK (name <> ''),
        sub_recipient_id INTEGER REFERENCES recipient (id) ON DELETE SET NULL CHECK (sub_recipient_id IS NULL OR sub_recipient_id <> recipient_id),
        service          TEXT NOT NULL DEFAULT '',
        countries        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(countries) AND json_type(countries) = 'array'),
        notified_on      TEXT CHECK (notified_on IS NULL OR ${DATE('notified_on')})
      ) STRICT;
      CREATE INDEX vendor_sub_processor_by_vendor ON vendor_sub_processor (recipient_id);
      CREATE INDEX vendor_sub_processor_by_sub ON vendor_sub_processor (sub_recipient_id);

      CREATE TABLE vendor_certification (
        id           INTEGER PRIMARY KEY,
        recipient_id INTEGER NOT NULL REFERENCES recipient (id) ON DELETE CASCADE,
        kind         TEXT NOT NULL CHECK (kind IN ('iso_27001', 'soc2_type2', 'iso_27701', 'pci_dss', 'other')),
        detail       TEXT NOT NULL DEFAULT '' CHECK (kind <> 'other' OR detail <> ''),
        expires_on   TEXT CHECK (expires_on IS NULL OR ${DATE('expires_on')}),
        reference    TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX vendor_certification_by_vendor ON vendor_certification (recipient_id, expires_on);

      CREATE TABLE vendor_question (
        id       TEXT PRIMARY KEY CHECK (id GLOB '[a-z]*' AND id NOT GLOB '*[^a-z0-9_]*'),
        text     TEXT NOT NULL CHECK (text <> ''),
        weight   INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 10),
        position INTEGER NOT NULL UNIQUE
      ) STRICT;

      CREATE TABLE vendor_answer (
        recipient_id INTEGER NOT NULL REFERENCES recipient (id) ON DELETE CASCADE,
        question_id  TEXT NOT NULL,
        value        TEXT NOT NULL CHECK (value IN ('yes', 'partly', 'no', 'not_applicable')),
        evidence     TEXT NOT NULL DEFAULT '',
        answered_at  TEXT NOT NULL,
        PRIMARY KEY (recipient_id, question_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE vendor_finding (
        id           INTEGER PRIMARY KEY,
        recipient_id INTEGER NOT NULL REFERENCES recipient (id) ON DELETE CASCADE,
        title        TEXT NOT NULL CHECK (title <> ''),
        severity     TEXT NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low')),
        owner        TEXT NOT NULL DEFAULT '',
        due_on       TEXT CHECK (due_on IS NULL OR ${DATE('due_on')}),
        status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        closed_on    TEXT CHECK ((status = 'open' AND closed_on IS NULL) OR (status = 'closed' AND closed_on IS NOT NULL AND ${DATE('closed_on')})),
        notes        TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX vendor_finding_by_vendor ON vendor_finding (recipient_id, status, severity);

      CREATE TABLE vendor_review (
        id           INTEGER PRIMARY KEY,
        recipient_id INTEGER NOT NULL REFERENCES recipient (id) ON DELETE CASCADE,
        reviewed_on  TEXT NOT NULL CHECK (${DATE('reviewed_on')}),
        decision     TEXT NOT NULL CHECK (decision IN ('approved', 'approved_with_conditions', 'rejected')),
        conditions   TEXT NOT NULL DEFAULT '' CHECK (decision = 'approved' OR conditions <> ''),
        reviewer     TEXT NOT NULL DEFAULT '',
        tier         TEXT NOT NULL CHECK (tier IN ('high', 'medium', 'low')),
        points       INTEGER NOT NULL CHECK (points >= 0),
        score        INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),
        reasons      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons) AND json_type(reasons) = 'array'),
        recorded_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX vendor_review_by_vendor ON vendor_review (recipient_id, reviewed_on);
    `);
    const insert = db.prepare('INSERT INTO vendor_question (id, text, weight, position) VALUES (?, ?, ?, ?)');
    DEFAULT_QUESTIONS.forEach((question, position) => insert.run(question.id, question.text, question.weight, position));
  },
};
