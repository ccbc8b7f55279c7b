import type { Page } from 'playwright-core';

/** The picker's create form, naming the first person (the privacy officer). */
export async function createAsOfficer(page: Page, options: { organisation: string; officer: string; passphrase: string }): Promise<void> {
  await page.getByRole('tab', { name: 'Create a workspace' }).click();
  await page.getByLabel('Organisation name').fill(options.organisation);
  await page.getByLabel('Your login name').fill(options.officer);
  await page.getByLabel('Passphrase', { exact: true }).fill(options.passphrase);
  await page.getByLabel('Confirm passphrase').fill(options.passphrase);
  await page.getByRole('button', { name: 'Create workspace' }).click();
}

/** The unlock screen with a login name. */
export async function unlockAs(page: Page, name: string, passphrase: string): Promise<void> {
  await page.getByLabel('Login name').fill(name);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** A call made from the page straight to the rig's API, as a tampered renderer could: what the main process answers. */
export function callFromPage(page: Page, name: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  return page.evaluate(
    async ([call, body]) => {
      const response = await fetch(`/api/${call}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-pw-token': sessionStorage.getItem('pw-token') ?? '' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
    },
    [name, input] as const,
  );
}

/** Settings > People. */
export class PeopleSettings {
  constructor(private readonly page: Page) {}

  table() {
    return this.page.getByRole('table', { name: 'People' });
  }

  async add(person: { name: string; role: 'Privacy officer' | 'Staff' | 'Manager'; passphrase: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a person' });
    await form.getByLabel('Login name', { exact: true }).fill(person.name);
    await form.getByLabel('Role', { exact: true }).click();
    await this.page.getByRole('option', { name: person.role, exact: true }).click();
    await form.getByLabel('Their passphrase', { exact: true }).fill(person.passphrase);
    await form.getByLabel('Confirm their passphrase').fill(person.passphrase);
    await form.getByRole('button', { name: 'Add person' }).click();
    await this.table().getByRole('row').filter({ hasText: person.name }).waitFor();
  }

  /** Accepts the confirmation and waits until the row is gone. */
  async remove(name: string): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.page.getByRole('button', { name: `Remove ${name}` }).click();
    await this.table().getByRole('row').filter({ hasText: name }).waitFor({ state: 'detached' });
  }
}

/** Opens a screen by its address, as a link in the app would (the session stays unlocked). */
export async function openHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
}

/** How many buttons with this name the page shows now (0 when the role may not use them). */
export function buttonCount(page: Page, name: string | RegExp): Promise<number> {
  return page.getByRole('button', { name, exact: typeof name === 'string' }).count();
}

/** The line a read-only part shows instead of its edit buttons. */
export const OFFICERS_ONLY = 'Only privacy officers can change this.';
export const REQUEST_WORKERS_ONLY = 'Only privacy officers and staff can change this.';
