import type { Download, Locator, Page } from 'playwright-core';

/** The Audit log section: filters, the table of entries, the entry drawer, verify and export. */
export class AuditLog {
  constructor(private readonly page: Page) {}

  table(): Locator {
    return this.page.getByRole('table', { name: 'Audit log entries' });
  }

  /** A row by the start of its accessible name: "Entry 12: Changed Activity Newsletter". */
  row(name: RegExp): Locator {
    return this.table().getByRole('row', { name });
  }

  /** The accessible names of the entries shown ("" for a placeholder still loading). */
  async rowNames(): Promise<string[]> {
    return this.table()
      .locator('tbody tr[data-index]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
  }

  /** Types into the filters' search box (the list follows after a short pause). */
  async search(text: string): Promise<void> {
    await this.page.getByRole('search', { name: 'Filter the audit log' }).getByRole('textbox', { name: 'Search', exact: true }).fill(text);
  }

  async filterKind(label: string): Promise<void> {
    await this.page.getByLabel('Kind', { exact: true }).click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  drawer(seq: number): Locator {
    return this.page.getByRole('dialog', { name: `Audit entry ${seq}` });
  }

  changedFields(seq: number): Locator {
    return this.drawer(seq).getByRole('table', { name: 'Changed fields' });
  }

  async verify(): Promise<void> {
    await this.page.getByRole('button', { name: 'Verify chain', exact: true }).click();
  }

  async exportCsv(): Promise<Download> {
    const downloaded = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export CSV', exact: true }).click();
    return downloaded;
  }
}
