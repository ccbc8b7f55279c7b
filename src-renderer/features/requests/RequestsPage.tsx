import { IconUserQuestion } from '@tabler/icons-react';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';

export function RequestsPage() {
  return (
    <Page title="Requests">
      <EmptyState icon={IconUserQuestion} title="No data subject requests yet">
        Track requests from people exercising their rights (access, rectification, erasure, objection, portability),
        with their statutory deadline and every step you take. Record a request on the day it arrives, so its deadline
        counts from the right date.
      </EmptyState>
    </Page>
  );
}
