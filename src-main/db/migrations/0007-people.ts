import { installAuditTriggers } from '../audit/triggers';
import type { Migration } from './types';

/**
 * The people who may unlock the workspace and their roles. The key material is in the key file
 * beside the workspace; the role and the public key are here, inside the encryption, so editing
 * the plaintext key file cannot give anyone another role or another person's name.
 */
export const m0007People: Migration = {
  version: 7,
  name: 'people',
  up(db) {
    db.exec(`
      CREATE TABLE person (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role       TEXT NOT NULL CHECK (role IN ('privacy_officer', 'staff', 'manager')),
        public_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
    installAuditTriggers(db);
  },
};
