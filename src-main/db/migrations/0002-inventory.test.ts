import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { FIDES_CATEGORIES, FIDES_SUBJECTS } from '../../domain/taxonomy';
import { searchInventory } from '../inventory/search-index';
import { deriveKey, SALT_BYTES } from '../key-derivation';
import { openCipher } from '../sqlite';
import { APPLICATION_ID, closeWorkspaceFile, unlockWorkspaceFile } from '../workspace-file';
import { MIGRATIONS, migrate } from '.';

const PASS = 'correct horse battery staple';
const tempDir = useTempDir();

describe('migration 0002: the inventory', () => {
  it('upgrades a version-1 workspace: the organisation stays, the Fides taxonomy arrives seeded, marked and searchable', async () => {
    const path = join(tempDir(), 'v1.pws');
    const salt = randomBytes(SALT_BYTES);
    const key = await deriveKey(PASS, salt);
    const old = openCipher(path, key, { create: true, saltHex: salt.toString('hex') });
    old.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(old, MIGRATIONS.slice(0, 1));
    old.prepare("INSERT INTO organisation (id, name, created_at, updated_at) VALUES (1, 'Old Org', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')").run();
    old.close();

    const ws = await unlockWorkspaceFile(path, PASS, new Date('2026-11-29T10:00:00Z'));
    try {
      const { db } = ws;
      expect(ws.migrationBackup).toBeDefined();
      expect(db.prepare('SELECT name, time_zone AS timeZone, jurisdictions FROM organisation').get()).toEqual({ name: 'Old Org', timeZone: 'UTC', jurisdictions: '[]' });

      const categories = db.prepare('SELECT key, parent_key AS parentKey, special, criminal, sensitive, origin FROM data_category ORDER BY id').all() as {
        key: string;
        parentKey: string | null;
        special: number;
        criminal: number;
        sensitive: number;
        origin: string;
      }[];
      expect(categories.map((c) => c.key)).toEqual(FIDES_CATEGORIES.map((c) => c.key));
      expect(categories.every((c) => c.origin === 'fideslang')).toBe(true);
      expect(categories.filter((c) => c.special === 1).map((c) => c.key)).toEqual(FIDES_CATEGORIES.filter((c) => c.special).map((c) => c.key));
      expect(categories.filter((c) => c.sensitive === 1)).toHaveLength(FIDES_CATEGORIES.filter((c) => c.sensitive).length);
      expect(db.prepare('SELECT count(*) AS n FROM data_subject').get()).toEqual({ n: FIDES_SUBJECTS.length });
      expect(db.pragma('foreign_key_check')).toEqual([]);

      expect(searchInventory(db, 'medical', 10).map((h) => h.title)).toContain('Health and Medical Data');
      expect(searchInventory(db, 'employee', 10)).toContainEqual(expect.objectContaining({ kind: 'subject', title: 'Employee' }));
      const stamp = db.prepare('SELECT created_at AS createdAt FROM data_subject LIMIT 1').get() as { createdAt: string };
      expect(stamp.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    } finally {
      closeWorkspaceFile(ws);
    }
  });
});
