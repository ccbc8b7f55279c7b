import { IconLayoutDashboard } from '@tabler/icons-react';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';

export function DashboardPage() {
  return (
    <Page title="Dashboard">
      <EmptyState icon={IconLayoutDashboard} title="Your compliance overview starts here">
        Once activities, requests and processors are recorded, this page shows what needs your attention: requests
        nearing their deadline, reviews that are due and recent changes. Start by mapping your processing activities in
        Inventory.
      </EmptyState>
    </Page>
  );
}
