import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { Inventory } from './pages/inventory';
import { Reports, type ReportTitle } from './pages/reports';
import { RequestList } from './pages/requests';
import { WorkspacePicker } from './pages/workspace-picker';
import { fillLargeInventory } from '../fixtures/large-inventory';
import { openRig, type RigSession } from './rig';

const PASSPHRASE = 'lantern quarry orchid tundra 2026';
const ORGANISATION = 'Kestrel Outdoor GmbH';
const REQUESTER = 'Zoë Ñúñez';

/** The PDF's text as pdftotext reads it, with line breaks and runs of spaces as one space. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('PDF reports, in a real browser', () => {
  let s: RigSession;
  let shell: AppShell;
  let reports: Reports;
  let activities: string[] = [];

  /** Generates the chosen report and waits for its preview to be drawn. */
  async function generateAndPreview(report: ReportTitle): Promise<void> {
    await reports.generate();
    await reports.result(report).waitFor();
    await reports.previewDrawn();
  }

  /** Saves the finished report and returns where the download went. */
  async function saveReport(pattern: RegExp): Promise<string> {
    const download = await reports.save();
    expect(download.suggestedFilename()).toMatch(pattern);
    const path = join(s.workspaceDir, download.suggestedFilename());
    await download.saveAs(path);
    return path;
  }

  beforeAll(async () => {
    s = await openRig();
    shell = new AppShell(s.page);
    reports = new Reports(s.page);
    const picker = new WorkspacePicker(s.page);
    await picker.heading().waitFor();
    await picker.create({ organisation: ORGANISATION, passphrase: PASSPHRASE, sample: true });
    await shell.sectionHeading('Dashboard').waitFor();
    await shell.dismissNotifications();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('lists the sample company’s activities in the inventory', async () => {
    await shell.goTo('Inventory');
    const inventory = new Inventory(s.page);
    const table = inventory.panel().getByRole('table').first();
    await inventory.row('Recruitment').first().waitFor();
    const headers = await table.locator('thead th').allInnerTexts();
    const nameColumn = headers.findIndex((header) => header.trim() === 'Name') + 1;
    expect(nameColumn).toBeGreaterThan(0);
    activities = (await table.locator(`tbody tr[data-index] td:nth-child(${nameColumn})`).allInnerTexts()).map((name) => name.trim());
    expect(activities.length).toBeGreaterThanOrEqual(5);
  });

  it('offers the five reports, each saying what it is for and who it is for', async () => {
    await shell.goTo('Reports');
    for (const report of ['Records of processing activities', 'Privacy notice', 'Response to a data subject request', 'Request backlog and metrics', 'Vendor review'] as const) {
      await reports.card(report).waitFor();
    }
    await reports.card('Records of processing activities').getByText('For auditors and regulators').waitFor();
    await reports.card('Privacy notice').getByText('For the public').waitFor();
    await reports.card('Response to a data subject request').getByText('For the requester').waitFor();
    await reports.card('Request backlog and metrics').getByText('For managers').waitFor();
    await expect(reports.field('Language of dates').inputValue()).resolves.toBe('English (United Kingdom)');
    // The backlog's options: a period, by default the twelve months up to today.
    await reports.choose('Request backlog and metrics');
    await expect(reports.field('To').inputValue()).resolves.toBe(new Date().toLocaleDateString('sv'));
    // The keyboard moves between the cards.
    await reports.card('Request backlog and metrics').focus();
    await s.page.keyboard.press('ArrowUp');
    await s.page.getByRole('radio', { name: /^Response to a data subject request/, checked: true }).waitFor();
    await s.page.keyboard.press('ArrowDown');
    await s.screenshot('reports-01-backlog-options');
    await reports.choose('Records of processing activities');
    await expect(reports.field('From').count()).resolves.toBe(0);
    await s.screenshot('reports-01-options');
  });

  it('generates the records of processing: progress, a drawn preview, and a saved PDF with the organisation and every activity', async () => {
    // A small report is laid out before the first poll; holding the status answers back until the
    // progress state has been seen makes it observable without depending on the machine's speed.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await s.page.route('**/api/reports.status', async (route) => {
      await released;
      await route.continue();
    });
    await reports.generate();
    await reports.progress().waitFor();
    await s.page.getByText('Gathering the data…').waitFor();
    await s.screenshot('reports-02-progress');
    release();
    await reports.result('Records of processing activities').waitFor();
    await s.page.unroute('**/api/reports.status');
    await reports.previewDrawn();
    const pages = reports.previewPages();
    const count = await pages.count();
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(3);
    for (let index = 0; index < count; index++) expect(await reports.inkOf(pages.nth(index))).toBeGreaterThan(0.005);
    const result = reports.result('Records of processing activities');
    await result.getByText(/^\d+ pages?(, the first 3 shown)?$/).waitFor();
    await result.getByText(/^records-of-processing-activities-\d{4}-\d{2}-\d{2}\.pdf · \d+ KB$/).waitFor();
    await s.screenshot('reports-03-preview');

    const path = await saveReport(/^records-of-processing-activities-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(path);
    expect(text).toContain(ORGANISATION);
    for (const activity of activities) expect(text).toContain(activity);
    await s.page.getByText('Export ready').first().waitFor();
  });

  it('writes the privacy notice’s dates in German when asked', async () => {
    await shell.dismissNotifications();
    await reports.choose('Privacy notice');
    await reports.setDateLanguage('Deutsch');
    await generateAndPreview('Privacy notice');
    const text = pdfText(await saveReport(/^privacy-notice-\d{4}-\d{2}-\d{2}\.pdf$/));
    // "Generated at" is today's date: its month in German.
    const month = new Intl.DateTimeFormat('de-DE', { month: 'long' }).format(new Date());
    expect(text).toContain(month);
    expect(text).toContain(ORGANISATION);
  });

  it('makes the backlog for its default period and the vendor review of every vendor', async () => {
    await reports.choose('Request backlog and metrics');
    await generateAndPreview('Request backlog and metrics');
    expect(await reports.inkOf(reports.previewPages().first())).toBeGreaterThan(0.005);
    await s.screenshot('reports-04-backlog-preview');
    await reports.choose('Vendor review');
    await reports.field('Vendors').waitFor();
    await s.screenshot('reports-05-vendor-options');
    await generateAndPreview('Vendor review');
    expect(await reports.inkOf(reports.previewPages().first())).toBeGreaterThan(0.005);
  });

  it('asks which request a response packet is for, then makes it for the chosen one', async () => {
    await shell.goTo('Requests');
    const intake = await new RequestList(s.page).logRequest();
    await intake.pick('Request types', 'access', 'Access / right to know');
    await intake.fill('Name', REQUESTER);
    await intake.fill('Email', 'zoe.nunez@example.com');
    await intake.submit();
    const reference = (await s.page.getByRole('heading', { level: 1, name: /^REQ-/ }).textContent()) ?? '';

    await shell.goTo('Reports');
    await reports.choose('Response to a data subject request');
    await reports.generate();
    await expect.poll(() => reports.errorOf('Request')).toBe('Choose the request the response is for.');
    await s.page.keyboard.press('Escape');
    await s.screenshot('reports-07-request-missing');

    await reports.pick('Request', 'Zoë', new RegExp(`^${reference}`));
    await s.page.getByText(`From ${REQUESTER} <zoe.nunez@example.com>`, { exact: false }).waitFor();
    await generateAndPreview('Response to a data subject request');
    await s.screenshot('reports-08-response-preview');
    const text = pdfText(await saveReport(/\.pdf$/));
    expect(text).toContain(REQUESTER);
    expect(text).toContain(reference);
  });

  it('cancels a report right after it starts: no preview, nothing to save', async () => {
    // A thousand more activities make the records a report of hundreds of pages, still being laid
    // out when Cancel is pressed on any machine. Last in this file: the other reports stay small.
    fillLargeInventory(s.rig.services, { activities: 1000, systems: 50, recipients: 100 });
    await reports.choose('Records of processing activities');
    await reports.generate();
    await reports.cancel();
    await s.page.getByRole('status').filter({ hasText: 'Generation cancelled' }).waitFor();
    await expect(reports.previewPages().count()).resolves.toBe(0);
    await expect(s.page.getByRole('button', { name: 'Save PDF…' }).count()).resolves.toBe(0);
    await s.screenshot('reports-06-cancelled');
  });

  it('made no request beyond the local service and raised no page error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
