import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallOutput } from '../../src-main/contract';
import type { InventoryDocument } from '../../src-main/contract/exchange';
import { createServices, type AppServices } from '../../src-main/services/app-services';
import { createApi } from '../../src-main/transport/api';
import type { Dispatch } from '../../src-main/transport/dispatch';
import { FakeClock } from '../helpers/clock';
import { errorOf, valueOf } from '../helpers/results';
import { MemoryBacking } from '../helpers/settings';
import { useSharedTempDir } from '../helpers/shared-temp-dir';

const PASS = 'correct horse battery staple';

/** A document as compared across workspaces: when it was made and whose profile it carries aside. */
function comparable(content: string): Omit<InventoryDocument, 'exportedAt' | 'organisation'> {
  const { exportedAt, organisation, ...rest } = JSON.parse(content) as InventoryDocument;
  return rest;
}

describe('inventory JSON export, import and the sample company', () => {
  const dir = useSharedTempDir('pw-exchange-');
  let services: AppServices;
  let api: Dispatch;
  let sampleExport: string;

  const call = async <K extends CallName>(name: K, input: CallInput<K>) => valueOf(await api(name, input)) as CallOutput<K>;
  const create = async (file: string, sample: boolean) =>
    call('workspace.create', { path: join(dir(), file), organisationName: `Org ${file}`, passphrase: PASS, confirmPassphrase: PASS, sample });
  const exportJson = () => call('inventory.exportJson', {});
  const total = async (name: 'inventory.activities.list' | 'inventory.recipients.list' | 'inventory.systems.list') =>
    (await call(name, { archived: 'all' })).total;

  beforeAll(async () => {
    services = createServices({
      host: { host: 'browser', version: 'test', defaultFolder: dir(), pathSeparator: '/' },
      settings: new MemoryBacking(),
      clock: new FakeClock('2026-11-29T10:00:00Z'),
    });
    api = createApi(services, (name, error) => {
      throw new Error(`${name} failed unexpectedly: ${String(error)}`);
    });
    await create('sample.pws', true);
    sampleExport = (await exportJson()).content;
  });
  afterAll(() => services.session.dispose());

  it('fills a new workspace with the whole sample company', async () => {
    const doc = JSON.parse(sampleExport) as InventoryDocument;
    expect(doc.activities).toHaveLength(10);
    expect(doc.recipients).toHaveLength(11);
    expect(doc.systems).toHaveLength(9);
    expect(doc.cookies).toHaveLength(8);
    expect(doc.communications).toHaveLength(4);
    expect(doc.categories.map((c) => c.name)).toEqual(expect.arrayContaining(['Order history', 'Call recordings and chat transcripts', 'User Contact Email']));
    expect(doc.organisation.name).toBe('Org sample.pws');
    expect(doc.organisation.dpoName).toBe('Dr. Mira Albers');
    const support = doc.activities.find((a) => a.name === 'Customer service')!;
    expect(support.purposes.map((p) => p.legalBasis)).toEqual(['contract', 'legitimate_interests']);
    expect(support.transfers).toEqual([expect.objectContaining({ country: 'IN', mechanism: 'scc' })]);
    const hits = await call('inventory.search', { query: 'recorded calls' });
    expect(hits.map((h) => h.title)).toContain('Customer service');
  });

  it('reproduces the same inventory when an export is imported into a new workspace', async () => {
    await create('copy.pws', false);
    const summary = await call('inventory.importJson', { content: sampleExport });
    expect(summary).toMatchObject({ activities: 10, recipients: 11, systems: 9, cookies: 8, communications: 4, categories: 2, subjects: 1 });
    const copy = await exportJson();
    expect(copy.fileName).toMatch(/^inventory-org-copy-pws-2026-11-29\.json$/);
    expect(comparable(copy.content)).toEqual(comparable(sampleExport));
    expect(JSON.parse(copy.content).organisation.dpoName).toBe('Dr. Mira Albers');
  });

  it('reuses recipients and systems of the same name on a second import, and adds the activities again', async () => {
    valueOf(await api('inventory.importJson', { content: sampleExport }));
    expect(await total('inventory.recipients.list')).toBe(11);
    expect(await total('inventory.systems.list')).toBe(9);
    expect(await total('inventory.activities.list')).toBe(20);
  });

  it('refuses a broken file with a clear message and imports nothing of it', async () => {
    const before = (await exportJson()).content;
    const broken = JSON.parse(sampleExport) as InventoryDocument;
    broken.activities.push({ ...broken.activities[0]!, ref: 'activity-new', name: 'Half written', systems: ['system-404'] });
    const bad = errorOf(await api('inventory.importJson', { content: JSON.stringify(broken) }));
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toMatch(/points to “system-404”.*Nothing was imported/);
    expect(errorOf(await api('inventory.importJson', { content: 'not json at all' })).message).toMatch(/not JSON/);
    expect(errorOf(await api('inventory.importJson', { content: '{"format":"something else"}' })).message).toMatch(/not a Privacy Workstation inventory/);
    expect(comparable((await exportJson()).content)).toEqual(comparable(before));
  });
});
