import { join } from 'node:path';
import { createServices } from '../src-main/services/app-services';
import { fillLargeInventory, type InventorySize } from '../test/fixtures/large-inventory';
import { fillLargeVendors } from '../test/fixtures/large-vendors';
import { summarise, timeRuns } from './stats';

const PASS = 'benchmark passphrase 2026';
const SIZE: InventorySize = { activities: 5000, systems: 300, recipients: 1000 };
const settings = new Map<string, unknown>();

/** The vendor register on a large encrypted workspace (every recipient a vendor), through the services the UI calls. */
export async function vendorsBench(dir: string, runs: number) {
  const services = createServices({
    host: { host: 'browser', version: 'bench', defaultFolder: dir, pathSeparator: '/' },
    settings: { get: (k) => settings.get(k), set: (k, v) => void settings.set(k, v) },
  });
  await services.session.create(join(dir, 'vendors.pws'), PASS, 'Bench Org');
  fillLargeInventory(services, SIZE);
  const started = performance.now();
  const vendorCount = fillLargeVendors(services);
  const fillMs = performance.now() - started;
  const { vendors } = services;
  const page = { search: '', tier: null, flag: null, sort: { by: 'tier', dir: 'desc' }, offset: 0, limit: 100 } as const;
  const someVendor = vendors.list({ ...page, sort: { by: 'name', dir: 'asc' }, offset: 500, limit: 1 }).rows[0]!.recipientId;
  const measure = async (fn: () => unknown) => summarise(await timeRuns(runs, fn));
  const figures = {
    size: { ...SIZE, vendors: vendorCount },
    fillMs: Math.round(fillMs),
    listByTier: await measure(() => vendors.list(page)),
    listByNextReview: await measure(() => vendors.list({ ...page, sort: { by: 'nextReview', dir: 'asc' } })),
    listFilteredByFlag: await measure(() => vendors.list({ ...page, flag: 'certification_expiring' })),
    openVendor: await measure(() => vendors.get({ recipientId: someVendor })),
    dashboard: await measure(() => vendors.dashboard({})),
  };
  services.session.dispose();
  return figures;
}
