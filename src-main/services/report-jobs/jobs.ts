import { randomUUID } from 'node:crypto';
import { AppError } from '../../contract/errors';
import type { ReportJobState, ReportJobStatus } from '../../contract/reports';
import { childSpec, forkRenderChild, type StartRenderChild } from './child-launch';
import type { ChildMessage, ReportSource } from './child-protocol';

interface Job {
  status: ReportJobStatus;
  pid: number | undefined;
  peakRssBytes: number | null;
  pdf: Uint8Array | null;
  settled: Promise<ReportJobStatus>;
}

export interface ReportJobsOptions {
  /** The bundled render child of the packaged app (out/main/report-worker.js); absent when running from source. */
  bundledChild?: URL;
  /** Where the report fonts are; by default resources/fonts of the checkout. */
  fontsDir?: string;
  /** How to start the child: Node's fork by default; the Electron shell passes its utility process. */
  startChild?: StartRenderChild;
  /** How many bytes of finished reports are kept besides the newest (see KEPT_BYTES). */
  keptBytes?: number;
}

/**
 * Finished reports kept for download, newest first: up to five, and by default up to 16 MiB
 * together besides the new one; older ones are dropped. They hold personal data, in memory only,
 * and the records of a large inventory alone are over 10 MiB: the main process stays small however
 * many are made.
 */
const KEPT = 5;
const KEPT_BYTES = 16 * 2 ** 20;
const STOPPED = 'The report stopped unexpectedly.';

/**
 * Report generation off the main process: one child process per report, so that laying out
 * thousands of pages costs the main process neither time nor memory. Progress is polled by the
 * UI; cancel kills the child at once. Finished PDFs stay in memory only, until saved or the
 * workspace locks; nothing is written to disk here.
 */
export class ReportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly cancelHooks = new Map<string, () => void>();

  constructor(private readonly options: ReportJobsOptions = {}) {}

  /**
   * Starts a report. Given a function, the child is started first and boots (loads the layout kit)
   * while the function gathers what to lay out on this thread; if it throws, the child is ended and
   * the error goes to the caller, as if nothing had started.
   */
  start(source: ReportSource | (() => ReportSource), fileName: string): ReportJobStatus {
    const child = (this.options.startChild ?? forkRenderChild)(childSpec(this.options.bundledChild));
    let gathered: ReportSource;
    try {
      gathered = typeof source === 'function' ? source() : source;
    } catch (error) {
      child.kill();
      throw error;
    }
    this.forgetOldest();
    const jobId = randomUUID();
    const status: ReportJobStatus = { jobId, state: 'running', done: 0, total: 0, message: null, bytes: null, fileName };
    const job: Job = { status, pid: child.pid, peakRssBytes: null, pdf: null, settled: Promise.resolve(status) };
    job.settled = new Promise((resolve) => {
      const finish = (state: ReportJobState, message: string | null = null) => {
        if (job.status.state !== 'running') return;
        job.status = { ...job.status, state, message };
        child.kill();
        resolve(job.status);
      };
      child.onMessage((message: ChildMessage) => {
        if (message.type === 'progress') job.status = { ...job.status, done: message.done, total: message.total };
        else if (message.type === 'failed') finish('failed', message.message);
        else {
          job.pdf = message.pdf;
          job.peakRssBytes = message.peakRssBytes;
          job.status = { ...job.status, bytes: message.pdf.byteLength, done: job.status.total };
          finish('done');
        }
      });
      child.onExit(() => finish('failed', STOPPED));
      this.cancelHooks.set(jobId, () => finish('cancelled'));
    });
    child.send({ source: gathered, fontsDir: this.options.fontsDir });
    this.jobs.set(jobId, job);
    return status;
  }

  status(jobId: string): ReportJobStatus {
    return this.job(jobId).status;
  }

  /** Resolves when the job has finished, failed or been cancelled. */
  settled(jobId: string): Promise<ReportJobStatus> {
    return this.job(jobId).settled;
  }

  /** The job's child process (for the tests and the bench): its pid, and its peak memory once done. */
  process(jobId: string): { pid: number | undefined; peakRssBytes: number | null } {
    const { pid, peakRssBytes } = this.job(jobId);
    return { pid, peakRssBytes };
  }

  cancel(jobId: string): ReportJobStatus {
    this.cancelHooks.get(jobId)?.();
    return this.job(jobId).status;
  }

  result(jobId: string): { fileName: string; pdf: Uint8Array } {
    const job = this.job(jobId);
    if (job.pdf === null) throw new AppError('CONFLICT', `This report is not ready: it is ${job.status.state}.`);
    return { fileName: job.status.fileName, pdf: job.pdf };
  }

  /** Stops every running report and forgets every finished one: called when the workspace locks. */
  clear(): void {
    for (const cancel of this.cancelHooks.values()) cancel();
    this.cancelHooks.clear();
    this.jobs.clear();
  }

  private job(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('NOT_FOUND', 'That report is no longer available (the workspace was locked, or newer reports replaced it). Generate it again.');
    return job;
  }

  /** Makes room for a new report: see KEPT. */
  private forgetOldest(): void {
    const newestFirst = [...this.jobs].filter(([, job]) => job.status.state !== 'running').reverse();
    let bytes = 0;
    newestFirst.forEach(([jobId, job], index) => {
      bytes += job.pdf?.byteLength ?? 0;
      if (index < KEPT - 1 && bytes <= (this.options.keptBytes ?? KEPT_BYTES)) return;
      this.jobs.delete(jobId);
      this.cancelHooks.delete(jobId);
    });
  }
}
