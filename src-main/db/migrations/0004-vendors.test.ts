import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { deriveKey, SALT_BYTES } from '../key-derivation';
import { openCipher } from '../sqlite';
import { APPLICATION_ID, closeWorkspaceFile, unlockWorkspaceFile } from '../workspace-file';
import { MIGRATIONS, migrate } from '.';

const PASS = 'correct horse battery staple';
const tempDir = useTempDir();
const NOW = '2026-01-01T00:00:00.000Z';

describe('migration 0004: vendor profiles', () => {
  it('upgrades a version-3 workspace; one profile per recipient, gone with its recipient', async () => {
    const path = join(tempDir(), 'v3.pws');
    const salt = randomBytes(SALT_BYTES);
    const key = await deriveKey(PASS, salt);
    const old = openCipher(path, key, { create: true, saltHex: salt.toString('hex') });
    old.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(old, MIGRATIONS.slice(0, 3));
    old.prepare(`INSERT INTO organisation (id, name, created_at, updated_at) VALUES (1, 'Old Org', '${NOW}', '${NOW}')`).run();
    old.prepare(`INSERT INTO recipient (id, name, kind, created_at, updated_at) VALUES (7, 'Hosting Co', 'processor', '${NOW}', '${NOW}')`).run();
    old.close();

    const ws = await unlockWorkspaceFile(path, PASS, new Date('2026-11-29T10:00:00Z'));
    try {
      const { db } = ws;
      expect(ws.migrationBackup).toBeDefined();
      const insert = db.prepare(`INSERT INTO vendor_profile (recipient_id, services, created_at, updated_at) VALUES (?, '["hosting"]', '${NOW}', '${NOW}')`);
      insert.run(7);
      expect(() => insert.run(7)).toThrow(/UNIQUE/);
      expect(() => insert.run(999)).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare(`UPDATE vendor_profile SET dpa_status = 'maybe' WHERE recipient_id = 7`).run()).toThrow(/CHECK/);
      expect(db.prepare('SELECT role, dpa_status AS dpaStatus, volume_band AS volumeBand, incidents_24m AS incidents FROM vendor_profile').get()).toEqual({
        role: 'processor',
        dpaStatus: 'none',
        volumeBand: 'under_1k',
        incidents: 0,
      });
      db.prepare('DELETE FROM recipient WHERE id = 7').run();
      expect(db.prepare('SELECT count(*) AS n FROM vendor_profile').get()).toEqual({ n: 0 });
    } finally {
      closeWorkspaceFile(ws);
    }
  });
});
