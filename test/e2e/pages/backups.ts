import type { Locator, Page } from 'playwright-core';

/** The Backups group of the Settings page and its restore dialog. */
export class BackupsSettings {
  constructor(private readonly page: Page) {}

  group(): Locator {
    return this.page.locator('section').filter({ has: this.page.getByRole('heading', { name: 'Backups', exact: true }) });
  }

  rows(): Locator {
    return this.group().getByRole('table', { name: 'Backups' }).getByRole('row', { name: /^Backup / });
  }

  async backUpNow(): Promise<void> {
    const before = await this.rows().count();
    await this.group().getByRole('button', { name: 'Back up now' }).click();
    await this.rows().nth(before).waitFor();
  }

  /** Opens the restore dialog of the backup in `row` (0: the newest) and restores it with `passphrase`. */
  async restore(row: number, passphrase: string): Promise<Locator> {
    await this.rows().nth(row).getByRole('button', { name: 'Restore…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Restore this backup?' });
    await dialog.getByLabel('Passphrase of this backup').fill(passphrase);
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    return dialog;
  }

  done(): Locator {
    return this.page.getByRole('dialog', { name: 'Backup restored' });
  }
}
