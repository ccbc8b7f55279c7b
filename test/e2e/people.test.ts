import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { DeadlineSettings } from './pages/deadline-settings';
import { Inventory } from './pages/inventory';
import { buttonCount, callFromPage, createAsOfficer, OFFICERS_ONLY, openHash, PeopleSettings, REQUEST_WORKERS_ONLY, unlockAs } from './pages/people';
import { UnlockScreen } from './pages/unlock-screen';
import { openRig, type RigSession } from './rig';

const ORGANISATION = 'Roles & Keys Ltd';
const OFFICER = { name: 'Olivia', passphrase: 'olivia keeps the register 1' };
const MANAGER = { name: 'Mia', passphrase: 'mia reads the dashboards 2' };
const STAFF = { name: 'Sam', passphrase: 'sam answers the requests 3' };
const VENDOR = 'Cloudy Mail Inc.';
const SUB_PROCESSOR = 'Backup Vault GmbH';
const FINDING = 'No multi-factor login for admins';

describe('people and roles in a real browser', () => {
  let s: RigSession;
  let shell: AppShell;
  let unlock: UnlockScreen;
  let people: PeopleSettings;
  const file = () => join(s.workspaceDir, 'workspace.pws');
  let vendorId = 0;
  let request = { id: 0, reference: '' };
  const vendorPage = async (tab = 'overview') => {
    await openHash(s.page, `#/processors/${vendorId}?tab=${tab}`);
    await s.page.getByRole('heading', { name: VENDOR }).waitFor();
    await s.page.getByRole('tab', { name: /Sub-processors/, selected: tab === 'sub-processors' }).waitFor();
  };
  const requestPage = async () => {
    await openHash(s.page, `#/requests/${request.id}`);
    await s.page.getByRole('heading', { name: request.reference }).waitFor();
    await s.page.getByRole('list', { name: 'Tasks' }).waitFor({ state: 'attached' });
  };
  const settingsPage = async () => {
    await shell.goTo('Settings');
    await s.page.getByRole('heading', { name: 'Holiday calendars' }).waitFor();
    await s.page.getByRole('table', { name: /^Holidays of/ }).waitFor();
  };
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

    // A vendor with a sub-processor and a finding, and a request, for the roles to look at.
    const recipient = await callFromPage(s.page, 'inventory.recipients.save', { name: VENDOR, kind: 'processor', countries: ['US'], description: '' });
    expect(recipient.error).toBeUndefined();
    vendorId = (recipient.value as { id: number }).id;
    for (const [name, input] of [
      ['vendors.saveProfile', { recipientId: vendorId, dpaStatus: 'signed', dpaReference: 'Contracts drive, DPA 2026' }],
      ['vendors.saveSubProcessor', { recipientId: vendorId, name: SUB_PROCESSOR, countries: ['DE'] }],
      ['vendors.saveFinding', { recipientId: vendorId, title: FINDING, severity: 'high' }],
    ] as const) {
      const saved = await callFromPage(s.page, name, input);
      expect(saved.error).toBeUndefined();
    }
    const logged = await callFromPage(s.page, 'requests.create', {
      types: ['access'],
      channel: 'email',
      receivedAt: '2026-11-27T09:00:00Z',
      requester: { name: 'Rita Requester', email: 'rita@example.com', residenceCountry: 'DE' },
    });
    expect(logged.error).toBeUndefined();
    request = logged.value as typeof request;
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
    await settingsPage();
    // People and backups are hidden with a line saying who can change them; the other officer-only groups read-only.
    await s.page.getByRole('heading', { name: 'People' }).waitFor();
    await expect(people.table().count()).resolves.toBe(0);
    await expect(buttonCount(s.page, 'Back up now')).resolves.toBe(0);
    await expect(s.page.getByText(OFFICERS_ONLY, { exact: true }).count()).resolves.toBe(6);
    await expect(s.page.getByLabel('Anonymise closed requests after (days)').isDisabled()).resolves.toBe(true);
    await expect(s.page.getByLabel('Question 1', { exact: true }).isDisabled()).resolves.toBe(true);
    for (const name of ['Add holiday', 'Add question', /^Remove question/, /^Remove \d{4}-/]) await expect(buttonCount(s.page, name)).resolves.toBe(0);
    await new DeadlineSettings(s.page).openRegime('EU GDPR');
    await expect(buttonCount(s.page, /^Edit the .* rule of/)).resolves.toBe(0);
    await s.screenshot('people-02-manager');

    // The vendor: every field read-only, no button that writes.
    await vendorPage();
    await s.page.getByText(OFFICERS_ONLY, { exact: true }).waitFor();
    await expect(s.page.getByLabel('Website').isDisabled()).resolves.toBe(true);
    for (const name of ['Start review', 'Delete', 'Save']) await expect(buttonCount(s.page, name)).resolves.toBe(0);
    await s.screenshot('people-03-manager-vendor');
    await vendorPage('sub-processors');
    await s.page.getByRole('table', { name: 'Sub-processors' }).getByText(SUB_PROCESSOR).waitFor();
    for (const name of ['Add sub-processor', `Edit ${SUB_PROCESSOR}`, `Remove ${SUB_PROCESSOR}`]) await expect(buttonCount(s.page, name)).resolves.toBe(0);
    await vendorPage('findings');
    await s.page.getByRole('table', { name: 'Findings' }).getByText(FINDING).waitFor();
    for (const name of ['Add finding', `Edit ${FINDING}`]) await expect(buttonCount(s.page, name)).resolves.toBe(0);
    await vendorPage('certifications');
    await s.page.getByText(OFFICERS_ONLY, { exact: true }).waitFor();
    await expect(buttonCount(s.page, 'Add certification')).resolves.toBe(0);
    await vendorPage('transfers');
    await s.page.getByRole('region', { name: 'United States' }).waitFor();
    await expect(buttonCount(s.page, 'Save transfers')).resolves.toBe(0);
    await vendorPage('security');
    await s.page.getByText(/^1\. /).first().waitFor();
    await expect(buttonCount(s.page, 'Save answers')).resolves.toBe(0);

    // The request: read, with no workflow, task, note, file or intake action.
    await requestPage();
    await s.page.getByText(REQUEST_WORKERS_ONLY, { exact: true }).first().waitFor();
    for (const name of ['Start identity check', 'Start work', 'Pause', 'Extend', 'Deny', 'Add note', 'Add a file', 'Make tasks from the inventory', 'Add task', 'Edit intake', 'Verify identity']) {
      await expect(buttonCount(s.page, name)).resolves.toBe(0);
    }
    await expect(s.page.getByRole('textbox', { name: 'New note' }).count()).resolves.toBe(0);

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

    // Staff work requests: the workflow, tasks, notes and files are there.
    await requestPage();
    await s.page.getByRole('button', { name: 'Start identity check' }).waitFor();
    for (const name of ['Add note', 'Add a file', 'Make tasks from the inventory', 'Edit intake', 'Verify identity']) await expect(buttonCount(s.page, name)).resolves.toBe(1);
    await expect(s.page.getByText(REQUEST_WORKERS_ONLY, { exact: true }).count()).resolves.toBe(0);
    // But not vendors: read-only as for a manager.
    await vendorPage();
    await s.page.getByText(OFFICERS_ONLY, { exact: true }).waitFor();
    for (const name of ['Start review', 'Delete', 'Save']) await expect(buttonCount(s.page, name)).resolves.toBe(0);
    await vendorPage('sub-processors');
    await s.page.getByRole('table', { name: 'Sub-processors' }).getByText(SUB_PROCESSOR).waitFor();
    await expect(buttonCount(s.page, 'Add sub-processor')).resolves.toBe(0);
  });

  it('unlocks as the officer: every edit control is still there', async () => {
    await relock();
    await unlockAs(s.page, OFFICER.name, OFFICER.passphrase);
    await unlocked();
    await vendorPage();
    for (const name of ['Start review', 'Delete', 'Save']) await expect(buttonCount(s.page, name)).resolves.toBe(1);
    await expect(s.page.getByText(OFFICERS_ONLY, { exact: true }).count()).resolves.toBe(0);
    await expect(s.page.getByLabel('Website').isDisabled()).resolves.toBe(false);
    await vendorPage('sub-processors');
    await s.page.getByRole('table', { name: 'Sub-processors' }).getByText(SUB_PROCESSOR).waitFor();
    for (const name of ['Add sub-processor', `Edit ${SUB_PROCESSOR}`, `Remove ${SUB_PROCESSOR}`]) await expect(buttonCount(s.page, name)).resolves.toBe(1);
    await vendorPage('findings');
    await expect(buttonCount(s.page, `Edit ${FINDING}`)).resolves.toBe(1);
    await requestPage();
    await s.page.getByRole('button', { name: 'Start identity check' }).waitFor();
    for (const name of ['Add note', 'Add a file', 'Edit intake']) await expect(buttonCount(s.page, name)).resolves.toBe(1);
    await settingsPage();
    await people.table().waitFor();
    for (const name of ['Add holiday', 'Add question', 'Back up now']) await expect(buttonCount(s.page, name)).resolves.toBe(1);
    await expect(s.page.getByText(OFFICERS_ONLY, { exact: true }).count()).resolves.toBe(0);
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
