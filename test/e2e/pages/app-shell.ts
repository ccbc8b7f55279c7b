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

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock', exact: true }).click();
  }
}
