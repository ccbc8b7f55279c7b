import type { Locator, Page } from 'playwright-core';

/** The Processors section: the vendor list, a vendor's page, its guided review. */
export class Vendors {
  constructor(private readonly page: Page) {}

  table(): Locator {
    return this.page.getByRole('table', { name: 'Vendors', exact: true });
  }

  row(name: string): Locator {
    return this.table().getByRole('row').filter({ hasText: name });
  }

  /** "Add vendor" with a new recipient; resolves on the new vendor's page. */
  async addNew(vendor: { name: string; country: string; countryOption: string; role: string; service: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add vendor', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add vendor' });
    await dialog.getByLabel('Name', { exact: true }).fill(vendor.name);
    await pick(this.page, dialog, 'Countries', vendor.country, vendor.countryOption);
    await dialog.getByLabel('Role', { exact: true }).click();
    await this.page.getByRole('option', { name: vendor.role }).click();
    await pick(this.page, dialog, 'Services', vendor.service, vendor.service);
    await dialog.getByRole('button', { name: 'Add vendor', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.heading(vendor.name).waitFor();
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  /** Tier, points, next review and flags under the vendor's name. */
  summary(): Locator {
    return this.page.getByRole('group', { name: 'Summary' });
  }

  async openTab(name: string): Promise<Locator> {
    await this.page.getByRole('tab', { name, exact: true }).click();
    await this.page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
    return this.page.getByRole('tabpanel');
  }

  /** Gives every question of the questionnaire in `scope` the same answer, then saves. */
  async answerAll(scope: Locator, answer: 'Yes' | 'Partly' | 'No' | 'Not applicable', evidence: string): Promise<void> {
    const groups = scope.getByRole('radiogroup');
    const count = await groups.count();
    for (let index = 0; index < count; index++) await groups.nth(index).getByRole('radio', { name: answer, exact: true }).check();
    await scope.getByLabel('Evidence for question 1', { exact: true }).fill(evidence);
    await scope.getByRole('button', { name: 'Save answers' }).click();
  }

  /** The guided review's current step. */
  step(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
  }

  /** The dashboard's vendor card: its number and the vendors it lists. */
  card(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  async cardCount(title: string): Promise<number> {
    return Number(await this.card(title).locator('[data-vendor-stat]').textContent());
  }
}

/** A searchable multi-select of a dialog: type, click the option, close the list. */
async function pick(page: Page, dialog: Locator, label: string, search: string, option: string): Promise<void> {
  const field = dialog.getByLabel(label, { exact: true });
  await field.click();
  await field.fill(search);
  await page.getByRole('option', { name: option }).first().click();
  // Clicking the title closes a list that stays open for more choices.
  await dialog.getByRole('heading').first().click();
}
