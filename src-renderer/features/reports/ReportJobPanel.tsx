import { Alert, Button, Center, Loader, Progress, Stack, Text } from '@mantine/core';
import { IconDownload, IconPlayerStop } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { REPORT_NAMES } from '../../app/api';
import { FailureAlert } from '../../ui/FailureAlert';
import { offerExport } from '../../ui/offer-export';
import { SectionCard } from '../../ui/SectionCard';
import type { ReportJob } from './use-report-job';

// pdf.js is large: it loads with the first preview, not with the app.
const PdfPreview = lazy(() => import('./PdfPreview').then((module) => ({ default: module.PdfPreview })));

/** "84 KB", "2.4 MB" */
function fileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

interface ReportJobPanelProps {
  job: ReportJob;
  onCancel: () => void;
}

type Phase = 'problem' | 'failed' | 'cancelled' | 'progress' | 'result';

function phaseOf({ status, pdf, problem }: ReportJob): Phase {
  if (problem) return 'problem';
  if (status.state === 'failed' || status.state === 'cancelled') return status.state;
  return status.state === 'running' || pdf === null ? 'progress' : 'result';
}

/** Progress with Cancel while the report is made; then the preview and "Save PDF…", or why there is none. Each new stage scrolls into view. */
export function ReportJobPanel({ job, onCancel }: ReportJobPanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  const phase = phaseOf(job);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'start' });
  }, [job.status.jobId, phase]);
  return (
    <div ref={ref} style={{ scrollMarginTop: 'calc(var(--app-shell-header-height) + var(--mantine-spacing-md))' }}>
      <JobStage job={job} phase={phase} onCancel={onCancel} />
    </div>
  );
}

function JobStage({ job, phase, onCancel }: ReportJobPanelProps & { phase: Phase }) {
  const { report, status, pdf, problem } = job;
  const title = REPORT_NAMES[report];
  if (phase === 'problem') return <FailureAlert title={`${title}: no report`}>{problem}</FailureAlert>;
  if (phase === 'failed') return <FailureAlert title={`${title} could not be generated`}>{status.message}</FailureAlert>;
  if (phase === 'cancelled') {
    return (
      <Alert color="gray" icon={<IconPlayerStop size={18} />} title="Generation cancelled" role="status">
        Nothing was kept. Generate the report again when you need it.
      </Alert>
    );
  }
  if (phase === 'progress' || pdf === null) {
    const percent = status.total > 0 ? Math.round((100 * status.done) / status.total) : 0;
    return (
      <SectionCard
        title={`Generating: ${title}`}
        actions={
          status.state === 'running' && (
            <Button variant="default" leftSection={<IconPlayerStop size={16} />} onClick={onCancel} autoFocus>
              Cancel
            </Button>
          )
        }
      >
        <Progress value={status.total > 0 ? percent : 100} striped animated={status.total === 0} size="lg" aria-label={`Generating ${title}`} />
        <Text size="sm" c="dimmed" role="status">
          {status.total === 0 ? 'Gathering the data…' : `Laying out the pages: ${status.done.toLocaleString('en')} of ${status.total.toLocaleString('en')} parts (${percent}%)`}
        </Text>
      </SectionCard>
    );
  }
  return (
    <SectionCard
      title={title}
      actions={
        <Button leftSection={<IconDownload size={16} />} onClick={() => offerExport(status.fileName, pdf)} autoFocus>
          Save PDF…
        </Button>
      }
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {`${status.fileName} · ${fileSize(pdf.size)}`}
        </Text>
        <Suspense
          fallback={
            <Center h={160}>
              <Loader aria-label="Drawing the preview" />
            </Center>
          }
        >
          <PdfPreview key={status.jobId} pdf={pdf} />
        </Suspense>
      </Stack>
    </SectionCard>
  );
}
