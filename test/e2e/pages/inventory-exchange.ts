import type { Download, Locator, Page } from 'playwright-core';
import { SpreadsheetWizard } from './spreadsheet-wizard';

export type ExchangeItem =
  | 'Import activities from a spreadsheet…'
  | 'Import an inventory JSON file…'
  | 'Export activities as CSV'
  | 'Export activities as Excel (XLSX)'
  | 'Export the whole inventory as JSON';

/** The Inventory's "Import or export" menu and the JSON import dialog it opens. */
export class InventoryExchange {
  constructor(private readonly page: Page) {}

  menuButton(): Locator {
    return this.page.getByRole('button', { name: 'Import or export', exact: true });
  }

  /** Each entry's accessible name starts with its title; a line of explanation follows. */
  menuItem(item: ExchangeItem): Locator {
    return this.page.getByRole('menuitem', { name: new RegExp(`^${item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }

  async openMenu(): Promise<Locator> {
    await this.menuButton().click();
    const menu = this.page.getByRole('menu');
    await menu.waitFor();
    return menu;
  }

  async choose(item: ExchangeItem): Promise<void> {
    await this.openMenu();
    await this.menuItem(item).click();
  }

  /** Chooses an export and returns the file the browser downloaded. */
  async download(item: Extract<ExchangeItem, `Export ${string}`>): Promise<Download> {
    const downloaded = this.page.waitForEvent('download');
    await this.choose(item);
    return downloaded;
  }

  async openSpreadsheetWizard(): Promise<SpreadsheetWizard> {
    await this.choose('Import activities from a spreadsheet…');
    const wizard = new SpreadsheetWizard(this.page);
    await wizard.dialog.waitFor();
    return wizard;
  }

  jsonDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import an inventory JSON file', exact: true });
  }

  /** Opens the JSON import, which first says what an import does to this inventory. */
  async openJsonImport(): Promise<Locator> {
    await this.choose('Import an inventory JSON file…');
    const dialog = this.jsonDialog();
    await dialog.waitFor();
    return dialog;
  }

  async chooseJsonFile(path: string): Promise<void> {
    await this.jsonDialog().locator('input[type="file"]').setInputFiles(path);
  }

  async confirmJsonImport(): Promise<void> {
    await this.jsonDialog().getByRole('button', { name: 'Add to this inventory', exact: true }).click();
    await this.jsonDialog().waitFor({ state: 'detached' });
  }
}
