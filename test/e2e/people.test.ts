import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { Inventory } from './pages/inventory';
import { callFromPage, createAsOfficer, PeopleSettings, unlockAs } from './pages/people';
import { UnlockScreen } from './pages/unlock-screen';
import { openRig, type RigSession } from './rig';

const ORGANISATION = 'Roles & Keys Ltd';
const OFFICER = { name: 'Olivia', passphrase: 'olivia keeps the register 1' };
const MANAGER = { name: 'Mia', passphrase: 'mia reads the dashboards 2' };
const STAFF = { name: 'Sam', passphrase: 'sam answers the requests 3' };

describe('people and roles in a real browser', () => {
  let s: RigSession;
  let shell: AppShell;
  let unlock: UnlockScreen;
  let people: PeopleSettings;
  const file = () => join(s.workspaceDir, 'workspace.pws');
  /** Unlocked, back in the section it was locked in. */
  const unlocked = () => s.page.getByRole('button', { name: 'Lock', exact: true }).waitFor();
  const relock = async () => {
    await shell.lock();
    await unlock.heading().waitFor();
  };

  beforeAll(async () => {
    s = await openRig();
    shell = new AppShell(s.page);
    unlock = new UnlockScreen(s.page);
    people = new PeopleSettings(s.page);
  });

  afterAll(async () => {
    expect(s?.foreignRequests).toEqual([]);
    expect(s?.pageErrors).toEqual([]);
    await s?.close();
  });

  it('creates a workspace whose first person is the privacy officer, who adds a manager and a staff member', async () => {
    await createAsOfficer(s.page, { organisation: ORGANISATION, officer: OFFICER.name, ...OFFICER });
    await shell.sectionHeading('Dashboard').waitFor();
    await shell.goTo('Settings');
    await people.add({ name: MANAGER.name, role: 'Manager', passphrase: MANAGER.passphrase });
    await people.add({ name: STAFF.name, role: 'Staff', passphrase: STAFF.passphrase });
    await s.screenshot('people-01-settings');
    await expect(people.table().getByRole('row').count()).resolves.toBe(4);
  });

  it('unlocks as the manager: no edit buttons, and a forced write is refused with the reason and changes nothing', async () => {
    await relock();
    await unlockAs(s.page, MANAGER.name, MANAGER.passphrase);
    await unlocked();
    await shell.goTo('Inventory');
    await new Inventory(s.page).openTab('Activities');
    await s.page.getByRole('button', { name: 'Columns' }).or(s.page.getByText('No activities yet.')).first().waitFor();
    await expect(s.page.getByRole('button', { name: 'New activity' }).count()).resolves.toBe(0);
    await shell.goTo('Requests');
    await s.page.getByRole('button', { name: 'Export CSV' }).or(s.page.getByRole('button', { name: /^Export/ })).first().waitFor();
    await expect(s.page.getByRole('button', { name: 'Log a request' }).count()).resolves.toBe(0);
    await shell.goTo('Settings');
    await expect(s.page.getByRole('heading', { name: 'People' }).count()).resolves.toBe(0);
    await s.screenshot('people-02-manager');

    const organisation = await callFromPage(s.page, 'inventory.organisation.get', {});
    const forced = await callFromPage(s.page, 'inventory.organisation.save', { ...(organisation.value as object), name: 'Taken Over Ltd' });
    expect(forced).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'A manager can read and report but not change the inventory, vendors or rules; ask the privacy officer.' },
    });
    const after = await callFromPage(s.page, 'inventory.organisation.get', {});
    expect((after.value as { name: string }).name).toBe(ORGANISATION);
  });

  it('unlocks as staff: logs a request, but may not change the inventory', async () => {
    await relock();
    await unlockAs(s.page, STAFF.name, STAFF.passphrase);
    await unlocked();
    const logged = await callFromPage(s.page, 'requests.create', {
      types: ['access'],
      channel: 'email',
      receivedAt: '2026-11-28T10:00:00Z',
      requester: { name: 'Eva Example', email: 'eva@example.com', residenceCountry: 'DE' },
    });
    expect(logged.error).toBeUndefined();
    expect(logged.ok).toBe(true);
    const refused = await callFromPage(s.page, 'inventory.activities.save', { name: 'Payroll', purposes: [{ purpose: 'Pay people' }] });
    expect(refused.error?.code).toBe('FORBIDDEN');
  });

  it('removes the staff member as the officer: the key is rotated and the staff member can no longer unlock', async () => {
    await relock();
    await unlockAs(s.page, OFFICER.name, OFFICER.passphrase);
    await unlocked();
    await shell.goTo('Settings');
    const headBefore = readFileSync(file()).subarray(0, 16);
    await people.remove(STAFF.name);
    expect(readFileSync(file()).subarray(0, 16).equals(headBefore)).toBe(false);
    await relock();
    await unlockAs(s.page, STAFF.name, STAFF.passphrase);
    await unlock.alert().waitFor();
    await expect(unlock.alert().textContent()).resolves.toMatch(/No one called “Sam”/);
    await unlockAs(s.page, MANAGER.name, MANAGER.passphrase);
    await unlocked();
  });
});
