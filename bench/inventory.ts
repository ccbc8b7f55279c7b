import { join } from 'node:path';
import { createServices } from '../src-main/services/app-services';
import { fillLargeInventory, type InventorySize } from '../test/fixtures/large-inventory';
import { summarise, timeRuns } from './stats';

const PASS = 'benchmark passphrase 2026';
const SIZE: InventorySize = { activities: 5000, systems: 300, recipients: 1000 };
const settings = new Map<string, unknown>();

/** Each inventory screen's query on a large encrypted workspace, through the same services the UI calls. */
export async function inventoryBench(dir: string, runs: number) {
  const services = createServices({
    host: { host: 'browser', version: 'bench', defaultFolder: dir, pathSeparator: '/' },
    settings: { get: (k) => settings.get(k), set: (k, v) => void settings.set(k, v) },
  });
  await services.session.create(join(dir, 'inventory.pws'), PASS, 'Bench Org');
  const started = performance.now();
  fillLargeInventory(services, SIZE);
  const fillMs = performance.now() - started;
  const { inventory } = services;
  const page = { search: '', archived: 'active', sort: { by: 'name', dir: 'asc' }, offset: 0, limit: 100, filters: {} } as const;
  const someActivity = inventory.activities.list({ ...page, offset: 2500, limit: 1 }).rows[0]!.id;
  const measure = async (fn: () => unknown) => summarise(await timeRuns(runs, fn));
  const figures = {
    size: SIZE,
    fillMs: Math.round(fillMs),
    activitiesFirstPage: await measure(() => inventory.activities.list(page)),
    activitiesFilteredSorted: await measure(() =>
      inventory.activities.list({ ...page, sort: { by: 'updatedAt', dir: 'desc' }, filters: { status: 'active', legalBasis: 'contract' } }),
    ),
    activitiesSearchBox: await measure(() => inventory.activities.list({ ...page, search: 'payroll' })),
    systemsFirstPage: await measure(() => inventory.systems.list(page)),
    recipientsFirstPage: await measure(() => inventory.recipients.list(page)),
    categoriesAll: await measure(() => inventory.categories.list({ ...page, sort: { by: 'key', dir: 'asc' }, limit: 5000 })),
    fullTextSearch: await measure(() => inventory.search({ query: 'finance depart', limit: 50 })),
    openActivity: await measure(() => inventory.activities.get({ id: someActivity })),
    completeness: await measure(() => inventory.completeness()),
    dataMap: await measure(() => inventory.dataMap({})),
  };
  services.session.dispose();
  return figures;
}
