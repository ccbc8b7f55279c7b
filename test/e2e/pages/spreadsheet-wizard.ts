import type { Locator, Page } from 'playwright-core';

/** The "Import activities from a spreadsheet" wizard: file, columns, review, result. */
export class SpreadsheetWizard {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import activities from a spreadsheet', exact: true });
  }

  /** Sets the file on the hidden file input, as picking it in the file dialog would. */
  async chooseFile(path: string): Promise<void> {
    await this.dialog.locator('input[type="file"]').setInputFiles(path);
    await this.columnSelect('Processing activity').waitFor();
  }

  /** The Select of the file's column for one field, by the field's label. */
  columnSelect(field: string): Locator {
    return this.dialog.getByLabel(field, { exact: true });
  }

  async setColumn(field: string, column: string): Promise<void> {
    await this.columnSelect(field).click();
    await this.page.getByRole('option', { name: column, exact: true }).click();
  }

  /** The polite status line: "27 rows ready, 3 rows with problems". */
  status(text: string): Locator {
    return this.dialog.getByText(text, { exact: true });
  }

  button(name: string | RegExp): Locator {
    return this.dialog.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** The review step's problems, one row each (the header row left out). */
  problemRows(): Locator {
    return this.dialog.getByRole('table', { name: 'Problems' }).locator('tbody').getByRole('row');
  }

  async close(): Promise<void> {
    await this.button('Close').click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
