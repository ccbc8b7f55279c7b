import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { AuditLog } from './pages/audit-log';
import { Inventory } from './pages/inventory';
import { WorkspacePicker } from './pages/workspace-picker';
import { openRig, type RigSession } from './rig';

const PASSPHRASE = 'lantern quarry orchid tundra 2026';
const ACTIVITY = 'Recruitment';
const RENAMED = 'Recruitment and onboarding';

describe('the audit log, in a real browser', () => {
  let s: RigSession;
  let shell: AppShell;
  let log: AuditLog;

  beforeAll(async () => {
    s = await openRig();
    shell = new AppShell(s.page);
    log = new AuditLog(s.page);
    const picker = new WorkspacePicker(s.page);
    await picker.heading().waitFor();
    await picker.create({ organisation: 'Kestrel Outdoor GmbH', passphrase: PASSPHRASE, sample: true });
    await shell.sectionHeading('Dashboard').waitFor();
    await shell.dismissNotifications();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('shows an edit of an activity with the fields it changed, before and after', async () => {
    await shell.goTo('Inventory');
    const inventory = new Inventory(s.page);
    const editor = await inventory.open(ACTIVITY);
    await editor.fill('Name', RENAMED);
    await editor.save();
    await shell.dismissNotifications();

    await shell.goTo('Audit log');
    const row = log.row(new RegExp(`^Entry \\d+: Changed Activity ${RENAMED}$`));
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('officer');
    const seq = Number((await row.getAttribute('aria-label'))!.match(/^Entry (\d+)/)![1]);
    await s.screenshot('audit-01-list');
    // Opened from the keyboard.
    await row.focus();
    await s.page.keyboard.press('Enter');
    const fields = log.changedFields(seq);
    await fields.waitFor();
    const nameRow = fields.getByRole('row', { name: /^name / });
    await expect(nameRow.textContent()).resolves.toBe(`name${ACTIVITY}${RENAMED}`);
    await s.screenshot('audit-02-entry-diff');

    // The record's own history: the sample import's entries and the edit, nothing else.
    await log.drawer(seq).getByRole('button', { name: "Show this record's history" }).click();
    await log.drawer(seq).waitFor({ state: 'detached' });
    await s.page.getByText('Record ', { exact: false }).first().waitFor();
    // The last rows stay until the filtered ones arrive: wait for the list to be only this record's.
    await expect.poll(async () => (await log.rowNames()).filter((name) => !/Activity Recruitment/.test(name))).toEqual([]);
    expect((await log.rowNames()).length).toBeGreaterThan(1);
  });

  it('verifies the chain and shows its head', async () => {
    await log.verify();
    const status = s.page.getByRole('status').filter({ hasText: 'The chain is whole' });
    await status.waitFor();
    await expect(status.textContent()).resolves.toMatch(/entries checked\. Head: entry \d+, sha256 [0-9a-f]{64}/);
    await s.screenshot('audit-03-verified');
  });

  it('finds entries by a piece of their values, case and accents aside, and says when none match', async () => {
    await log.search('ONBOÀRD');
    await log.row(new RegExp(`^Entry \\d+: Changed Activity ${RENAMED}$`)).waitFor();
    // Only entries holding the text: the sample import's entries of this record do not.
    await expect.poll(async () => (await log.rowNames()).filter((name) => !name.includes(RENAMED))).toEqual([]);
    await s.screenshot('audit-05-searched');
    await log.search('no entry holds this');
    await s.page.getByText('No entries match').waitFor();
    await log.search('');
    await log.row(new RegExp(`^Entry \\d+: Changed Activity ${RENAMED}$`)).waitFor();
  });

  it('exports the entries as a CSV file that holds the edit', async () => {
    const download = await log.exportCsv();
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toContain('Entry,When,Who,Kind');
    expect(text).toContain(RENAMED);
    expect(text).toContain('officer');
  });

  it('filters by kind: the export just made is listed', async () => {
    await s.page.getByRole('button', { name: 'Show every record' }).click();
    await log.filterKind('Exported');
    await log.row(/^Entry \d+: Exported Audit log$/).waitFor();
    await s.screenshot('audit-04-filtered');
  });

  it('made no request outside the rig and no page error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
