import { IconReportAnalytics } from '@tabler/icons-react';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';

export function ReportsPage() {
  return (
    <Page title="Reports">
      <EmptyState icon={IconReportAnalytics} title="Nothing to report yet">
        Produce the record of processing activities, request statistics and processor overviews for management or a
        supervisory authority. Reports draw on Inventory, Requests and Processors, so fill those in first.
      </EmptyState>
    </Page>
  );
}
