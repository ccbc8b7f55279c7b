import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentText, missingTexts } from '../../domain/notice/document-text';
import { intake } from '../../../test/helpers/requests';
import { useInventoryRig } from '../../../test/helpers/inventory-rig';
import { composeReport } from '../../domain/notice/recipe';
import { gatherRecipe, gatherReportInput, metricsYear, type ReportSources } from './gather';

const sample = JSON.parse(readFileSync('resources/sample/sample-company.json', 'utf8')) as {
  activities: { name: string; purposes: { purpose: string }[]; categories: string[] }[];
  categories: { key: string; name: string }[];
};
const options = { dateLocale: 'en-GB' } as const;

describe('report inputs from an empty workspace', () => {
  const rig = useInventoryRig('Zoë Ñúñez GmbH');
  const sources = (): ReportSources => rig().services;
  const at = () => rig().clock.now();

  it('gives every report, each saying what to record', () => {
    for (const name of ['records_of_processing', 'privacy_notice', 'request_response', 'request_backlog', 'vendor_review'] as const) {
      const doc = composeReport(gatherRecipe(sources(), name, options, at()));
      expect(doc.organisation).toBe('Zoë Ñúñez GmbH');
      expect(missingTexts(doc).length, name).toBeGreaterThan(0);
    }
  });

  it('answers a request id that does not exist with a missing block', () => {
    const doc = composeReport(gatherRecipe(sources(), 'request_response', { ...options, requestId: 12345 }, at()));
    expect(missingTexts(doc)).toEqual(['Choose the request to answer: it was not given or no longer exists.']);
  });
});

describe('report inputs from the sample company', () => {
  const rig = useInventoryRig();
  const sources = (): ReportSources => rig().services;
  const at = () => rig().clock.now();
  const load = async () => {
    if ((await rig().call('inventory.activities.list', {})).total === 0) await rig().call('inventory.importJson', { content: JSON.stringify(sample) });
  };

  it('puts every activity and purpose in the records of processing', async () => {
    await load();
    const text = documentText(composeReport(gatherRecipe(sources(), 'records_of_processing', options, at())));
    for (const activity of sample.activities) {
      expect(text).toContain(activity.name);
      for (const purpose of activity.purposes) expect(text).toContain(purpose.purpose);
    }
  });

  it('puts every category the inventory uses in the privacy notice', async () => {
    await load();
    const text = documentText(composeReport(gatherRecipe(sources(), 'privacy_notice', options, at())));
    const names = new Map((await rig().call('inventory.categories.list', { limit: 5000, archived: 'all' })).rows.map((c) => [c.key, c.name]));
    // The sample's own categories are created under the names it gives them (their keys are made anew).
    const own = new Map(sample.categories.map((c) => [c.key, c.name]));
    for (const key of new Set(sample.activities.flatMap((a) => a.categories))) expect(text).toContain(own.get(key) ?? names.get(key));
  });

  it('answers an access request with the activities about customers, and counts it in the backlog', async () => {
    await load();
    const request = await rig().call('requests.create', intake('2026-11-20T10:00:00Z', { types: ['access'] }));
    const response = documentText(composeReport(gatherRecipe(sources(), 'request_response', { ...options, requestId: request.id }, at())));
    expect(response).toContain('Dear Zoë Kittiwake,');
    expect(response).toContain(request.reference);
    expect(response).toContain('Order processing and delivery');
    expect(response).not.toContain('Payroll and HR administration');
    const backlog = composeReport(gatherRecipe(sources(), 'request_backlog', options, at()));
    expect(documentText(backlog)).toContain('Open: 1');
    expect(backlog.cover).toContainEqual({ label: 'Metrics year (CCPA Regs § 7102)', value: '2025' });
  });

  it('reviews the chosen vendors from the vendor service', async () => {
    await load();
    const recipients = (await rig().call('inventory.recipients.list', { limit: 100 })).rows;
    const [first, second] = recipients;
    await rig().call('vendors.saveProfile', { recipientId: first!.id, dpaStatus: 'signed' });
    await rig().call('vendors.saveProfile', { recipientId: second!.id });
    const all = composeReport(gatherRecipe(sources(), 'vendor_review', options, at()));
    expect(all.sections.map((s) => s.title)).toEqual(['Register', ...[first!.name, second!.name].sort((a, b) => a.localeCompare(b, 'en'))]);
    const chosen = composeReport(gatherRecipe(sources(), 'vendor_review', { ...options, vendorIds: [second!.id, 999_999] }, at()));
    expect(chosen.sections.map((s) => s.title)).toEqual(['Register', second!.name]);
    expect(missingTexts(chosen)).toContain('Recipient #999999 has no vendor profile (or no longer exists): save a profile for it in Vendors.');
  });
});

describe('the records of processing', () => {
  const rig = useInventoryRig();

  it('takes the activities in force in one read, each as the activity service gives it, by name', async () => {
    await rig().call('inventory.importJson', { content: JSON.stringify(sample) });
    const rows = (await rig().call('inventory.activities.list', { limit: 5000 })).rows;
    await rig().call('inventory.activities.save', { name: 'a draft in lower case' });
    await rig().call('inventory.activities.save', { id: rows[0]!.id, name: rows[0]!.name, status: 'retired' });
    await rig().call('inventory.activities.archive', { id: rows[1]!.id, archived: true });

    const everything = (await rig().call('inventory.activities.list', { archived: 'all', limit: 5000 })).rows;
    const inForce = everything.filter((r) => r.archivedAt === null && r.status === 'active');
    expect(inForce.length).toBeLessThan(everything.length - 2);
    const { activities } = gatherReportInput(rig().services, 'records_of_processing', options, '2026-11-29');
    expect(activities).toEqual(await Promise.all(inForce.map((r) => rig().call('inventory.activities.get', { id: r.id }))));
  });
});

describe('metricsYear', () => {
  it('is the last whole calendar year of the period', () => {
    expect(metricsYear('2026-11-29')).toBe(2025);
    expect(metricsYear('2025-12-31')).toBe(2025);
  });
});
