import { IconDatabase } from '@tabler/icons-react';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';

export function InventoryPage() {
  return (
    <Page title="Inventory">
      <EmptyState icon={IconDatabase} title="No processing activities yet">
        Map the personal data you collect: processing activities, data categories, systems, recipients and transfers
        outside the EEA. Start with the activities your organisation runs every day, such as payroll, customer accounts
        and the newsletter, then add the data and systems behind each one.
      </EmptyState>
    </Page>
  );
}
