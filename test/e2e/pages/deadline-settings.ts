import type { Locator, Page } from 'playwright-core';

/** The Statutory rules and Holiday calendars groups of the Settings page. */
export class DeadlineSettings {
  constructor(private readonly page: Page) {}

  group(title: 'Statutory rules' | 'Holiday calendars'): Locator {
    return this.page.locator('section').filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  /** Opens a regime's rules (its accordion item). */
  async openRegime(name: string): Promise<void> {
    const control = this.group('Statutory rules').getByRole('button', { name: new RegExp(`^${name}`) });
    if ((await control.getAttribute('aria-expanded')) !== 'true') await control.click();
    await this.page.getByRole('table', { name: `Rules of ${name}` }).waitFor();
  }

  /** The row of one rule: "<regime>: <request type label>". */
  rule(regime: string, type: string): Locator {
    return this.page.getByRole('row', { name: `${regime}: ${type}`, exact: true });
  }

  /** Opens the edit form of a rule and returns its dialog. */
  async editRule(regime: string, type: string): Promise<Locator> {
    await this.rule(regime, type).getByRole('button', { name: 'Edit', exact: false }).click();
    const dialog = this.page.getByRole('dialog', { name: `${regime}: ${type}` });
    await dialog.waitFor();
    return dialog;
  }

  /** Picks an option of a Mantine select inside `scope`. */
  async choose(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('textbox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  holidays(): Locator {
    return this.group('Holiday calendars').getByRole('table');
  }

  async addHoliday(date: string, name: string): Promise<void> {
    const form = this.group('Holiday calendars').getByRole('form', { name: 'Add a holiday' });
    await form.getByLabel('Date').fill(date);
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Add holiday' }).click();
  }
}
