import type { InventoryKind } from '../../app/api';
import { navigateHash, useHashRoute } from '../../app/use-hash-section';

/** The seven kinds of record, by the plural their calls use (`inventory.systems.list`). */
const RECORD_AREAS = ['activities', 'categories', 'subjects', 'systems', 'recipients', 'cookies', 'communications'] as const;
export type RecordArea = (typeof RECORD_AREAS)[number];

export const INVENTORY_TABS = [...RECORD_AREAS, 'data-map', 'completeness', 'organisation'] as const;
export type InventoryTab = (typeof INVENTORY_TABS)[number];

export const KIND_OF_AREA = {
  activities: 'activity',
  categories: 'category',
  subjects: 'subject',
  systems: 'system',
  recipients: 'recipient',
  cookies: 'cookie',
  communications: 'communication',
} as const satisfies Record<RecordArea, InventoryKind>;

export const AREA_OF_KIND = {
  activity: 'activities',
  category: 'categories',
  subject: 'subjects',
  system: 'systems',
  recipient: 'recipients',
  cookie: 'cookies',
  communication: 'communications',
} as const satisfies Record<InventoryKind, RecordArea>;

const SECTION = 'inventory';

/**
 * `#/inventory/<tab>[/<id>|/new][?field=<path>&from=<tab>]`: the tab, the record open in its editor,
 * the field to jump to, and the tab to return to when the editor closes.
 */
export interface InventoryRoute {
  tab: InventoryTab;
  record: number | 'new' | null;
  field: string | null;
  from: InventoryTab | null;
}

const tabNamed = (name: string | null | undefined) => INVENTORY_TABS.find((tab) => tab === name);

function parseRecord(segment: string | undefined): number | 'new' | null {
  if (segment === 'new') return 'new';
  const id = Number(segment);
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function useInventoryRoute(): InventoryRoute {
  const { path, params } = useHashRoute();
  return { tab: tabNamed(path[0]) ?? 'activities', record: parseRecord(path[1]), field: params.get('field'), from: tabNamed(params.get('from')) ?? null };
}

/** Opens a tab of the Inventory from anywhere in the app, optionally with a record in its editor. */
export function openInventory(tab: InventoryTab, record?: number | 'new', jump: { field?: string; from?: InventoryTab } = {}): void {
  const params = Object.fromEntries(Object.entries(jump).filter((entry): entry is [string, string] => entry[1] !== undefined));
  navigateHash(SECTION, record === undefined ? [tab] : [tab, String(record)], params);
}
