import type { Page } from 'playwright-core';

export type StatCard = 'Open requests' | 'Overdue' | 'Due this week';

/** The Dashboard: its number cards, charts and tables. */
export class Dashboard {
  constructor(private readonly page: Page) {}

  /** A card's number, read from its accessible name ("Open requests: 3. Show them in the list"). */
  async count(card: StatCard): Promise<number> {
    const button = this.page.getByRole('button', { name: new RegExp(`^${card}: \\d`) });
    await button.waitFor();
    const name = (await button.getAttribute('aria-label')) ?? '';
    return Number(/: ([\d,]+)\./.exec(name)?.[1]?.replace(/,/g, '') ?? Number.NaN);
  }
}
