import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, formatLongDate } from '../../src-main/domain/deadlines/calendar';
import { AppShell } from './pages/app-shell';
import { DeadlineSettings } from './pages/deadline-settings';
import { RequestList, RequestPage } from './pages/requests';
import { WorkspacePicker } from './pages/workspace-picker';
import { openRig, type RigSession } from './rig';
import { today } from './today';

const PASSPHRASE = 'lantern orchard pebble meadow 2026';
const CCPA = 'California CCPA/CPRA';
const ERASURE = 'Erasure / deletion';

describe('the officer edits deadline rules and holiday calendars', () => {
  let s: RigSession;
  let shell: AppShell;
  let settings: DeadlineSettings;
  let requestUrl = '';

  beforeAll(async () => {
    s = await openRig();
    shell = new AppShell(s.page);
    settings = new DeadlineSettings(s.page);
    const picker = new WorkspacePicker(s.page);
    await picker.heading().waitFor();
    await picker.create({ organisation: 'Harbour Lane Outfitters', passphrase: PASSPHRASE });
    await shell.sectionHeading('Dashboard').waitFor();
    await shell.goTo('Settings');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('shows the CCPA deletion rule with its source, marker and the disclaimer', async () => {
    await settings.openRegime(CCPA);
    const row = settings.rule(CCPA, ERASURE);
    await expect(row.textContent()).resolves.toContain('45 calendar days');
    await expect(row.textContent()).resolves.not.toContain('Changed by you');
    await settings.group('Statutory rules').getByText(/This is not legal advice/).waitFor();
  });

  it('changes the deletion period to 30 calendar days', async () => {
    const dialog = await settings.editRule(CCPA, ERASURE);
    await dialog.getByLabel('Period', { exact: true }).fill('');
    await dialog.getByRole('button', { name: 'Save rule' }).click();
    // An empty period is refused at the field, and nothing is saved.
    await dialog.getByText(/whole number from 1/).waitFor();
    await s.screenshot('deadline-settings-01-error');
    await dialog.getByLabel('Period', { exact: true }).fill('30');
    await s.screenshot('deadline-settings-02-form');
    await dialog.getByRole('button', { name: 'Save rule' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = settings.rule(CCPA, ERASURE);
    await row.getByText('Changed by you').waitFor();
    await expect(row.textContent()).resolves.toContain('30 calendar days');
    // The shipped source and marker stay in view.
    await expect(row.textContent()).resolves.toContain('Cal. Civ. Code');
    await shell.dismissNotifications();
    await s.screenshot('deadline-settings-03-changed');
  });

  it('gives a new CCPA deletion request the officer’s 30 days (receipt is day 1)', async () => {
    await shell.goTo('Requests');
    const list = new RequestList(s.page);
    const request = new RequestPage(s.page);
    await list.table().waitFor();
    const intake = await list.logRequest();
    await intake.pick('Request types', 'delet', ERASURE);
    await intake.fill('Name', 'Dana Whitfield');
    await intake.fill('Email', 'dana.whitfield@example.com');
    await intake.dialog.getByLabel('Relationship', { exact: true }).click();
    await s.page.getByRole('option', { name: 'Customer', exact: true }).click();
    await intake.pick('Country of residence', 'United States', 'United States (US)');
    await intake.fill('Region', 'CA');
    await expect.poll(() => intake.field('Regime').inputValue()).toBe(CCPA);
    await intake.submit();
    await request.heading(/^REQ-\d{4}-\d{5}$/).waitFor();
    await expect.poll(() => request.deadline().textContent()).toBe(`Due ${formatLongDate(addCalendarDays(today(), 29))} — 29 days left`);
    requestUrl = s.page.url();
    await shell.dismissNotifications();
    await s.screenshot('deadline-settings-03b-request');
  });

  it('keeps the change after a reload and restores the statutory rule', async () => {
    await shell.goTo('Settings');
    await s.page.reload();
    await shell.sectionHeading('Settings').waitFor();
    await settings.openRegime(CCPA);
    const row = settings.rule(CCPA, ERASURE);
    await row.getByText('Changed by you').waitFor();
    await row.getByRole('button', { name: 'Restore the statutory rule' }).click();
    await row.getByText('Changed by you').waitFor({ state: 'detached' });
    await expect(row.textContent()).resolves.toContain('45 calendar days');
    await shell.dismissNotifications();
    // The open request was recomputed with the statutory 45 days.
    await s.page.goto(requestUrl);
    const request = new RequestPage(s.page);
    await expect.poll(() => request.deadline().textContent()).toBe(`Due ${formatLongDate(addCalendarDays(today(), 44))} — 44 days left`);
    await shell.goTo('Settings');
  });

  it('adds a holiday to the US calendar and lists it as the officer’s', async () => {
    const year = new Date().getFullYear();
    await settings.holidays().getByText('Independence Day').first().waitFor();
    await settings.addHoliday(`${year}-12-24`, 'Office closed');
    const row = settings.holidays().getByRole('row').filter({ hasText: `${year}-12-24` });
    await row.getByText('Office closed').waitFor();
    await row.getByText('Added by you').waitFor();
    await shell.dismissNotifications();
    await settings.group('Holiday calendars').scrollIntoViewIfNeeded();
    await s.screenshot('deadline-settings-04-holidays');
  });

  it('made no network request and no page error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
