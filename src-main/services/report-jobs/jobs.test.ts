import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { largeDocument, sampleDocument } from '../../reports/test-documents';
import { forkRenderChild } from './child-launch';
import { ReportJobs } from './jobs';

const dir = useTempDir();
const jobs = new ReportJobs();
afterEach(() => jobs.clear());

/** Whether a process with this pid still exists (a reaped child no longer does). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const gone = (pid: number) => vi.waitFor(() => expect(alive(pid)).toBe(false), { timeout: 10_000 });

/** Waits until the child has reported progress: it has loaded and is laying out. */
const rendering = (jobId: string) => vi.waitFor(() => expect(jobs.status(jobId).total).toBeGreaterThan(0), { timeout: 20_000 });

describe('report jobs: each report laid out in a child process of its own', () => {
  it('renders in the child, reports progress to the end, and ends the child', async () => {
    const job = jobs.start({ document: sampleDocument() }, 'sample.pdf');
    const { pid } = jobs.process(job.jobId);
    expect(pid).toBeGreaterThan(0);
    expect(pid).not.toBe(process.pid);
    const done = await jobs.settled(job.jobId);
    expect(done).toMatchObject({ state: 'done', message: null, fileName: 'sample.pdf' });
    expect(done.total).toBeGreaterThan(0);
    expect(done.done).toBe(done.total);
    const { pdf } = jobs.result(job.jobId);
    expect(done.bytes).toBe(pdf.byteLength);
    const file = join(dir(), 'sample.pdf');
    writeFileSync(file, pdf);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain(sampleDocument().title);
    expect(jobs.process(job.jobId).peakRssBytes).toBeGreaterThan(0);
    await gone(pid!);
  });

  it('cancel kills the child at once; the result is then refused', async () => {
    const job = jobs.start({ document: largeDocument(6000) }, 'large.pdf');
    const { pid } = jobs.process(job.jobId);
    await rendering(job.jobId);
    expect(alive(pid!)).toBe(true);
    expect(jobs.cancel(job.jobId).state).toBe('cancelled');
    expect((await jobs.settled(job.jobId)).state).toBe('cancelled');
    await gone(pid!);
    expect(() => jobs.result(job.jobId)).toThrow('This report is not ready: it is cancelled.');
  });

  it('a child that dies says so as the failure', async () => {
    const job = jobs.start({ document: largeDocument(6000) }, 'large.pdf');
    const { pid } = jobs.process(job.jobId);
    await rendering(job.jobId);
    process.kill(pid!, 'SIGKILL');
    expect(await jobs.settled(job.jobId)).toMatchObject({ state: 'failed', message: 'The report stopped unexpectedly.' });
    expect(() => jobs.result(job.jobId)).toThrow('This report is not ready: it is failed.');
  });

  it('an error inside the child is reported with its message, and the child ends', async () => {
    const broken = new ReportJobs({ fontsDir: join(dir(), 'no-fonts-here') });
    const job = broken.start({ document: sampleDocument() }, 'sample.pdf');
    const { pid } = broken.process(job.jobId);
    const failed = await broken.settled(job.jobId);
    expect(failed.state).toBe('failed');
    expect(failed.message).toMatch(/^The report fonts are missing: looked in .*no-fonts-here/);
    await gone(pid!);
  });

  it('gathers what to lay out while the child boots; when gathering fails, the child ends and nothing starts', async () => {
    const pids: number[] = [];
    const watched = new ReportJobs({
      startChild: (spec) => {
        const child = forkRenderChild(spec);
        pids.push(child.pid!);
        return child;
      },
    });
    expect(() =>
      watched.start(() => {
        throw new Error('Choose the request the response is for.');
      }, 'response.pdf'),
    ).toThrow('Choose the request the response is for.');
    expect(pids).toHaveLength(1);
    await gone(pids[0]!);
    const job = watched.start(() => ({ document: sampleDocument() }), 'sample.pdf');
    expect((await watched.settled(job.jobId)).state).toBe('done');
  });

  it('keeps the newest finished reports only, up to five with the new one', async () => {
    const started: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      const job = jobs.start({ document: sampleDocument() }, `sample-${index}.pdf`);
      await jobs.settled(job.jobId);
      started.push(job.jobId);
    }
    expect(() => jobs.result(started[0]!)).toThrow('That report is no longer available');
    for (const jobId of started.slice(1)) expect(jobs.result(jobId).pdf.byteLength).toBeGreaterThan(0);
  });

  it('drops older finished reports beyond the memory they may hold together, never the newest', async () => {
    const small = new ReportJobs({ keptBytes: 1 });
    const first = small.start({ document: sampleDocument() }, 'first.pdf');
    await small.settled(first.jobId);
    const second = small.start({ document: sampleDocument() }, 'second.pdf');
    await small.settled(second.jobId);
    expect(() => small.result(first.jobId)).toThrow('That report is no longer available');
    expect(small.result(second.jobId).fileName).toBe('second.pdf');
  });

  it('clearing stops every running child and forgets every report', async () => {
    const running = jobs.start({ document: largeDocument(6000) }, 'large.pdf');
    const { pid } = jobs.process(running.jobId);
    jobs.clear();
    await gone(pid!);
    expect(() => jobs.status(running.jobId)).toThrow('That report is no longer available');
  });
});
