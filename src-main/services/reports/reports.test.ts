import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PASS, useInventoryRig } from '../../../test/helpers/inventory-rig';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { composeReport } from '../../domain/notice/recipe';
import { gatherRecipe } from './gather';

const rig = useInventoryRig('Kestrel Outdoor GmbH');
const dir = useTempDir();
const FIXED = '2026-11-29T10:00:00.000Z';

beforeAll(() => {
  rig().services.exchange.importSample();
});

/** Starts a report, waits for its child process, and answers the PDF's text as pdftotext reads it. */
async function generate(input: Parameters<ReturnType<typeof rig>['services']['reports']['start']>[0]) {
  const { reports } = rig().services;
  const job = reports.start(input);
  const done = await reports.jobs.settled(job.jobId);
  expect(done).toMatchObject({ state: 'done', message: null });
  const { base64, fileName } = await rig().call('reports.result', { jobId: job.jobId });
  const file = join(dir(), fileName);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return { file, fileName, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }), status: done };
}

describe('reports service: gathered on the calling thread, composed and laid out in a child process', () => {
  it('the records of processing name every active activity, with progress to the end', async () => {
    const { text, fileName, status } = await generate({ report: 'records_of_processing', options: { dateLocale: 'en-GB' }, generatedAt: FIXED });
    expect(fileName).toBe('records-of-processing-activities-2026-11-29.pdf');
    expect(status.total).toBeGreaterThan(0);
    expect(status.done).toBe(status.total);
    const active = (await rig().call('inventory.activities.list', { limit: 500 })).rows.filter((a) => a.status === 'active');
    expect(active.length).toBeGreaterThan(0);
    for (const activity of active) expect(text).toContain(activity.name);
  });

  it('the same workspace and fixed date give the same bytes; the cover ties the PDF to the audit log', async () => {
    const input = { report: 'privacy_notice', options: { dateLocale: 'de-DE' }, generatedAt: FIXED } as const;
    // The cover prints the hash in groups of 16, wrapped as the page allows.
    const headLine = /Audit log head entry (\d+), sha256 ((?:[0-9a-f]{16} ?){4})/;
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const { head } = rig().services.audit;
    const before = head();
    const first = await generate(input);
    expect(first.text).toContain('29. November 2026');
    const [, seq, hash] = flat(first.text).match(headLine) ?? [];
    expect([seq, hash?.replace(/ /g, '')]).toEqual([String(before.seq), before.hash]);
    // Generating is itself logged, so the next report names the entry that logged this one.
    const second = await generate(input);
    expect(flat(second.text).match(headLine)?.[1]).toBe(String(before.seq + 1));
    expect(flat(second.text).replace(headLine, '')).toBe(flat(first.text).replace(headLine, ''));
    // At the same head, the same bytes, whether the child composes the document or is given it.
    const { reports } = rig().services;
    const recipe = gatherRecipe(rig().services, 'privacy_notice', { dateLocale: 'de-DE' }, new Date(FIXED));
    const pdfs = [];
    for (const [fileName, source] of [['a.pdf', { recipe }], ['b.pdf', { document: composeReport(recipe) }]] as const) {
      const job = reports.jobs.start(source, fileName);
      await reports.jobs.settled(job.jobId);
      pdfs.push(Buffer.from(reports.jobs.result(job.jobId).pdf));
    }
    expect(pdfs[0]!.equals(pdfs[1]!)).toBe(true);
  });

  it('a running report can be cancelled; its result is then refused with a clear message', async () => {
    const { reports } = rig().services;
    const job = reports.start({ report: 'records_of_processing', options: { dateLocale: 'en-GB' } });
    expect(reports.cancel({ jobId: job.jobId }).state).toBe('cancelled');
    expect((await reports.jobs.settled(job.jobId)).state).toBe('cancelled');
    const error = await rig().fail('reports.result', { jobId: job.jobId });
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'This report is not ready: it is cancelled.' });
  });

  it.runIf(process.platform === 'linux')('the child is given the document only: neither the workspace path nor its key', async () => {
    const { reports, session } = rig().services;
    const job = reports.start({ report: 'records_of_processing', options: { dateLocale: 'en-GB' } });
    const { pid } = reports.jobs.process(job.jobId);
    const seen = ['environ', 'cmdline'].map((file) => readFileSync(`/proc/${pid}/${file}`, 'latin1')).join('\n');
    await reports.jobs.settled(job.jobId);
    const { key } = session.workspace();
    expect(seen).toContain('child-entry.ts');
    for (const secret of [rig().path, key.toString('hex'), key.toString('base64'), key.toString('latin1')]) expect(seen).not.toContain(secret);
    expect(seen).not.toMatch(/NODE_OPTIONS|VITEST/);
  });

  it('a response packet needs its request; an unknown job is named as gone', async () => {
    expect(await rig().fail('reports.start', { report: 'request_response', options: {} })).toMatchObject({
      code: 'VALIDATION',
      fields: { 'options.requestId': 'Choose the request the response is for.' },
    });
    expect((await rig().fail('reports.status', { jobId: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });

  it('locking the workspace forgets every report', async () => {
    const { jobId } = (await generate({ report: 'vendor_review', options: { dateLocale: 'en-GB' }, generatedAt: FIXED })).status;
    const { path } = rig();
    rig().services.session.lock('manual');
    await rig().services.session.unlock(path, PASS);
    expect((await rig().fail('reports.result', { jobId })).code).toBe('NOT_FOUND');
  });
});

describe('reports on an empty workspace', () => {
  const empty = useInventoryRig('Empty Shelf Ltd');

  it.each(['records_of_processing', 'privacy_notice', 'request_backlog', 'vendor_review'] as const)('%s says what is missing instead of failing', async (report) => {
    const { reports } = empty().services;
    const job = reports.start({ report, options: { dateLocale: 'en-GB' }, generatedAt: FIXED });
    expect((await reports.jobs.settled(job.jobId)).state).toBe('done');
    const file = join(dir(), `${report}.pdf`);
    writeFileSync(file, reports.jobs.result(job.jobId).pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Empty Shelf Ltd');
    expect(text).toMatch(/Missing:/);
  });
});
