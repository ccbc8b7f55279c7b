import { Badge, Button, Group, Radio, Stack, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useRef } from 'react';
import { defaultPeriod, REPORT_NAMES, type ReportStartInput } from '../../app/api';
import { todayIso } from '../../ui/format-date';
import { Page } from '../../ui/Page';
import { SectionCard } from '../../ui/SectionCard';
import { type Draft, useDraft } from '../../ui/use-draft';
import { useSubmit } from '../../ui/use-submit';
import { isCode } from '../../ui/vocabulary';
import { REPORT_KINDS, REPORTS } from './report-kinds';
import { ReportJobPanel } from './ReportJobPanel';
import { type ReportDraft, ReportOptions } from './ReportOptions';
import { useCan, whoCan } from '../workspace/person-context';
import { useReportJob } from './use-report-job';

/** What the start call gets: only the options the chosen report reads. */
function startInput(values: ReportDraft): ReportStartInput {
  const { report, dateLocale } = values;
  return {
    report,
    options: {
      dateLocale,
      ...(report === 'request_backlog' && { period: { from: values.from, to: values.to } }),
      ...(report === 'request_response' && { requestId: values.request?.id }),
      ...(report === 'vendor_review' && values.vendors.length > 0 && { vendorIds: values.vendors.map((vendor) => vendor.id) }),
    },
  };
}

function ReportCards({ draft }: { draft: Draft<ReportDraft> }) {
  return (
    <Radio.Group
      aria-label="Report"
      value={draft.values.report}
      onChange={(value) => {
        if (isCode(REPORT_NAMES, value)) draft.set('report', value);
      }}
    >
      <Stack gap="xs">
        {REPORTS.map((report) => {
          const { icon: Icon, purpose, audience } = REPORT_KINDS[report];
          return (
            <Radio.Card key={report} value={report} radius="md" p="sm" aria-describedby={`report-${report}-purpose`}>
              <Group wrap="nowrap" gap="sm">
                <Radio.Indicator />
                <ThemeIcon variant="light" size="lg" radius="md" aria-hidden>
                  <Icon size={20} stroke={1.6} />
                </ThemeIcon>
                <Stack gap={0} style={{ flex: 1 }}>
                  <Text fw={600} size="sm">
                    {REPORT_NAMES[report]}
                  </Text>
                  <Text size="xs" c="dimmed" id={`report-${report}-purpose`}>
                    {purpose}
                  </Text>
                </Stack>
                <Badge variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
                  For {audience.toLowerCase()}
                </Badge>
              </Group>
            </Radio.Card>
          );
        })}
      </Stack>
    </Radio.Group>
  );
}

/** Pick a report and its options, generate it off the main thread, preview its first pages and save it. */
export function ReportsPage() {
  const draft = useDraft<ReportDraft>(() => ({ report: 'records_of_processing', dateLocale: 'en-GB', ...defaultPeriod(todayIso()), request: null, vendors: [] }));
  const formRef = useRef<HTMLFormElement>(null);
  const start = useSubmit('reports.start', draft.setErrors, formRef);
  const { job, running, started, cancel } = useReportJob();
  // Staff and managers may generate reports too: the contract's permission of `reports.start` decides.
  const canGenerate = useCan('reports.start');

  async function generate() {
    const status = await start.submit(startInput(draft.values));
    if (status) started(draft.values.report, status);
  }

  return (
    <Page title="Reports">
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (canGenerate && !start.submitting && !running) void generate();
        }}
      >
        <SectionCard title="New report">
          <ReportCards draft={draft} />
          <Title order={3} size="h5" mt="xs">
            Options
          </Title>
          <ReportOptions draft={draft} />
          <Group justify="flex-end">
            <Tooltip label={whoCan('reports.start').replace('change this', 'generate reports')} disabled={canGenerate}>
              <Button type="submit" leftSection={<IconFileTypePdf size={18} />} loading={start.submitting} disabled={running || !canGenerate}>
                Generate PDF
              </Button>
            </Tooltip>
          </Group>
        </SectionCard>
      </form>
      {job && <ReportJobPanel job={job} onCancel={() => void cancel()} />}
    </Page>
  );
}
