import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { AppError } from '../../contract/errors';
import type { ReportJobState, ReportJobStatus } from '../../contract/reports';
import type { ReportDocument } from '../../domain/notice/document';
import { launchReportWorker } from './worker-launch';
import type { RenderTask, WorkerMessage } from './worker-protocol';

interface Job {
  status: ReportJobStatus;
  worker: Worker | null;
  pdf: Uint8Array | null;
  settled: Promise<ReportJobStatus>;
}

/** Finished reports kept for download; older ones are dropped (they hold personal data in memory only). */
const KEPT = 5;

/**
 * Report generation off the main thread: one worker per report, progress polled by the UI,
 * cancel terminates the worker at once. Finished PDFs stay in memory only, until saved or
 * the workspace locks; nothing is written to disk here.
 */
export class ReportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly cancelHooks = new Map<string, () => void>();

  constructor(private readonly options: { bundledWorker?: URL; fontsDir?: string } = {}) {}

  start(document: ReportDocument, fileName: string): ReportJobStatus {
    this.forgetOldest();
    const jobId = randomUUID();
    const status: ReportJobStatus = { jobId, state: 'running', done: 0, total: 0, message: null, bytes: null, fileName };
    const task: RenderTask = { document, fontsDir: this.options.fontsDir };
    const worker = launchReportWorker(this.options.bundledWorker, task);
    const job: Job = { status, worker, pdf: null, settled: Promise.resolve(status) };
    job.settled = new Promise((resolve) => {
      const finish = (state: ReportJobState, message: string | null = null) => {
        if (job.status.state !== 'running') return;
        job.status = { ...job.status, state, message };
        job.worker = null;
        void worker.terminate();
        resolve(job.status);
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') job.status = { ...job.status, done: message.done, total: message.total };
        else if (message.type === 'failed') finish('failed', message.message);
        else {
          job.pdf = message.pdf;
          job.status = { ...job.status, bytes: message.pdf.byteLength, done: job.status.total };
          finish('done');
        }
      });
      worker.on('error', (error) => finish('failed', error.message));
      worker.on('exit', () => finish('failed', 'The report stopped unexpectedly.'));
      this.cancelHooks.set(jobId, () => finish('cancelled'));
    });
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

  private forgetOldest(): void {
    const finished = [...this.jobs].filter(([, job]) => job.status.state !== 'running');
    for (const [jobId] of finished.slice(0, Math.max(0, finished.length - KEPT + 1))) {
      this.jobs.delete(jobId);
      this.cancelHooks.delete(jobId);
    }
  }
}
