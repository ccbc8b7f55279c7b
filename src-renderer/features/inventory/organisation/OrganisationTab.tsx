import { Loader } from '@mantine/core';
import { useCallValue } from '../../../ui/use-call-value';
import { OrganisationForm } from './OrganisationForm';

/** The controller's own details, as the record of processing and the privacy notice name them. */
export function OrganisationTab() {
  const organisation = useCallValue('inventory.organisation.get', {});
  return organisation ? <OrganisationForm saved={organisation} /> : <Loader size="sm" aria-label="Loading the organisation" />;
}
