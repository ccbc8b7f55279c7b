import type { Page } from 'playwright-core';

/** The first screen: create, open or pick a recent workspace. */
export class WorkspacePicker {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Choose a workspace', level: 1 });
  }

  /** `sample` ticks "Fill it with a sample company". */
  async create(options: { organisation: string; passphrase: string; confirm?: string; path?: string; sample?: boolean }): Promise<void> {
    await this.page.getByRole('tab', { name: 'Create a workspace' }).click();
    await this.page.getByLabel('Organisation name').fill(options.organisation);
    if (options.path) await this.page.getByLabel('Workspace file').fill(options.path);
    await this.page.getByLabel('Passphrase', { exact: true }).fill(options.passphrase);
    await this.page.getByLabel('Confirm passphrase').fill(options.confirm ?? options.passphrase);
    if (options.sample) await this.page.getByLabel('Fill it with a sample company').check();
    await this.page.getByRole('button', { name: 'Create workspace' }).click();
  }

  async open(path: string): Promise<void> {
    await this.page.getByRole('tab', { name: 'Open a workspace' }).click();
    await this.page.getByLabel('Workspace file').fill(path);
    await this.page.getByRole('button', { name: 'Open', exact: true }).click();
  }

  recentEntry(organisation: string) {
    return this.page.getByRole('button', { name: new RegExp(organisation) }).first();
  }
}
