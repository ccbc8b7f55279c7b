import type { Locator, Page } from 'playwright-core';
import { RecordEditor } from './record-editor';

export const INVENTORY_TABS = [
  'Activities',
  'Data categories',
  'Data subjects',
  'Systems',
  'Recipients',
  'Cookies',
  'Communications',
  'Data map',
  'Completeness',
  'Organisation',
] as const;
export type InventoryTab = (typeof INVENTORY_TABS)[number];

/** The Inventory section: its tabs, the record lists, the completeness check. */
export class Inventory {
  constructor(private readonly page: Page) {}

  async openTab(tab: InventoryTab): Promise<void> {
    await this.page.getByRole('tab', { name: tab, exact: true }).click();
    await this.page.getByRole('tab', { name: tab, exact: true, selected: true }).waitFor();
  }

  panel(): Locator {
    return this.page.getByRole('tabpanel');
  }

  row(text: string | RegExp): Locator {
    return this.page.getByRole('row').filter({ hasText: text });
  }

  /** Clicks "New system" (or the like) and returns its editor. */
  async create(newLabel: string): Promise<RecordEditor> {
    await this.page.getByRole('button', { name: newLabel, exact: true }).click();
    const editor = new RecordEditor(this.page, newLabel);
    await editor.dialog.waitFor();
    return editor;
  }

  /** Clicks a row and returns the editor titled with the record's name. */
  async open(name: string): Promise<RecordEditor> {
    await this.row(name).first().click();
    const editor = new RecordEditor(this.page, name);
    await editor.dialog.waitFor();
    return editor;
  }

  /** The completeness check's group of gaps for one activity. */
  gapsOf(activity: string): Locator {
    return this.panel().getByRole('region', { name: activity, exact: true });
  }
}
