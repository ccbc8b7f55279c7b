import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventoryDocument } from '../../src-main/contract';
import { AppShell } from './pages/app-shell';
import { Inventory } from './pages/inventory';
import { InventoryExchange } from './pages/inventory-exchange';
import { UnlockScreen } from './pages/unlock-screen';
import { WorkspacePicker } from './pages/workspace-picker';
import { openRig, type RigSession } from './rig';

const PASSPHRASE = 'lantern quarry orchid tundra 2026';
const SAMPLE_ACTIVITIES = 10;
const SAMPLE_NAMES = ['Order processing and delivery', 'Customer accounts and login', 'Security logging', 'Recruitment'];

const HEADER = ['Processing activity', 'Owner', 'Status', 'Purposes', 'Legal bases', 'Data categories', 'Data subjects', 'Systems', 'Recipients', 'Retention', 'Last reviewed on'] as const;
type Column = (typeof HEADER)[number];
const ROWS = 30;

/** The three bad rows, by data row index: what is wrong in them, and the problem the review must list. */
const BAD: Record<number, { cells: Partial<Record<Column, string>>; column: Column; reason: RegExp }> = {
  4: { cells: { 'Processing activity': '' }, column: 'Processing activity', reason: /^The name is empty/ },
  11: { cells: { 'Data categories': 'user.contact.email; Shoe size' }, column: 'Data categories', reason: /^Unknown data category “Shoe size”/ },
  19: { cells: { 'Legal bases': 'Because we can' }, column: 'Legal bases', reason: /^Unknown legal basis “Because we can”/ },
};
const BAD_ROWS = Object.keys(BAD).length;
/** The header is line 1, so data row i stands on line i + 2. */
const lineOf = (index: number) => index + 2;

