import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawBytes, sha256 } from '../helpers/files';
import { AppShell, SECTIONS } from './pages/app-shell';
import { UnlockScreen } from './pages/unlock-screen';
import { WorkspacePicker } from './pages/workspace-picker';
import { openRig, type RigSession } from './rig';

const ORGANISATION = 'Zoë Ñúñez Trading GmbH';
const PASSPHRASE = 'river otter canyon lantern 2026';

describe('foundation in a real browser', () => {
  let s: RigSession;
  let picker: WorkspacePicker;
  let unlock: UnlockScreen;
  let shell: AppShell;

  beforeAll(async () => {
    s = await openRig();
    picker = new WorkspacePicker(s.page);
    unlock = new UnlockScreen(s.page);
    shell = new AppShell(s.page);
  });

  afterAll(async () => {
    await s?.close();
  });

  it('creates an encrypted workspace from the picker', async () => {
    await picker.heading().waitFor();
    await s.screenshot('01-picker');
    await picker.create({ organisation: ORGANISATION, passphrase: PASSPHRASE });
    await shell.sectionHeading('Dashboard').waitFor();
    await expect(s.page.getByText(ORGANISATION).first().isVisible()).resolves.toBe(true);
    const files = readdirSync(s.workspaceDir);
    expect(files).toContain('workspace.pws');
    expect(rawBytes(join(s.workspaceDir, 'workspace.pws')).includes(Buffer.from('Trading GmbH'))).toBe(false);
    await s.screenshot('02-dashboard');
  });

  it('visits every section, by the sidebar and by keyboard', async () => {
    for (const section of SECTIONS) {
      await shell.goTo(section);
      expect(s.page.url()).toContain(`#/${section.toLowerCase().replace(' ', '-')}`);
      await s.screenshot(`03-section-${section.toLowerCase().replace(' ', '-')}`);
    }
    await s.page.keyboard.press('Control+4');
    await shell.sectionHeading('Processors').waitFor();
    await s.page.keyboard.press('Control+2');
    await shell.sectionHeading('Inventory').waitFor();
  });

  it('locks, refuses a wrong passphrase without touching the file, and unlocks with the right one', async () => {
    await shell.lock();
    await unlock.heading().waitFor();
    const path = join(s.workspaceDir, 'workspace.pws');
    const before = sha256(path);
    await unlock.unlock('this is not the passphrase');
    await unlock.alert().waitFor();
    await expect(unlock.alert().textContent()).resolves.toMatch(/does not open this workspace/);
    await s.screenshot('04-wrong-passphrase');
    expect(sha256(path)).toBe(before);
    await unlock.unlock(PASSPHRASE);
    await shell.sectionHeading('Inventory').or(shell.sectionHeading('Dashboard')).waitFor();
  });

  it('shows a locked workspace in the recent list after a reload, and reopens it from there', async () => {
    await shell.lock();
    await s.page.reload();
    await picker.heading().waitFor();
    await picker.recentEntry(ORGANISATION).click();
    await unlock.heading().waitFor();
    await unlock.unlock(PASSPHRASE);
    await shell.sectionHeading('Dashboard').or(shell.sectionHeading('Inventory')).waitFor();
  });

  it('validates at the field and creates nothing for a short passphrase', async () => {
    await shell.lock();
    await s.page.reload();
    await picker.heading().waitFor();
    await picker.create({ organisation: 'Short Pass Ltd', passphrase: 'too short', path: join(s.workspaceDir, 'short.pws') });
    await s.page.getByText('Use at least 12 characters.').first().waitFor();
    expect(readdirSync(s.workspaceDir)).not.toContain('short.pws');
  });

  it('made no request beyond the local service and raised no page error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
