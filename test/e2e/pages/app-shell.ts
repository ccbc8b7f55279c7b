import type { Page } from 'playwright-core';

export const SECTIONS = ['Dashboard', 'Inventory', 'Requests', 'Processors', 'Reports', 'Audit log', 'Settings'] as const;
export type Section = (typeof SECTIONS)[number];

/** The unlocked layout: header, sidebar and the current section. */
export class AppShell {
  constructor(private readonly page: Page) {}

  sectionHeading(section: Section) {
    return this.page.getByRole('heading', { name: section, level: 1, exact: true });
  }

  async goTo(section: Section): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: section, exact: true }).click();
    await this.sectionHeading(section).waitFor();
  }

  /** Closes the toasts, so they cover nothing in a screenshot. */
  async dismissNotifications(): Promise<void> {
    const toasts = this.page.locator('.mantine-Notification-root');
    for (let count = await toasts.count(); count > 0; count--) await toasts.first().locator('button').click();
    await toasts.first().waitFor({ state: 'detached' });
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock', exact: true }).click();
  }
}
