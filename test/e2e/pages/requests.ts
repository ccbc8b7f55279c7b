import type { Locator, Page } from 'playwright-core';

/** The Requests list: filters, rows, bulk actions and "Log a request". */
export class RequestList {
  constructor(private readonly page: Page) {}

  table(): Locator {
    return this.page.getByRole('table', { name: 'Requests', exact: true });
  }

  /** The body rows (the header row left out). */
  rows(): Locator {
    return this.table().locator('tbody tr[data-index]');
  }

  row(text: string | RegExp): Locator {
    return this.rows().filter({ hasText: text });
  }

  /** The row at a place in the whole list (the header row is 1, the first request 2). */
  rowAt(ariaRowIndex: number): Locator {
    return this.table().locator(`tbody tr[aria-rowindex="${ariaRowIndex}"]`);
  }

  /** The rows shown, in order, as [aria-rowindex, reference] ("" for a placeholder still loading). */
  async shownRows(): Promise<[number, string][]> {
    return this.rows().evaluateAll((rows) =>
      rows.map((row): [number, string] => [Number(row.getAttribute('aria-rowindex')), row.getAttribute('aria-busy') === 'true' ? '' : (row.querySelector('td:nth-child(2)')?.textContent ?? '')]),
    );
  }

  /** Sets the scroll position of the rows' scroll box; "end" scrolls to the bottom. */
  async scrollTo(top: number | 'end'): Promise<void> {
    await this.table().evaluate((table, to) => {
      const box = table.parentElement!;
      box.scrollTop = to === 'end' ? box.scrollHeight : to;
    }, top);
  }

  /** Ticks a row's box for the bulk actions. */
  async select(reference: string): Promise<void> {
    await this.table().getByRole('checkbox', { name: `Select ${reference}` }).click();
  }

  bulkBar(): Locator {
    return this.page.getByRole('region', { name: 'Bulk actions' });
  }

  /** "Assign…" in the bulk bar: types the name and submits. */
  async bulkAssign(assignee: string, beforeSubmit?: () => Promise<void>): Promise<void> {
    await this.bulkBar().getByRole('button', { name: 'Assign…' }).click();
    const field = this.page.getByLabel('Assign to', { exact: true });
    await field.fill(assignee);
    await beforeSubmit?.();
    await this.page.getByRole('button', { name: /^Assign \d+ requests?$/ }).click();
  }

  /** "Change status…" in the bulk bar: returns its dialog. */
  async bulkStatusDialog(): Promise<Locator> {
    await this.bulkBar().getByRole('button', { name: 'Change status…' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Change the status of / });
    await dialog.waitFor();
    return dialog;
  }

  /** "Open", "Closed" or "All": the segmented control's labels take the click for their hidden radios. */
  async show(state: 'Open' | 'Closed' | 'All'): Promise<void> {
    await this.page.locator('label').filter({ hasText: new RegExp(`^${state}$`) }).click();
    await this.page.getByRole('radio', { name: state, checked: true }).waitFor({ state: 'attached' });
  }

  async logRequest(): Promise<IntakeForm> {
    await this.page.getByRole('button', { name: 'Log a request', exact: true }).click();
    const form = new IntakeForm(this.page, 'Log a request');
    await form.dialog.waitFor();
    return form;
  }
}

/** The intake drawer: "Log a request", or "Edit REQ-…". */
export class IntakeForm {
  readonly dialog: Locator;

  constructor(
    private readonly page: Page,
    title: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: title, exact: true });
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  /** A searchable select or multi-select: type, click the option, close the list. */
  async pick(label: string, search: string, option: string | RegExp): Promise<void> {
    const field = this.field(label);
    await field.click();
    await field.fill(search);
    await this.page.getByRole('option', { name: option }).first().click();
    await this.dialog.getByRole('heading').first().click();
  }

  async submit(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Log the request', exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** Clicks the form's main button ("Log the request" or "Save") without waiting for the drawer to close. */
  async trySubmit(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Log the request|Save)$/ }).click();
  }

  /** "Edit intake": saves and waits for the drawer to close. */
  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** The error message shown under a field ("" when none). */
  async errorOf(label: string): Promise<string> {
    const id = await this.field(label).getAttribute('aria-describedby');
    const ids = (id ?? '').split(/\s+/).filter((part) => part.endsWith('-error'));
    if (ids.length === 0) return '';
    return (await this.page.locator(`[id="${ids[0]}"]`).textContent()) ?? '';
  }
}

/** One request opened: `#/requests/<id>`. */
export class RequestPage {
  constructor(private readonly page: Page) {}

  heading(reference: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name: reference });
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The deadline's headline: "Due Wednesday 16 December 2026 — 17 days left". */
  deadline(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /^(Due|Closed|Immediately|Without|Within)/ });
  }

  async verifyIdentity(method: string | RegExp): Promise<void> {
    const section = this.section('Identity verification');
    await section.getByLabel('Method', { exact: true }).click();
    await this.page.getByRole('option', { name: method }).click();
    await section.getByRole('button', { name: 'Verify identity', exact: true }).click();
    await section.getByText('Verified', { exact: true }).waitFor();
  }

  /** Clicks a workflow button and returns its dialog. */
  async startAction(label: string): Promise<Locator> {
    await this.section('Workflow').getByRole('button', { name: label, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: new RegExp(`^${label}: `) });
    await dialog.waitFor();
    return dialog;
  }

  async confirm(dialog: Locator, label: string): Promise<void> {
    await dialog.getByRole('button', { name: label, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  status(): Locator {
    // The badge beside the word "Status", whatever draws it.
    return this.section('Workflow').getByText('Status', { exact: true }).locator('xpath=following-sibling::*[1]');
  }

  tasks(): Locator {
    return this.section('Tasks').getByRole('checkbox');
  }

  /** "Edit intake": the drawer "Edit REQ-…". */
  async editIntake(reference: string): Promise<IntakeForm> {
    await this.page.getByRole('button', { name: 'Edit intake', exact: true }).click();
    const form = new IntakeForm(this.page, `Edit ${reference}`);
    await form.dialog.waitFor();
    return form;
  }

  /** Adds a file through "Add a file" (the browser's file chooser). */
  async attach(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.section('Attachments').getByRole('button', { name: 'Add a file' }).click();
    await (await chooser).setFiles(file);
  }
}
