import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { BackupsSettings } from './pages/backups';
import { Inventory } from './pages/inventory';
import { WorkspacePicker } from './pages/workspace-picker';
import { openRig, type RigSession, SCREENSHOT_DIR } from './rig';

const PASSPHRASE = 'lantern orchard pebble meadow 2026';
const BEFORE = 'Ledger kept in the backup';
const AFTER = 'Ledger added after the backup';

describe('the officer backs up the workspace and restores it', () => {
  let s: RigSession;
  let shell: AppShell;
  let inventory: Inventory;
  let backups: BackupsSettings;

  async function addSystem(name: string): Promise<void> {
    await shell.goTo('Inventory');
    await inventory.openTab('Systems');
    const editor = await inventory.create('New system');
    await editor.fill('Name', name);
    await editor.save();
    await inventory.row(name).waitFor();
  }

  /** The part that matters, large enough to read: the Settings page is long. */
  const shot = (part: Locator, name: string) => part.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });

  beforeAll(async () => {
    s = await openRig();
    shell = new AppShell(s.page);
    inventory = new Inventory(s.page);
    backups = new BackupsSettings(s.page);
    const picker = new WorkspacePicker(s.page);
    await picker.heading().waitFor();
    await picker.create({ organisation: 'Harbour Lane Outfitters', passphrase: PASSPHRASE, path: join(s.workspaceDir, 'harbour.pws') });
    await shell.sectionHeading('Dashboard').waitFor();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('backs up now and lists the backup', async () => {
    await addSystem(BEFORE);
    await shell.goTo('Settings');
    await backups.group().getByText('automatic backups are off').waitFor();
    await backups.backUpNow();
    await expect(backups.rows().first().textContent()).resolves.toMatch(/Manual.*harbour-\d{8}-\d{6}\.pws/);
    expect(readdirSync(join(s.workspaceDir, 'Backups')).sort()).toEqual([expect.stringMatching(/\.pws$/), expect.stringMatching(/\.pws\.keys$/)]);
    await shell.dismissNotifications();
    await shot(backups.group(), 'backups-01-listed');
  });

  it('refuses a wrong passphrase in the dialog and changes nothing', async () => {
    const dialog = await backups.restore(0, 'not the right passphrase');
    await dialog.getByText('Wrong passphrase.', { exact: true }).waitFor();
    await shot(dialog, 'backups-02-wrong-passphrase');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('restores the backup: the later change is gone, the replaced workspace is kept', async () => {
    await addSystem(AFTER);
    await shell.goTo('Settings');
    await backups.restore(0, PASSPHRASE);
    await backups.done().waitFor();
    const kept = (await backups.done().textContent()) ?? '';
    const previous = /(\S+\.before-restore-\d{8}-\d{6}\.pws)/.exec(kept)?.[1] ?? '';
    expect(previous).toContain(join(s.workspaceDir, 'harbour.pws.before-restore-'));
    expect(existsSync(previous)).toBe(true);
    await shot(backups.done(), 'backups-03-restored');
    await backups.done().getByRole('button', { name: 'Show the restored workspace' }).click();
    await shell.sectionHeading('Settings').waitFor();
    await shell.goTo('Inventory');
    await inventory.openTab('Systems');
    await inventory.row(BEFORE).waitFor();
    expect(await inventory.row(AFTER).count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
