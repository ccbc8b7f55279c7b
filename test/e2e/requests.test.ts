import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sampleCompany from '../../resources/sample/sample-company.json';
import { addCalendarDays, formatLongDate } from '../../src-main/domain/deadlines/calendar';
import { AppShell } from './pages/app-shell';
import { Dashboard } from './pages/dashboard';
import { RequestList, RequestPage } from './pages/requests';
import { UnlockScreen } from './pages/unlock-screen';
import { WorkspacePicker } from './pages/workspace-picker';
import { openRig, type RigSession } from './rig';
import { today as todayIn } from './today';

/** The sample company counts deadlines in its own zone; the browser runs there too, as the officer's computer would. */
const ZONE = sampleCompany.organisation.timeZone;
const today = () => todayIn(ZONE);

const PASSPHRASE = 'lantern orchard pebble meadow 2026';
const REQUESTER = 'Dana Whitfield';

describe('subject requests in a real browser', () => {
  let s: RigSession;
  let shell: AppShell;
  let list: RequestList;
  let request: RequestPage;
  let dashboard: Dashboard;
  let openBefore: number;
  let reference: string;

  beforeAll(async () => {
    s = await openRig({ timeZone: ZONE });
    shell = new AppShell(s.page);
    list = new RequestList(s.page);
    request = new RequestPage(s.page);
    dashboard = new Dashboard(s.page);
    const picker = new WorkspacePicker(s.page);
    await picker.heading().waitFor();
    await picker.create({ organisation: 'Harbour Lane Outfitters', passphrase: PASSPHRASE, sample: true });
    await shell.sectionHeading('Dashboard').waitFor();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('counts the open requests on the dashboard', async () => {
    openBefore = await dashboard.count('Open requests');
    expect(openBefore).toBeGreaterThanOrEqual(0);
  });

  it('logs a deletion request from a California resident with the proposed regime', async () => {
    await shell.goTo('Requests');
    await list.table().waitFor();
    await s.screenshot('requests-01-list-empty');
    const intake = await list.logRequest();
    await intake.pick('Request types', 'delet', 'Erasure / deletion');
    await intake.fill('Name', REQUESTER);
    await intake.fill('Email', 'dana.whitfield@example.com');
    await intake.dialog.getByLabel('Relationship', { exact: true }).click();
    await s.page.getByRole('option', { name: 'Customer', exact: true }).click();
    await intake.pick('Country of residence', 'United States', 'United States (US)');
    await intake.fill('Region', 'CA');
    await expect.poll(() => intake.field('Regime').inputValue()).toBe('California CCPA/CPRA');
    await s.screenshot('requests-02-intake');
    await intake.submit();

    await request.heading(/^REQ-\d{4}-\d{5}$/).waitFor();
    reference = (await request.heading(/^REQ-/).textContent()) ?? '';
    expect(s.page.url()).toMatch(/#\/requests\/\d+$/);
  });

  it('shows the CCPA deadline, receipt + 44 days, with its source and the disclaimer', async () => {
    const due = addCalendarDays(today(), 44);
    await expect(request.deadline().textContent()).resolves.toBe(`Due ${formatLongDate(due)} — 44 days left`);
    await s.page.getByText('California CCPA/CPRA', { exact: true }).waitFor();
    await s.page.getByText(/This is not legal advice/).waitFor();
    await s.page.getByRole('button', { name: 'How this date was computed' }).click();
    await s.page.getByText(/Counting convention:/).waitFor();
    // The requester's details show here, on the request opened on purpose.
    await request.section('Requester').getByText(REQUESTER, { exact: true }).waitFor();
    await shell.dismissNotifications();
    await s.screenshot('requests-03-request');
  });

  it('verifies the identity and starts work', async () => {
    await request.verifyIdentity('Confirmation from the email address on file');
    const dialog = await request.startAction('Start work');
    await request.confirm(dialog, 'Start work');
    await expect(request.status().textContent()).resolves.toBe('In progress');
  });

  it('extends with a reason, notified today, and shows the new due date', async () => {
    const dialog = await request.startAction('Extend');
    await dialog.getByLabel('Reason for the extension', { exact: true }).fill('Data spread over several archived systems');
    await expect(dialog.getByLabel('Date the person was told', { exact: true }).inputValue()).resolves.toBe(today());
    await request.confirm(dialog, 'Extend');
    const due = addCalendarDays(today(), 89);
    await expect.poll(() => request.deadline().textContent()).toBe(`Due ${formatLongDate(due)} — 89 days left`);
    await s.page.getByText(`Originally due ${formatLongDate(addCalendarDays(today(), 44))}`).waitFor();
  });

  it('makes tasks from the inventory and ticks them all', async () => {
    await request.section('Tasks').getByRole('button', { name: 'Make tasks from the inventory' }).click();
    await request.tasks().first().waitFor();
    const count = await request.tasks().count();
    expect(count).toBeGreaterThan(0);
    await request.section('Tasks').getByLabel('Done by', { exact: true }).fill('Priya (privacy team)');
    for (let index = 0; index < count; index++) {
      // The box follows the service's answer, so click and wait rather than check().
      await request.tasks().nth(index).click();
      await expect.poll(() => request.tasks().nth(index).isChecked()).toBe(true);
    }
    await request.section('Tasks').getByText(`0 tasks to do of ${count}`).waitFor();
    await request.section('Tasks').getByText(/by Priya \(privacy team\)/).first().waitFor();
    await shell.dismissNotifications();
    await s.screenshot('requests-04-tasks-done');
  });

  it('counts the new request as open on the dashboard and in the list', async () => {
    await shell.goTo('Dashboard');
    await expect.poll(() => dashboard.count('Open requests')).toBe(openBefore + 1);
    await s.screenshot('requests-05-dashboard');
    await shell.goTo('Requests');
    await list.row(reference).waitFor();
    // The list never shows the requester's details.
    expect(await list.table().textContent()).not.toContain(REQUESTER);
    // …but its search finds the request by the requester's name.
    await s.page.getByLabel('Search requests', { exact: true }).fill('Whitfield');
    await expect.poll(() => list.rows().count()).toBe(1);
    await s.screenshot('requests-06-list');
    await list.row(reference).click();
    await request.heading(reference).waitFor();
  });

  it('completes the request, which leaves the open count where it started', async () => {
    const dialog = await request.startAction('Complete');
    await request.confirm(dialog, 'Complete');
    await expect(request.status().textContent()).resolves.toBe('Completed');
    await request.deadline().filter({ hasText: /^Closed on / }).waitFor();
    await request.section('History').getByText('Extended → Completed').waitFor();
    await shell.goTo('Dashboard');
    await expect.poll(() => dashboard.count('Open requests')).toBe(openBefore);
  });

  it('exports the filtered list as CSV, without the requester’s details', async () => {
    await shell.goTo('Requests');
    await list.show('All');
    await list.row(reference).waitFor();
    await list.table().getByRole('checkbox', { name: `Select ${reference}` }).click();
    await s.page.getByRole('region', { name: 'Bulk actions' }).getByText('1 request selected').waitFor();
    const downloaded = s.page.waitForEvent('download');
    await s.page.getByRole('button', { name: 'Export CSV', exact: true }).click();
    const csv = readFileSync(await (await downloaded).path(), 'utf8');
    expect(csv).toContain(reference);
    expect(csv).not.toContain(REQUESTER);
    await s.page.getByText(/is not encrypted/).waitFor();
  });

  it('reminds of an overdue request after unlocking and links to the filtered list', async () => {
    const intake = await list.logRequest();
    await intake.pick('Request types', 'access', 'Access / right to know');
    await intake.fill('Received', `${addCalendarDays(today(), -60)}T09:30`);
    await intake.fill('Name', 'Morgan Alvarez');
    await intake.pick('Country of residence', 'United States', 'United States (US)');
    await intake.fill('Region', 'CA');
    await expect.poll(() => intake.field('Regime').inputValue()).toBe('California CCPA/CPRA');
    await intake.submit();
    await request.deadline().filter({ hasText: /days overdue$/ }).waitFor();

    await shell.lock();
    await new UnlockScreen(s.page).unlock(PASSPHRASE);
    const reminder = s.page.locator('.mantine-Notification-root').filter({ hasText: '1 request overdue' });
    await reminder.waitFor();
    await s.screenshot('requests-07-reminder');
    await reminder.getByRole('link', { name: 'Show overdue' }).click();
    await shell.sectionHeading('Requests').waitFor();
    await expect.poll(() => list.rows().count()).toBe(1);
    expect(s.page.url()).toMatch(/#\/requests\?due=overdue$/);
  });

  it('shows the statutory rules with their sources and markers in Settings', async () => {
    await shell.goTo('Settings');
    await s.page.getByRole('button', { name: /^California CCPA\/CPRA/ }).click();
    const rules = s.page.getByRole('table', { name: 'Rules of California CCPA/CPRA' });
    await rules.getByRole('row').filter({ hasText: 'Erasure / deletion' }).filter({ hasText: '45 calendar days' }).waitFor();
    await expect.poll(() => rules.getByRole('row').last().isVisible()).toBe(true);
    // The panel opens with an animation: wait until it shows the whole table.
    await s.page.waitForFunction(() => [...document.querySelectorAll('.mantine-Accordion-content')].every((panel) => panel.getBoundingClientRect().height >= panel.scrollHeight - 1));
    await shell.dismissNotifications();
    await s.screenshot('requests-08-settings');
  });

  it('made no request beyond the local service and raised no page error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
