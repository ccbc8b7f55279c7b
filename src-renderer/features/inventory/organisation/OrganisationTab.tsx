import { Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { call, type Organisation } from '../../../app/api';
import { notifyError } from '../../../ui/notify';
import { OrganisationForm } from './OrganisationForm';

/** The controller's own details, as the record of processing and the privacy notice name them. */
export function OrganisationTab() {
  const [organisation, setOrganisation] = useState<Organisation | null>(null);
  useEffect(() => {
    let current = true;
    void call('inventory.organisation.get', {}).then((result) => {
      if (!current) return;
      if (result.ok) setOrganisation(result.value);
      else notifyError(result.error);
    });
    return () => {
      current = false;
    };
  }, []);
  return organisation ? <OrganisationForm saved={organisation} /> : <Loader size="sm" aria-label="Loading the organisation" />;
}
