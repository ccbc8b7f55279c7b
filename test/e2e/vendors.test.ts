import { format, parseISO } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../src-main/domain/deadlines/calendar';
import { AppShell } from './pages/app-shell';
import { Inventory } from './pages/inventory';
import { Vendors } from './pages/vendors';
import { WorkspacePicker } from './pages/workspace-picker';
import { openRig, type RigSession } from './rig';
import { today } from './today';

const PASSPHRASE = 'lantern orchard basalt meadow 2026';
const VENDOR = 'Nimbus Analytics Inc.';
const ACTIVITY = 'Newsletter';
/** The default review cadence in months, by tier (Settings, vendor reviews). */
const CADENCE = { High: 6, Medium: 12, Low: 24 } as const;

const shown = (iso: string) => format(parseISO(iso), 'd MMM yyyy');

describe('third-party processors in a real browser', () => {
  let s: RigSession;
  let shell: AppShell;
  let vendors: Vendors;
  let vendorHash = '';

  beforeAll(async () => {
    s = await openRig();
    s.page.setDefaultTimeout(10_000);
    shell = new AppShell(s.page);
    vendors = new Vendors(s.page);
    const picker = new WorkspacePicker(s.page);
    await picker.heading().waitFor();
    await picker.create({ organisation: 'Harbourside Books Ltd', passphrase: PASSPHRASE });
    await shell.sectionHeading('Dashboard').waitFor();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('adds a vendor, which receives nothing until the inventory names it', async () => {
    await shell.goTo('Processors');
    await vendors.table().getByText(/No vendors yet/).waitFor();
    await vendors.addNew({ name: VENDOR, country: 'United States', countryOption: 'United States (US)', role: 'Processor (Art. 28)', service: 'Analytics' });
    vendorHash = new URL(s.page.url()).hash;
    expect(vendorHash).toMatch(/^#\/processors\/\d+$/);
    const panel = await vendors.openTab('Data received');
    await panel.getByText(/No activity sends data to this vendor/).waitFor();
    // Never reviewed: due today.
    await vendors.summary().getByText(shown(today())).waitFor();
  });

  it('is linked from an activity of the inventory and receives its data categories', async () => {
    await shell.goTo('Inventory');
    const inventory = new Inventory(s.page);
    await inventory.openTab('Activities');
    const activity = await inventory.create('New activity');
    await activity.fill('Name', ACTIVITY);
    await activity.fill('Purpose', 'Send the monthly newsletter', activity.group('Purpose 1'));
    await activity.choose('Legal basis', /^Consent/, activity.group('Purpose 1'));
    await activity.pick('Data categories', 'email', /Email/);
    await activity.pick('Recipients', 'Nimbus', VENDOR);
    await activity.save();
    await inventory.row(ACTIVITY).waitFor();

    await shell.goTo('Processors');
    const row = vendors.row(VENDOR);
    await expect.poll(() => row.textContent()).toMatch(/Email/);
    await expect(row.textContent()).resolves.toMatch(/No signed processing agreement/);
    await shell.dismissNotifications().catch(() => undefined);
    await s.screenshot('vendors-01-list');
    // Keyboard: into the rows from the search box, Enter opens.
    await s.page.getByLabel('Search vendors').focus();
    await s.page.keyboard.press('ArrowDown');
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.textContent)).toContain(VENDOR);
    await s.page.keyboard.press('Enter');
    await vendors.heading(VENDOR).waitFor();
    const panel = await vendors.openTab('Data received');
    await panel.getByRole('link', { name: ACTIVITY, exact: true }).waitFor();
    await panel.getByRole('list', { name: 'Data categories' }).getByRole('link', { name: /Email/ }).waitFor();
    await s.screenshot('vendors-02-data-received');
  });

  it('answers the questionnaire and shows the score, the tier and the next review date', async () => {
    const before = (await vendors.summary().textContent()) ?? '';
    const panel = await vendors.openTab('Security review');
    await panel.getByText(/Not answered yet/).waitFor();
    await vendors.answerAll(panel, 'Yes', 'SOC 2 Type II report, 2026');
    await panel.getByText(/^Score 100 \/ 100/).waitFor();
    await shell.dismissNotifications().catch(() => undefined);
    await s.screenshot('vendors-03-questionnaire');
    // "Security never reviewed" no longer counts: fewer points.
    await expect.poll(() => vendors.summary().textContent()).not.toBe(before);
    await expect(vendors.summary().textContent()).resolves.toMatch(/(High|Medium|Low) · \d+ points/);
    await vendors.summary().getByText(shown(today())).waitFor();
    const risk = await vendors.openTab('Risk');
    await risk.getByRole('row', { name: /No signed processing agreement/ }).waitFor();
    await expect(risk.getByRole('row', { name: /Security never reviewed/ }).count()).resolves.toBe(0);
  });

  it('counts the vendor on the dashboard before the review', async () => {
    await shell.goTo('Dashboard');
    await vendors.card('Reviews due this month').getByRole('link', { name: VENDOR }).waitFor();
    expect(await vendors.cardCount('Reviews due this month')).toBe(1);
    expect(await vendors.cardCount('Overdue reviews')).toBe(0);
    expect(await vendors.cardCount('Receiving data without a signed agreement')).toBe(1);
    // The United States is adequate only for certified recipients: no mechanism recorded, not covered.
    expect(await vendors.cardCount('Transfers without a mechanism')).toBe(1);
    await vendors.card('Transfers without a mechanism').getByText('United States').waitFor();
  });

  it('runs the guided review and records the decision, which moves the next review date', async () => {
    await s.page.evaluate((hash) => {
      location.hash = hash;
    }, vendorHash);
    await vendors.heading(VENDOR).waitFor();
    await s.page.getByRole('button', { name: 'Start review' }).click();
    await vendors.heading(`Review of ${VENDOR}`).waitFor();
    await vendors.step('Data received').getByRole('link', { name: ACTIVITY }).waitFor();
    await s.screenshot('vendors-04-review-data');
    await vendors.next();
    await vendors.step('Contract and transfers').getByRole('region', { name: 'United States' }).getByText('Not covered').waitFor();
    await s.screenshot('vendors-05-review-contract');
    await vendors.next();
    await vendors.step('Questionnaire').getByText(/^Score 100 \/ 100/).waitFor();
    await vendors.next();
    await vendors.step('Findings').getByText(/No findings/).waitFor();
    await vendors.next();
    const decision = vendors.step('Decision');
    await decision.getByRole('radio', { name: 'Approved with conditions' }).check();
    await decision.getByRole('button', { name: 'Record decision' }).click();
    // Conditions are required for a conditional approval: said at the field.
    await decision.getByText('Give the conditions of the approval or the reasons for the rejection.').waitFor();
    await decision.getByLabel('Conditions', { exact: true }).fill('Sign the processing agreement and the standard contractual clauses by the end of the quarter.');
    await decision.getByLabel('Reviewer', { exact: true }).fill('Dana Whitfield');
    await s.screenshot('vendors-06-review-decision');
    await decision.getByRole('button', { name: 'Record decision' }).click();

    await vendors.heading(VENDOR).waitFor();
    await s.page.getByRole('tab', { name: 'History', selected: true }).waitFor();
    const history = s.page.getByRole('table', { name: 'Reviews' });
    const entry = history.getByRole('row').filter({ hasText: 'Dana Whitfield' });
    await expect(entry.textContent()).resolves.toMatch(/Approved with conditions.*Sign the processing agreement.*100 \/ 100/);
    expect(await entry.textContent()).toContain(shown(today()));
    const tier = /(High|Medium|Low) · \d+ points/.exec((await entry.textContent()) ?? '')?.[1] as keyof typeof CADENCE;
    const next = shown(addMonths(today(), CADENCE[tier]));
    await vendors.summary().getByText(next).waitFor();
    await shell.dismissNotifications().catch(() => undefined);
    await s.screenshot('vendors-07-history');
  });

  it('updates the dashboard cards after the review', async () => {
    await shell.goTo('Dashboard');
    await vendors.card('Reviews due this month').getByText('No review falls due this month.').waitFor();
    expect(await vendors.cardCount('Reviews due this month')).toBe(0);
    expect(await vendors.cardCount('Receiving data without a signed agreement')).toBe(1);
    await vendors.card('Receiving data without a signed agreement').getByRole('link', { name: VENDOR }).waitFor();
    await vendors.card('Reviews due this month').scrollIntoViewIfNeeded();
    await s.screenshot('vendors-08-dashboard');
  });

  it('refuses to delete the vendor while an activity sends it data, naming the activity', async () => {
    await vendors.card('Receiving data without a signed agreement').getByRole('link', { name: VENDOR }).click();
    await vendors.heading(VENDOR).waitFor();
    await s.page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = s.page.getByRole('dialog', { name: `Delete “${VENDOR}”?` });
    await dialog.getByRole('button', { name: 'Delete permanently' }).click();
    await dialog.getByText('The vendor cannot be deleted').waitFor();
    await dialog.getByText(new RegExp(ACTIVITY)).waitFor();
    await s.screenshot('vendors-09-delete-refused');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await vendors.heading(VENDOR).waitFor();
  });

  it('edits the questionnaire and the review cadence in Settings', async () => {
    await shell.goTo('Settings');
    await s.page.getByLabel('Question 1', { exact: true }).fill('Is all personal data encrypted at rest with keys the vendor manages securely?');
    await s.page.getByLabel('High risk', { exact: true }).fill('4');
    await s.page.getByLabel('Question 1', { exact: true }).scrollIntoViewIfNeeded();
    await s.screenshot('vendors-10-settings');
    await s.page.getByLabel('High risk', { exact: true }).locator('xpath=ancestor::form').getByRole('button', { name: 'Save', exact: true }).click();
    await s.page.getByText(/Vendor review settings saved: 15 questions/).waitFor();
  });

  it('made no request beyond the local service and raised no page error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
