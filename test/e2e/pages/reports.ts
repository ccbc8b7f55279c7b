import type { Download, Locator, Page } from 'playwright-core';

export type ReportTitle =
  | 'Records of processing activities'
  | 'Privacy notice'
  | 'Response to a data subject request'
  | 'Request backlog and metrics'
  | 'Vendor review';

/** The Reports section: the report cards and options, the progress, the preview and "Save PDF…". */
export class Reports {
  constructor(private readonly page: Page) {}

  /** A report's card: a radio named by its title, then the line saying what it is for. */
  card(report: ReportTitle): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${report}`) });
  }

  async choose(report: ReportTitle): Promise<void> {
    await this.card(report).click();
    await this.page.getByRole('radio', { name: new RegExp(`^${report}`), checked: true }).waitFor();
  }

  /** An option's input (a picker's list is labelled by the same name, so the input alone). */
  field(label: string): Locator {
    return this.page.locator('input').and(this.page.getByLabel(label, { exact: true }));
  }

  /** A select or searchable picker: type, click the option, close the list. */
  async pick(label: string, search: string, option: string | RegExp): Promise<void> {
    await this.field(label).click();
    await this.field(label).fill(search);
    await this.page.getByRole('option', { name: option }).first().click();
    await this.page.keyboard.press('Escape');
  }

  async setDateLanguage(language: string): Promise<void> {
    await this.field('Language of dates').click();
    await this.page.getByRole('option', { name: language, exact: true }).click();
  }

  /** The error shown under a field ("" when none). */
  async errorOf(label: string): Promise<string> {
    const described = (await this.field(label).getAttribute('aria-describedby')) ?? '';
    const id = described.split(/\s+/).find((part) => part.endsWith('-error'));
    return id ? ((await this.page.locator(`[id="${id}"]`).textContent()) ?? '') : '';
  }

  async generate(): Promise<void> {
    await this.page.getByRole('button', { name: 'Generate PDF', exact: true }).click();
  }

  progress(): Locator {
    return this.page.getByRole('progressbar', { name: /^Generating / });
  }

  /** By keyboard: Cancel takes the focus when a report starts, and a toast over it cannot swallow the key. */
  async cancel(): Promise<void> {
    await this.page.getByRole('button', { name: 'Cancel', exact: true }).press('Enter');
  }

  /** The finished report's box, titled with the report. */
  result(report: ReportTitle): Locator {
    return this.page.getByRole('region', { name: report, exact: true });
  }

  /** The preview's pages, each a canvas named "Page 1 of 12". */
  previewPages(): Locator {
    return this.page.getByRole('img', { name: /^Page \d+ of \d+$/ });
  }

  /** Waits until every previewed page is drawn. */
  async previewDrawn(): Promise<void> {
    await this.previewPages().first().waitFor();
    await this.page.locator('canvas[aria-busy="true"]').first().waitFor({ state: 'detached' });
  }

  /** The share of a previewed page's pixels that are not white: text, rules and charts. */
  async inkOf(page: Locator): Promise<number> {
    return page.evaluate((canvas) => {
      if (!(canvas instanceof HTMLCanvasElement)) throw new Error('The page preview is not a canvas.');
      const context = canvas.getContext('2d');
      if (!context) throw new Error('The canvas has no 2D context.');
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let index = 0; index < data.length; index += 4) if ((data[index] ?? 255) + (data[index + 1] ?? 255) + (data[index + 2] ?? 255) < 600) inked++;
      return inked / (data.length / 4);
    });
  }

  /** Clicks "Save PDF…" and returns the file the browser downloaded. */
  async save(): Promise<Download> {
    const downloaded = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Save PDF…', exact: true }).click();
    return downloaded;
  }
}
