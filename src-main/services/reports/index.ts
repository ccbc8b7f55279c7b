import type { CallOutput, ParsedInput } from '../../contract';
import { REPORT_NAMES } from '../../domain/notice/options';
import { recordEvent } from '../audit';
import { InventoryStore } from '../inventory/context';
import { ReportJobs, type ReportJobsOptions } from '../report-jobs/jobs';
import type { Clock, WorkspaceSession } from '../workspace-session';
import { gatherRecipe, type ReportSources } from './gather';

type Answer<K extends 'reports.start' | 'reports.status' | 'reports.cancel' | 'reports.result'> = (input: ParsedInput<K>) => CallOutput<K>;

export interface ReportService {
  start: Answer<'reports.start'>;
  status: Answer<'reports.status'>;
  cancel: Answer<'reports.cancel'>;
  result: Answer<'reports.result'>;
  /** The jobs themselves, for the command line, which waits for one to finish. */
  jobs: ReportJobs;
}

/** "records-of-processing-activities-2026-11-29.pdf" */
function fileNameFor(title: string, generatedAt: Date): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug}-${generatedAt.toISOString().slice(0, 10)}.pdf`;
}

/**
 * Reports over the open workspace: the data is gathered on the calling thread (plain reads), the
 * document composed and the PDF laid out in a child process. A lock forgets
 * every report, running or finished, since they hold personal data.
 */
export function createReportService(sources: ReportSources, session: WorkspaceSession, clock: Clock, children: ReportJobsOptions = {}): ReportService {
  const jobs = new ReportJobs(children);
  const store = new InventoryStore(session, clock);
  session.onLock(() => jobs.clear());
  return {
    jobs,
    start: ({ report, options, generatedAt }) => {
      const at = generatedAt === undefined ? clock.now() : new Date(generatedAt);
      const fileName = fileNameFor(REPORT_NAMES[report], at);
      // Gathered while the child boots; before the event is logged, so the cover names the log's head before it.
      const status = jobs.start(() => ({ recipe: gatherRecipe(sources, report, options, at) }), fileName);
      recordEvent(store, { kind: 'report', label: REPORT_NAMES[report], details: { report, options, fileName } });
      return status;
    },
    status: ({ jobId }) => jobs.status(jobId),
    cancel: ({ jobId }) => jobs.cancel(jobId),
    result: ({ jobId }) => {
      const { fileName, pdf } = jobs.result(jobId);
      return { fileName, base64: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64') };
    },
  };
}
