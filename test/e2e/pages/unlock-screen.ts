import type { Page } from 'playwright-core';

export class UnlockScreen {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Unlock workspace', level: 1 });
  }

  alert() {
    return this.page.getByRole('alert').filter({ hasText: 'The workspace did not open' });
  }

  async unlock(passphrase: string): Promise<void> {
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }
}
