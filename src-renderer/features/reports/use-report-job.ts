import { useEffect, useState } from 'react';
import { call, type ReportJobStatus, type ReportName } from '../../app/api';
import { base64ToBlob } from '../../ui/base64';

/** How often a running report is asked how far it got. */
const POLL_MS = 150;

export interface ReportJob {
  report: ReportName;
  status: ReportJobStatus;
  /** The finished PDF, once fetched. */
  pdf: Blob | null;
  /** A call about the job that failed (the report forgotten after a lock, the service gone): the job is given up. */
  problem: string | null;
}

/**
 * One report at a time: started by the caller (which shows the start's field errors), then
 * polled while it runs, and its PDF fetched once it is done.
 */
export function useReportJob() {
  const [job, setJob] = useState<ReportJob | null>(null);
  const status = job?.status;
  const active = job !== null && job.problem === null;
  const running = active && status?.state === 'running';
  const needsPdf = active && status?.state === 'done' && job.pdf === null;

  useEffect(() => {
    if (!status || !(running || needsPdf)) return;
    const { jobId } = status;
    let current = true;
    const update = (next: Partial<ReportJob>) => {
      if (current) setJob((previous) => (previous?.status.jobId === jobId ? { ...previous, ...next } : previous));
    };
    const timer = setTimeout(
      () =>
        void (running
          ? call('reports.status', { jobId }).then((result) => update(result.ok ? { status: result.value } : { problem: result.error.message }))
          : call('reports.result', { jobId }).then((result) =>
              update(result.ok ? { pdf: base64ToBlob(result.value.base64, 'application/pdf') } : { problem: result.error.message }),
            )),
      running ? POLL_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [status, running, needsPdf]);

  return {
    job,
    running,
    started: (report: ReportName, started: ReportJobStatus) => setJob({ report, status: started, pdf: null, problem: null }),
    cancel: async () => {
      if (!status) return;
      const result = await call('reports.cancel', { jobId: status.jobId });
      setJob((previous) => previous && (result.ok ? { ...previous, status: result.value } : { ...previous, problem: result.error.message }));
    },
  };
}
