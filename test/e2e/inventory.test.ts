import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { Inventory } from './pages/inventory';
import { RecordEditor } from './pages/record-editor';
import { SearchModal } from './pages/search-modal';
import { WorkspacePicker } from './pages/workspace-picker';
import { openRig, type RigSession } from './rig';

const PASSPHRASE = 'harbour violet compass meadow 2026';
const PROCESSOR = 'Acme Cloud Inc.';
const SYSTEM = 'Payroll SaaS';
const ACTIVITY = 'Payroll';

describe('inventory in a real browser', () => {
  let s: RigSession;
  let shell: AppShell;
  let inventory: Inventory;

  beforeAll(async () => {
    s = await openRig();
    shell = new AppShell(s.page);
    inventory = new Inventory(s.page);
    const picker = new WorkspacePicker(s.page);
    await picker.heading().waitFor();
    await picker.create({ organisation: 'Lindqvist & Søn ApS', passphrase: PASSPHRASE });
    await shell.sectionHeading('Dashboard').waitFor();
    await shell.goTo('Inventory');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('opens on the activities tab and keeps the tab in the address', async () => {
    await s.page.getByRole('tab', { name: 'Activities', selected: true }).waitFor();
    await inventory.openTab('Data categories');
    expect(s.page.url()).toMatch(/#\/inventory\/categories$/);
    // The seeded Fides taxonomy shows as a tree with paths (the first rows: the list draws only what is in view).
    await inventory.row(/System Data › Authentication Data/).first().waitFor();
    await s.screenshot('inventory-01-categories');
  });

  it('creates a processor in Recipients and a system run by it in Systems', async () => {
    await inventory.openTab('Recipients');
    const recipient = await inventory.create('New recipient');
    await recipient.fill('Name', PROCESSOR);
    await recipient.choose('Kind', 'Processor (service provider)');
    await recipient.pick('Countries', 'United States', 'United States (US)');
    await recipient.saveWithKeyboard();
    await inventory.row(PROCESSOR).waitFor();

    await inventory.openTab('Systems');
    const system = await inventory.create('New system');
    await system.fill('Name', SYSTEM);
    await system.fill('Owner', 'People team');
    await system.pick('Processor', 'Acme', PROCESSOR);
    await system.save();
    await expect(inventory.row(SYSTEM).textContent()).resolves.toContain(PROCESSOR);
    await s.screenshot('inventory-02-systems');
  });

  it('enters an activity with two purposes, its data, the system, the recipient, a transfer and retention', async () => {
    await inventory.openTab('Activities');
    await s.page.keyboard.press('n');
    const activity = new RecordEditor(s.page, 'New activity');
    await activity.dialog.waitFor();

    await activity.fill('Name', ACTIVITY);
    await activity.fill('Owner', 'People team');
    await activity.fill('Purpose', 'Pay salaries', activity.group('Purpose 1'));
    await activity.choose('Legal basis', /^Contract/, activity.group('Purpose 1'));
    // Data uses are found by name or by Fides key; each option shows both.
    await activity.pick('Data use', 'essential.service.payment', /^Essential for Payment Processing\s*essential\.service\.payment_processing$/, activity.group('Purpose 1'));
    await activity.button('Add purpose').click();
    await activity.fill('Purpose', 'File payroll taxes', activity.group('Purpose 2'));
    await activity.choose('Legal basis', /^Legal obligation/, activity.group('Purpose 2'));

    await activity.pick('Data categories', 'email', /Email/);
    await activity.pick('Data subjects', 'employee', /^Employee/);
    await activity.pick('Systems', 'Payroll', SYSTEM);
    await activity.pick('Recipients', 'Acme', PROCESSOR);

    await activity.button('Add transfer').click();
    const transfer = activity.group('Transfer 1');
    await activity.pick('Country', 'United States', 'United States (US)', transfer);
    await transfer.getByText(/Adequacy covers only some recipients/).waitFor();
    await activity.pick('Recipient', 'Acme', PROCESSOR, transfer);
    await activity.choose('Transfer mechanism', /^Standard contractual clauses/, transfer);
    await activity.fill('Documentation', 'SCC module 2, signed 2026-01-15', transfer);

    await activity.fill('Retention period', '10');
    await activity.choose('Retention unit', 'years');
    await activity.fill('What starts the period', 'End of the tax year');
    await s.screenshot('inventory-03-activity-editor');
    await activity.save();

    const row = inventory.row(ACTIVITY).filter({ hasText: 'Pay salaries' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/Contract \(Art\. 6\(1\)\(b\)\).*Legal obligation/);
    await s.screenshot('inventory-04-activities');
  });

  it('finds the activity from another section with Ctrl+K and opens it in its editor', async () => {
    await shell.goTo('Dashboard');
    const search = new SearchModal(s.page);
    await search.open();
    await search.search('payroll');
    expect(await search.hits().count()).toBeGreaterThanOrEqual(2);
    await s.page.locator('mark').first().waitFor();
    await s.screenshot('inventory-05-search');
    await search.openWithKeyboard(/^Activity/);
    await shell.sectionHeading('Inventory').waitFor();
    expect(s.page.url()).toMatch(/#\/inventory\/activities\/\d+$/);
    const activity = new RecordEditor(s.page, ACTIVITY);
    await expect(activity.field('Purpose', activity.group('Purpose 2')).inputValue()).resolves.toBe('File payroll taxes');
    await expect(activity.field('Data use', activity.group('Purpose 1')).inputValue()).resolves.toBe('Essential for Payment Processing');
    await s.page.keyboard.press('Escape');
    await activity.dialog.waitFor({ state: 'detached' });
  });

  it('shows the activity on the data map', async () => {
    await inventory.openTab('Data map');
    await inventory.panel().getByText(ACTIVITY, { exact: true }).first().waitFor();
    await inventory.panel().getByText(SYSTEM, { exact: true }).first().waitFor();
    await s.screenshot('inventory-06-data-map');
  });

  it('lists what the activity lacks, jumps to the field, and clears once it is filled in', async () => {
    await inventory.openTab('Completeness');
    const gaps = inventory.gapsOf(ACTIVITY);
    await gaps.waitFor();
    await s.screenshot('inventory-07-completeness');

    await gaps.getByRole('button', { name: 'Fix' }).first().click();
    expect(s.page.url()).toContain('field=');
    const activity = new RecordEditor(s.page, ACTIVITY);
    await activity.dialog.waitFor();
    // The field to fix has the focus, not the name at the top.
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.closest('[data-field]')?.getAttribute('data-field'))).not.toBe('name');

    await activity.dialog.getByLabel('From the person directly', { exact: true }).check();
    await activity.fill('How data is deleted', 'Deleted by the yearly payroll purge; backups expire after 35 days');
    await activity.fill('Security measures', 'Encryption at rest, single sign-on with MFA, access limited to the people team');
    await activity.button('Reviewed today').click();
    await activity.save();

    await inventory.openTab('Completeness');
    await inventory
      .panel()
      .getByText(/Every activity has what the record of processing and the privacy notice need|activit(y needs|ies need) attention/)
      .waitFor();
    expect(await gaps.count(), `still listed: ${await inventory.panel().textContent()}`).toBe(0);
    await s.screenshot('inventory-08-completeness-clear');
  });

  it('made no request beyond the local service and raised no page error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
