import type { Locator, Page } from 'playwright-core';

/** An inventory editor: the drawer titled "New system" or with the record's name. */
export class RecordEditor {
  readonly dialog: Locator;

  constructor(
    private readonly page: Page,
    title: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: title, exact: true });
  }

  /** A field by its exact label, in the whole editor or in one group (e.g. "Purpose 2"). */
  field(label: string, scope: Locator = this.dialog): Locator {
    return scope.getByLabel(label, { exact: true });
  }

  group(name: string): Locator {
    return this.dialog.getByRole('group', { name, exact: true });
  }

  async fill(label: string, value: string, scope?: Locator): Promise<void> {
    await this.field(label, scope).fill(value);
  }

  /** A select: open it and click the option. */
  async choose(label: string, option: string | RegExp, scope?: Locator): Promise<void> {
    await this.field(label, scope).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** A searchable select or record picker: type, wait for the server's options, click one, close the list. */
  async pick(label: string, search: string, option: string | RegExp, scope?: Locator): Promise<void> {
    const field = this.field(label, scope);
    await field.click();
    await field.fill(search);
    await this.page.getByRole('option', { name: option }).first().click();
    // Clicking the title closes a list that stays open for more choices (multi-selects).
    await this.dialog.getByRole('heading').first().click();
  }

  button(name: string): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  async save(): Promise<void> {
    await this.button('Save').click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** Ctrl+S, from wherever the focus is in the editor. */
  async saveWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+s');
    await this.dialog.waitFor({ state: 'detached' });
  }
}
