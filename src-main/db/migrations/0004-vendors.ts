import type { Migration } from './types';

/**
 * The vendor register: a profile kept 1:1 beside a recipient of the inventory.
 * What the vendor receives is never stored here: it is derived from the
 * inventory's activities, transfers and systems on every read.
 * `services` is a JSON array of service kinds (domain/vendors/vocabulary.ts).
 */
export const m0004Vendors: Migration = {
  version: 4,
  name: 'vendors',
  up(db) {
    db.exec(`
      CREATE TABLE vendor_profile (
        id                 INTEGER PRIMARY KEY,
        recipient_id       INTEGER NOT NULL UNIQUE REFERENCES recipient (id) ON DELETE CASCADE,
        role               TEXT NOT NULL DEFAULT 'processor' CHECK (role IN ('processor', 'sub_processor', 'independent_controller', 'joint_controller')),
        services           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(services) AND json_type(services) = 'array'),
        contact            TEXT NOT NULL DEFAULT '',
        privacy_contact    TEXT NOT NULL DEFAULT '',
        website            TEXT NOT NULL DEFAULT '',
        dpa_status         TEXT NOT NULL DEFAULT 'none' CHECK (dpa_status IN ('none', 'requested', 'under_negotiation', 'signed')),
        dpa_signed_on      TEXT CHECK (dpa_signed_on IS NULL OR dpa_signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        dpa_reference      TEXT NOT NULL DEFAULT '',
        contract_start     TEXT CHECK (contract_start IS NULL OR contract_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        contract_end       TEXT CHECK (contract_end IS NULL OR contract_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        notice_period_days INTEGER CHECK (notice_period_days IS NULL OR notice_period_days >= 0),
        volume_band        TEXT NOT NULL DEFAULT 'under_1k' CHECK (volume_band IN ('under_1k', 'from_1k', 'from_100k', 'from_1m')),
        incidents_24m      INTEGER NOT NULL DEFAULT 0 CHECK (incidents_24m >= 0),
        last_reviewed_on   TEXT CHECK (last_reviewed_on IS NULL OR last_reviewed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
    `);
  },
};
