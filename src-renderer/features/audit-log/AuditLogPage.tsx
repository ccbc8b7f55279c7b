import { IconHistory } from '@tabler/icons-react';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';

export function AuditLogPage() {
  return (
    <Page title="Audit log">
      <EmptyState icon={IconHistory} title="No entries yet">
        Every change made in this workspace will be listed here with its date and time, so you can show an auditor what
        changed and when. There is nothing to set up: entries appear as you work.
      </EmptyState>
    </Page>
  );
}
