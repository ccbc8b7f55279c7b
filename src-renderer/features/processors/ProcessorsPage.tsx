import { IconBuildingFactory2 } from '@tabler/icons-react';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';

export function ProcessorsPage() {
  return (
    <Page title="Processors">
      <EmptyState icon={IconBuildingFactory2} title="No processors recorded yet">
        List the vendors that handle personal data on your behalf, with their data processing agreements,
        sub-processors, locations and review dates. Start with the services that hold customer or staff data, such as
        hosting, payroll and email.
      </EmptyState>
    </Page>
  );
}