function sheetRow(index: number): string[] {
  const cells: Record<Column, string> = {
    'Processing activity': `Imported activity ${String(index + 1).padStart(2, '0')}`,
    Owner: ['Sales', 'Logistics', 'IT'][index % 3] ?? '',
    Status: 'Active',
    Purposes: 'Handle loyalty points',
    'Legal bases': 'Contract',
    'Data categories': 'user.contact.email',
    'Data subjects': 'Customer',
    Systems: ['Web shop', 'Loyalty app', ''][index % 3] ?? '',
    Recipients: index % 2 ? 'Relay Mail Services Inc.' : 'Stampede Print Ltd',
    Retention: '6 years',
    'Last reviewed on': '2026-01-15',
    ...BAD[index]?.cells,
  };
  return HEADER.map((column) => cells[column]);
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csv = (rows: readonly (readonly string[])[]) => rows.map((row) => row.map(csvCell).join(',')).join('\r\n');

describe('moving the inventory in and out, in a real browser', () => {
  let s: RigSession;
  let shell: AppShell;
  let inventory: Inventory;
  let exchange: InventoryExchange;
  let jsonExport = '';

  const listTotal = (count: number) => inventory.panel().getByText(`${count} activities`, { exact: true });

  beforeAll(async () => {
    s = await openRig();
    shell = new AppShell(s.page);
    inventory = new Inventory(s.page);
    exchange = new InventoryExchange(s.page);
    const picker = new WorkspacePicker(s.page);
    await picker.heading().waitFor();
    await picker.create({ organisation: 'Kestrel Outdoor GmbH', passphrase: PASSPHRASE, sample: true });
    await shell.sectionHeading('Dashboard').waitFor();
    await shell.dismissNotifications();
    await shell.goTo('Inventory');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('opens a sample-company workspace with its ten activities', async () => {
    await listTotal(SAMPLE_ACTIVITIES).waitFor();
    for (const name of SAMPLE_NAMES) await inventory.row(name).first().waitFor();
    await s.screenshot('exchange-01-sample-activities');
  });

  it('draws the sample company on the data map', async () => {
    await inventory.openTab('Data map');
    await inventory.panel().getByRole('img', { name: /^Data map:/ }).waitFor();
    await inventory.panel().getByRole('button', { name: /^Security logging, activity/ }).waitFor();
    const recipient = inventory.panel().getByRole('button', { name: /^Nimbus Cloud Hosting SE, recipient/ });
    await recipient.waitFor();
    // Focusing a box traces its paths: through the edges at each activity, which carry no activity list of their own.
    await inventory.panel().getByRole('button', { name: /^Security logging, activity/ }).focus();
    await inventory.panel().getByText(/^Security logging \(activity\): \d+ data categor(y|ies), .*on its paths\./).waitFor();
    await recipient.focus();
    await inventory.panel().getByText(/^Nimbus Cloud Hosting SE \(recipient\): .*\d+ activit(y|ies).* on its paths\./).waitFor();
    // Focusing scrolled the page: back to the top, or the full-page picture draws the fixed header over the map.
    await s.page.evaluate(() => window.scrollTo(0, 0));
    await s.screenshot('exchange-02-data-map');
    // The same connections as a table, one row each (the answer's packed edges unpacked by the screen).
    await inventory.panel().getByText('Table', { exact: true }).click();
    await inventory.panel().getByText(/^\d+ connections, from data categories through activities/).waitFor();
    await inventory
      .panel()
      .getByRole('row')
      .filter({ has: s.page.getByRole('button', { name: /^Security logging, activity: / }) })
      .filter({ has: s.page.getByRole('button', { name: /^Nimbus Cloud Hosting SE, recipient: / }) })
      .waitFor();
    await inventory.panel().getByText('Picture', { exact: true }).click();
  });

  it('lists the overdue review of “Security logging” among the gaps', async () => {
    await inventory.openTab('Completeness');
    await inventory.panel().getByText('1 activity needs attention: 0 missing, 1 to review').waitFor();
    await inventory.gapsOf('Security logging').getByText(/more than 12 months ago/).waitFor();
    await s.screenshot('exchange-03-completeness');
  });

  it('imports a spreadsheet: suggested columns, a re-check on change, every problem listed, the good rows added', async () => {
    await inventory.openTab('Activities');
    const path = join(s.workspaceDir, 'loyalty-activities.csv');
    writeFileSync(path, `${csv([HEADER, ...Array.from({ length: ROWS }, (_, index) => sheetRow(index))])}\r\n`);

    const wizard = await exchange.openSpreadsheetWizard();
    await wizard.dialog.getByText('Nothing is written to the workspace until you confirm the import').waitFor();
    await s.screenshot('exchange-04-wizard-file');
    await wizard.chooseFile(path);

    // The headers name the fields, so the suggestion maps each of them.
    for (const field of ['Processing activity', 'Legal bases', 'Data categories', 'Retention', 'Last reviewed on']) {
      await expect(wizard.columnSelect(field).inputValue()).resolves.toBe(field);
    }
    await expect(wizard.columnSelect('Description').inputValue()).resolves.toBe('— not imported —');
    // Each Select is described by its field's hint.
    const hint = await wizard.columnSelect('Legal bases').evaluate((select) => document.getElementById(select.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(hint).toMatch(/^One legal basis per purpose/);
    const ready = `${ROWS - BAD_ROWS} rows ready, ${BAD_ROWS} rows with problems`;
    await wizard.status(ready).waitFor();
    await s.screenshot('exchange-05-wizard-columns');
    const firstRows = wizard.dialog.getByRole('table', { name: 'The file’s first rows' });
    await firstRows.scrollIntoViewIfNeeded();
    await firstRows.getByText('Imported activity 10', { exact: true }).waitFor();
    await s.screenshot('exchange-05b-wizard-first-rows');

    // Leaving the categories out clears the unknown category's problem; taking them back brings it back.
    await wizard.setColumn('Data categories', '— not imported —');
    await wizard.status(`${ROWS - BAD_ROWS + 1} rows ready, ${BAD_ROWS - 1} rows with problems`).waitFor();
    await wizard.setColumn('Data categories', 'Data categories');
    await wizard.status(ready).waitFor();
    // Without a name column nothing can be imported: the header problem shows, and the next step waits.
    await wizard.setColumn('Processing activity', '— not imported —');
    await wizard.dialog.getByRole('alert').filter({ hasText: 'These columns cannot be imported yet' }).waitFor();
    await wizard.status('Columns to fix first').waitFor();
    await expect(wizard.button('Next: review the rows').isDisabled()).resolves.toBe(true);
    await s.screenshot('exchange-06-wizard-header-problem');
    await wizard.setColumn('Processing activity', 'Processing activity');
    await wizard.status(ready).waitFor();

    await wizard.button('Next: review the rows').click();
    await wizard.dialog.getByText('Nothing has been written yet.', { exact: false }).waitFor();
    const problems = await wizard.problemRows().allInnerTexts();
    expect(problems).toHaveLength(BAD_ROWS);
    Object.entries(BAD).forEach(([index, bad], position) => {
      const [line, column, reason] = (problems[position] ?? '').split('\t').map((cell) => cell.trim());
      expect([line, column]).toEqual([String(lineOf(Number(index))), bad.column]);
      expect(reason).toMatch(bad.reason);
    });
    await wizard.dialog.getByText('Systems (1): Loyalty app').waitFor();
    await wizard.dialog.getByText('Recipients, as processors (1): Stampede Print Ltd').waitFor();
    await s.screenshot('exchange-07-wizard-review');

    await wizard.button(`Import ${ROWS - BAD_ROWS} rows and skip the ${BAD_ROWS} with problems`).click();
    await wizard.dialog.getByText(`Imported ${ROWS - BAD_ROWS} activities`).waitFor();
    await s.screenshot('exchange-08-wizard-result');
    await wizard.close();

    // Exactly the sample's ten and the 27 good rows: the five checks before the import wrote nothing.
    await listTotal(SAMPLE_ACTIVITIES + ROWS - BAD_ROWS).waitFor();
    await inventory.row('Imported activity 01').waitFor();
    expect(s.page.url()).toMatch(/#\/inventory\/activities$/);
  });

  it('exports the activities as CSV and Excel, and the whole inventory as JSON', async () => {
    const total = SAMPLE_ACTIVITIES + ROWS - BAD_ROWS;
    const menu = await exchange.openMenu();
    await menu.getByText('An export is a plaintext copy of personal data, outside the encrypted workspace.').waitFor();
    await expect.poll(() => menu.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await s.screenshot('exchange-09-menu');
    await s.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    const csvFile = await exchange.download('Export activities as CSV');
    expect(csvFile.suggestedFilename()).toMatch(/^activities-.*\.csv$/);
    const exported = readFileSync(await csvFile.path(), 'utf8');
    for (const name of [...SAMPLE_NAMES, 'Imported activity 01', 'Imported activity 30']) expect(exported).toContain(name);
    expect(exported).not.toContain('Imported activity 05');

    const xlsxFile = await exchange.download('Export activities as Excel (XLSX)');
    expect(xlsxFile.suggestedFilename()).toMatch(/^activities-.*\.xlsx$/);
    expect(readFileSync(await xlsxFile.path()).subarray(0, 2).toString('latin1')).toBe('PK');

    const jsonFile = await exchange.download('Export the whole inventory as JSON');
    expect(jsonFile.suggestedFilename()).toMatch(/^inventory-.*\.json$/);
    jsonExport = join(s.workspaceDir, jsonFile.suggestedFilename());
    await jsonFile.saveAs(jsonExport);
    // The file is a whole inventory document, as the contract defines it.
    const doc = inventoryDocument.parse(JSON.parse(readFileSync(jsonExport, 'utf8')));
    expect(doc.activities).toHaveLength(total);
    await s.page.getByText('Export ready').first().waitFor();
    await s.screenshot('exchange-10-exported');
  });

  it('adds the JSON export to a second, empty workspace, which then has the same activities', async () => {
    await shell.lock();
    await new UnlockScreen(s.page).heading().waitFor();
    await s.page.getByRole('button', { name: 'Choose another workspace' }).click();
    const picker = new WorkspacePicker(s.page);
    await picker.heading().waitFor();
    await picker.create({ organisation: 'Kestrel copy', passphrase: PASSPHRASE, path: join(s.workspaceDir, 'copy.pws') });
    // The new workspace opens on the section the address still names: the Inventory.
    await shell.goTo('Inventory');
    await inventory.panel().getByText('No activities', { exact: true }).waitFor();

    const dialog = await exchange.openJsonImport();
    await dialog.getByText('Recipients and systems with the same name as one already here are reused').waitFor();
    await exchange.chooseJsonFile(jsonExport);
    await s.screenshot('exchange-11-json-import-dialog');
    await exchange.confirmJsonImport();
    await s.page.getByText(new RegExp(`^Added ${SAMPLE_ACTIVITIES + ROWS - BAD_ROWS} activities, `)).waitFor();
    await listTotal(SAMPLE_ACTIVITIES + ROWS - BAD_ROWS).waitFor();
    // The first rows by name: the list draws only the rows in view.
    for (const name of ['Customer accounts and login', 'Fraud prevention', 'Imported activity 01']) await inventory.row(name).first().waitFor();
    await s.screenshot('exchange-12-json-imported');
  });

  it('made no request beyond the local service and raised no page error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
