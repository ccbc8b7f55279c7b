import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { DEFAULT_QUESTIONS } from '../../domain/vendors/questionnaire';
import { deriveKey, SALT_BYTES } from '../key-derivation';
import { openCipher } from '../sqlite';
import { APPLICATION_ID, closeWorkspaceFile, unlockWorkspaceFile } from '../workspace-file';
import { MIGRATIONS, migrate } from '.';

const PASS = 'correct horse battery staple';
const tempDir = useTempDir();
const NOW = '2026-01-01T00:00:00.000Z';

describe('migration 0005: vendor reviews', () => {
  it('upgrades a version-4 workspace: default questions seeded, rows checked, gone with their recipient', async () => {
    const path = join(tempDir(), 'v4.pws');
    const salt = randomBytes(SALT_BYTES);
    const old = openCipher(path, await deriveKey(PASS, salt), { create: true, saltHex: salt.toString('hex') });
    old.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(old, MIGRATIONS.slice(0, 4));
    old.prepare(`INSERT INTO organisation (id, name, created_at, updated_at) VALUES (1, 'Old Org', '${NOW}', '${NOW}')`).run();
    for (const [id, name] of [
      [7, 'Hosting Co'],
      [8, 'Backup Co'],
    ] as const) {
      old.prepare(`INSERT INTO recipient (id, name, kind, created_at, updated_at) VALUES (?, ?, 'processor', '${NOW}', '${NOW}')`).run(id, name);
    }
    old.prepare(`INSERT INTO vendor_profile (recipient_id, created_at, updated_at) VALUES (7, '${NOW}', '${NOW}')`).run();
    old.close();

    const ws = await unlockWorkspaceFile(path, PASS, new Date('2026-11-29T10:00:00Z'));
    try {
      const { db } = ws;
      expect(ws.migrationBackup).toBeDefined();
      expect(db.prepare('SELECT id, text, weight FROM vendor_question ORDER BY position').all()).toEqual(DEFAULT_QUESTIONS);
      const run = (sql: string) => () => db.prepare(sql).run();

      run(`INSERT INTO vendor_transfer (recipient_id, country, mechanism, scc_module, tia_done, tia_on) VALUES (7, 'US', 'scc', 2, 1, '2026-01-01')`)();
      expect(run(`INSERT INTO vendor_transfer (recipient_id, country, mechanism) VALUES (7, 'US', 'bcr')`)).toThrow(/UNIQUE|PRIMARY KEY/);
      expect(run(`INSERT INTO vendor_transfer (recipient_id, country, mechanism, scc_module) VALUES (7, 'IN', 'bcr', 2)`)).toThrow(/CHECK/);
      expect(run(`INSERT INTO vendor_transfer (recipient_id, country, mechanism, tia_on) VALUES (7, 'IN', 'bcr', '2026-01-01')`)).toThrow(/CHECK/);
      expect(run(`INSERT INTO vendor_transfer (recipient_id, country, mechanism) VALUES (999, 'IN', 'bcr')`)).toThrow(/FOREIGN KEY/);

      run(`INSERT INTO vendor_sub_processor (recipient_id, name, sub_recipient_id, countries) VALUES (7, 'Backup Co', 8, '["DE"]')`)();
      expect(run(`INSERT INTO vendor_sub_processor (recipient_id, name, sub_recipient_id) VALUES (7, 'Itself', 7)`)).toThrow(/CHECK/);
      expect(run(`INSERT INTO vendor_sub_processor (recipient_id, name, countries) VALUES (7, 'X', '{}')`)).toThrow(/CHECK/);

      run(`INSERT INTO vendor_certification (recipient_id, kind, expires_on) VALUES (7, 'iso_27001', '2027-01-01')`)();
      expect(run(`INSERT INTO vendor_certification (recipient_id, kind) VALUES (7, 'other')`)).toThrow(/CHECK/);

      expect(run(`INSERT INTO vendor_question (id, text, weight, position) VALUES ('Bad Code', 'Q?', 1, 99)`)).toThrow(/CHECK/);
      // An answer may name a question no longer in the questionnaire: no foreign key on purpose.
      run(`INSERT INTO vendor_answer (recipient_id, question_id, value, answered_at) VALUES (7, 'retired_question', 'yes', '${NOW}')`)();
      expect(run(`INSERT INTO vendor_answer (recipient_id, question_id, value, answered_at) VALUES (7, 'mfa', 'maybe', '${NOW}')`)).toThrow(/CHECK/);

      run(`INSERT INTO vendor_finding (recipient_id, title, severity, created_at, updated_at) VALUES (7, 'No MFA', 'high', '${NOW}', '${NOW}')`)();
      expect(
        run(`INSERT INTO vendor_finding (recipient_id, title, severity, status, created_at, updated_at) VALUES (7, 'Closed undated', 'low', 'closed', '${NOW}', '${NOW}')`),
      ).toThrow(/CHECK/);
      expect(
        run(`INSERT INTO vendor_finding (recipient_id, title, severity, closed_on, created_at, updated_at) VALUES (7, 'Open dated', 'low', '2026-01-01', '${NOW}', '${NOW}')`),
      ).toThrow(/CHECK/);

      run(`INSERT INTO vendor_review (recipient_id, reviewed_on, decision, tier, points, recorded_at) VALUES (7, '2026-01-01', 'approved', 'low', 0, '${NOW}')`)();
      expect(
        run(`INSERT INTO vendor_review (recipient_id, reviewed_on, decision, tier, points, recorded_at) VALUES (7, '2026-01-01', 'rejected', 'low', 0, '${NOW}')`),
      ).toThrow(/CHECK/);

      db.prepare('DELETE FROM recipient WHERE id = 8').run();
      expect(db.prepare('SELECT name, sub_recipient_id AS sub FROM vendor_sub_processor').all()).toEqual([{ name: 'Backup Co', sub: null }]);
      db.prepare('DELETE FROM recipient WHERE id = 7').run();
      for (const table of ['vendor_profile', 'vendor_transfer', 'vendor_sub_processor', 'vendor_certification', 'vendor_answer', 'vendor_finding', 'vendor_review']) {
        expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
      }
      expect(db.prepare('SELECT count(*) AS n FROM vendor_question').get()).toEqual({ n: DEFAULT_QUESTIONS.length });
    } finally {
      closeWorkspaceFile(ws);
    }
  });
});
