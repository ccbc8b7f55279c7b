import type { Locator, Page } from 'playwright-core';

/** The Ctrl/Cmd+K search across the inventory. */
export class SearchModal {
  constructor(private readonly page: Page) {}

  input(): Locator {
    return this.page.getByLabel('Search the inventory', { exact: true });
  }

  hits(): Locator {
    return this.page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await this.input().waitFor();
  }

  async search(text: string): Promise<void> {
    await this.input().fill(text);
    await this.hits().first().waitFor();
  }

  /** Moves the highlight with the arrow keys to the hit that has the text, then opens it with Enter. */
  async openWithKeyboard(text: RegExp): Promise<void> {
    const count = await this.hits().count();
    for (let step = 0; step < count; step++) {
      const selected = this.page.getByRole('option', { selected: true });
      if (text.test((await selected.textContent()) ?? '')) break;
      await this.input().press('ArrowDown');
    }
    await this.input().press('Enter');
    await this.input().waitFor({ state: 'detached' });
  }
}
