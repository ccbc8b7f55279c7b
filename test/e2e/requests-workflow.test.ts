import { readFileSync } from 'node:fs';
import { requestIntake } from '../../src-main/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src-main/domain/deadlines/calendar';
import { AppShell } from './pages/app-shell';
import { RequestList, RequestPage } from './pages/requests';
import { WorkspacePicker } from './pages/workspace-picker';
import { openRig, type RigSession } from './rig';
import { today } from './today';

const PASSPHRASE = 'copper lattice harbour violet 2026';

describe('the request workflow beyond the happy path, in a real browser', () => {
  let s: RigSession;
  let shell: AppShell;
  let list: RequestList;
  let request: RequestPage;
  const references: string[] = [];

  /** Logs an access request from a Californian and returns its reference, with the request opened. */
  async function logRequest(name: string): Promise<string> {
    const intake = await list.logRequest();
    await intake.pick('Request types', 'access', 'Access / right to know');
    await intake.fill('Name', name);
    await intake.pick('Country of residence', 'United States', 'United States (US)');
    await intake.fill('Region', 'CA');
    await expect.poll(() => intake.field('Regime').inputValue()).toBe('California CCPA/CPRA');
    await intake.submit();
    await request.heading(/^REQ-\d{4}-\d{5}$/).waitFor();
    const reference = (await request.heading(/^REQ-/).textContent()) ?? '';
    references.push(reference);
    return reference;
  }

  beforeAll(async () => {
    s = await openRig();
    // A step that has not happened within 10 s will not: fail fast and show which.
    s.page.setDefaultTimeout(10_000);
    shell = new AppShell(s.page);
    list = new RequestList(s.page);
    request = new RequestPage(s.page);
    const picker = new WorkspacePicker(s.page);
    await picker.heading().waitFor();
    await picker.create({ organisation: 'Quayside Bakery', passphrase: PASSPHRASE });
    await shell.sectionHeading('Dashboard').waitFor();
    await shell.goTo('Requests');
    await list.table().waitFor();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('refuses an intake with no request type and a receipt in the future, saying so at the fields, and saves nothing', async () => {
    const intake = await list.logRequest();
    await intake.fill('Received', `${addCalendarDays(today(), 2)}T09:30`);
    await intake.fill('Name', 'Robin Ashdown');
    await intake.trySubmit();
    await expect.poll(() => intake.errorOf('Request types')).toMatch(/request type/);
    await expect.poll(() => intake.errorOf('Received')).toMatch(/future|after now/);
    await shell.dismissNotifications().catch(() => undefined);
    await s.screenshot('workflow-01-refused-intake');

    // With a type but still in the future: the service refuses it, again at the field.
    await intake.pick('Request types', 'access', 'Access / right to know');
    await expect.poll(() => intake.errorOf('Request types')).toBe('');
    await intake.trySubmit();
    await expect.poll(() => intake.errorOf('Received')).toMatch(/future|after now/);
    await expect(intake.dialog.isVisible()).resolves.toBe(true);
    await s.page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await intake.dialog.waitFor({ state: 'detached' });
    await list.show('All');
    await list.table().getByText('No requests match.').or(list.table().getByText(/No open requests/)).waitFor();
    await expect(list.rows().count()).resolves.toBe(0);
    await list.show('Open');
  });

  it('pauses a request with a reason and resumes it', async () => {
    await logRequest('Alex Brightwater');
    const pause = await request.startAction('Pause');
    await expect(pause.getByLabel('Paused from', { exact: true }).inputValue()).resolves.toBe(today());
    // The CCPA stops no clock: the dialog says so before the officer pauses.
    await pause.getByText(/allows no pause for this request/).waitFor();
    // No reason: refused at the field.
    await pause.getByRole('button', { name: 'Pause', exact: true }).click();
    await pause.getByText('Say why the clock stops.').waitFor();
    await pause.getByLabel('Why the clock stops', { exact: true }).fill('Waiting for the person to say which account they mean');
    // The error went with the mistake.
    await pause.getByText('Say why the clock stops.').waitFor({ state: 'detached' });
    await s.screenshot('workflow-02-pause-dialog');
    await request.confirm(pause, 'Pause');
    await expect.poll(() => request.status().textContent()).toBe('Paused');
    await request.section('History').getByText('Received → Paused').waitFor();
    await shell.dismissNotifications().catch(() => undefined);
    await s.screenshot('workflow-03-paused');

    const resume = await request.startAction('Resume');
    await expect(resume.getByLabel('Resumed on', { exact: true }).inputValue()).resolves.toBe(today());
    await request.confirm(resume, 'Resume');
    await expect.poll(() => request.status().textContent()).toBe('Received');
    await request.section('History').getByText('Paused → Received').waitFor();
    await request.section('Workflow').getByRole('button', { name: 'Pause', exact: true }).waitFor();
  });

  it('adds the exact paused days to the deadline where the regime allows a pause (UK GDPR)', async () => {
    await shell.goTo('Requests');
    const intake = await list.logRequest();
    await intake.pick('Request types', 'access', 'Access / right to know');
    await intake.fill('Received', `${addCalendarDays(today(), -10)}T09:30`);
    await intake.fill('Name', 'Harriet Penrose');
    await intake.pick('Country of residence', 'United Kingdom', /United Kingdom/);
    await expect.poll(() => intake.field('Regime').inputValue()).toBe('UK GDPR');
    await intake.submit();
    const reference = (await request.heading(/^REQ-/).textContent()) ?? '';
    const dueBefore = await request.deadline().textContent();

    const pause = await request.startAction('Pause');
    await expect(pause.getByText(/allows no pause/).count()).resolves.toBe(0);
    await pause.getByLabel('Why the clock stops', { exact: true }).fill('Asked the person to clarify which records they mean');
    await pause.getByLabel('Paused from', { exact: true }).fill(addCalendarDays(today(), -5));
    await request.confirm(pause, 'Pause');
    await expect.poll(() => request.status().textContent()).toBe('Paused');
    const resume = await request.startAction('Resume');
    await request.confirm(resume, 'Resume');
    await expect.poll(() => request.status().textContent()).toBe('Received');
    // Five days ago to today, both included: six days.
    await s.page.getByText('6 paused days added').waitFor();
    await request.section('History').getByText(/after 6 day\(s\)/).waitFor();
    expect(await request.deadline().textContent()).not.toBe(dueBefore);
    await request.heading(reference).waitFor();
    await s.page.getByRole('link', { name: 'Requests', exact: true }).first().click();
    await list.table().waitFor();
    // Back to the first request for the next steps.
    await list.row(references[0] ?? '').click();
    await request.heading(references[0] ?? '').waitFor();
  });

  it('edits the intake of an open request', async () => {
    const reference = references[0] ?? '';
    const edit = await request.editIntake(reference);
    await expect(edit.field('Name').inputValue()).resolves.toBe('Alex Brightwater');
    await edit.fill('Name', 'Alex Brightwater-Hale');
    await edit.fill('Assignee', 'Sam (privacy team)');
    await shell.dismissNotifications().catch(() => undefined);
    await s.screenshot('workflow-03b-edit-intake');
    await edit.save();
    await request.section('Requester').getByText('Alex Brightwater-Hale', { exact: true }).waitFor();
    await request.heading(reference).waitFor();
    // Opened again, the drawer shows what was saved.
    const again = await request.editIntake(reference);
    await expect(again.field('Name').inputValue()).resolves.toBe('Alex Brightwater-Hale');
    await expect(again.field('Assignee').inputValue()).resolves.toBe('Sam (privacy team)');
    await expect(again.field('Regime').inputValue()).resolves.toBe('California CCPA/CPRA');
    await s.page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await again.dialog.waitFor({ state: 'detached' });
  });

  it('keeps the time of receipt to the second when the intake is edited', async () => {
    const { requests } = s.rig.services;
    const logged = requests.create(
      requestIntake.parse({ types: ['access'], channel: 'letter', receivedAt: '2026-11-20T10:15:37Z', requester: { name: 'Priya Seconds', residenceCountry: 'GB' } }),
    );
    await s.page.evaluate((id) => {
      location.hash = `#/requests/${id}`;
    }, logged.id);
    const edit = await request.editIntake(logged.reference);
    await edit.fill('Assignee', 'Sam (privacy team)');
    await edit.save();
    await request.heading(logged.reference).waitFor();
    await expect.poll(() => requests.get({ id: logged.id }).assignee).toBe('Sam (privacy team)');
    expect(new Date(requests.get({ id: logged.id }).receivedAt).toISOString()).toBe('2026-11-20T10:15:37.000Z');
  });

  it('adds an attachment and downloads the same bytes', async () => {
    const content = Buffer.from('Signed letter from Alex Brightwater-Hale, 3 pages.\n');
    await request.attach({ name: 'signed-letter.txt', mimeType: 'text/plain', buffer: content });
    const section = request.section('Attachments');
    await section.getByText('signed-letter.txt', { exact: true }).waitFor();
    await section.getByText(/^51 B · /).waitFor();
    await shell.dismissNotifications().catch(() => undefined);
    await s.screenshot('workflow-04-attachments');
    const downloaded = s.page.waitForEvent('download');
    await section.getByRole('button', { name: 'Download signed-letter.txt' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('signed-letter.txt');
    expect(readFileSync(await download.path()).equals(content)).toBe(true);
  });

  it('assigns several requests at once', async () => {
    await shell.goTo('Requests');
    await logRequest('Jordan Ellery');
    await shell.goTo('Requests');
    await logRequest('Casey Norwood');
    await shell.goTo('Requests');
    const [, second, third] = references;
    if (!second || !third) throw new Error('Three requests were expected.');
    await list.row(third).waitFor();
    await list.select(second);
    await list.select(third);
    await list.bulkBar().getByText('2 requests selected').waitFor();
    await shell.dismissNotifications().catch(() => undefined);
    await s.screenshot('workflow-05-bulk-bar');
    await list.bulkAssign('Priya', async () => {
      // The popover fades in: wait for it before the picture.
      const popover = s.page.locator('.mantine-Popover-dropdown');
      await expect.poll(() => popover.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
      await s.screenshot('workflow-05b-bulk-assign');
    });
    await s.page.getByText('2 requests changed.').waitFor();
    await list.bulkBar().waitFor({ state: 'detached' });
    await expect.poll(() => list.row(second).textContent()).toContain('Priya');
    await expect.poll(() => list.row(third).textContent()).toContain('Priya');
    await expect.poll(() => list.row(references[0] ?? '').textContent()).toContain('Sam (privacy team)');
  });

  it('changes the status of several requests, skipping the one that may not move', async () => {
    const [first, second, third] = references;
    if (!first || !second || !third) throw new Error('Three requests were expected.');
    await list.select(first);
    await list.select(second);
    await list.select(third);
    await list.bulkBar().getByText('3 requests selected').waitFor();
    let dialog = await list.bulkStatusDialog();
    // A denial needs its reason.
    await dialog.getByLabel('New status', { exact: true }).click();
    await s.page.getByRole('option', { name: 'Denied', exact: true }).click();
    await dialog.getByRole('button', { name: 'Change status', exact: true }).click();
    await dialog.getByText(/Give the reason/).waitFor();
    await s.screenshot('workflow-06-bulk-status-refused');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    dialog = await list.bulkStatusDialog();
    await dialog.getByLabel('New status', { exact: true }).click();
    await s.page.getByRole('option', { name: 'Verifying identity', exact: true }).click();
    await dialog.getByLabel('Reason', { exact: true }).fill('Identity checks started for the batch');
    await s.screenshot('workflow-07-bulk-status');
    await dialog.getByRole('button', { name: 'Change status', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await s.page.getByText('3 requests changed.').waitFor();
    await expect.poll(() => list.rows().filter({ hasText: /Verifying/i }).count()).toBe(3);
    await shell.dismissNotifications().catch(() => undefined);
    await s.screenshot('workflow-08-bulk-done');

    await list.row(first).click();
    await request.heading(first).waitFor();
    await request.section('History').getByText('Received → Verifying identity').waitFor();
    await request.section('History').getByText(/Identity checks started for the batch/).waitFor();

    // A move the workflow does not allow is skipped and said so; the request stays where it was.
    await shell.goTo('Requests');
    await list.select(first);
    dialog = await list.bulkStatusDialog();
    await dialog.getByLabel('New status', { exact: true }).click();
    await s.page.getByRole('option', { name: 'Received', exact: true }).click();
    await dialog.getByRole('button', { name: 'Change status', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const skipped = s.page.locator('.mantine-Notification-root').filter({ hasText: 'No request changed' });
    await skipped.getByText(new RegExp(`1 request was skipped\\. ${first}: `)).waitFor();
    await expect(s.page.getByText('0 requests changed.').count()).resolves.toBe(0);
    // Wait for the toast to finish sliding in before the picture.
    await expect.poll(() => skipped.evaluate((toast) => getComputedStyle(toast).opacity)).toBe('1');
    await s.screenshot('workflow-09-bulk-skipped');
    await expect.poll(() => list.row(first).textContent()).toMatch(/Verifying/i);
  });

  it('made no request beyond the local service and raised no page error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
