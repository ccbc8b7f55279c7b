import { useState } from 'react';
import { Page } from '../../ui/Page';
import { AddVendorDialog } from './list/AddVendorDialog';
import { VendorList } from './list/VendorList';
import { openVendor, openVendorList, useProcessorsRoute } from './processors-route';
import { GuidedReview } from './review/GuidedReview';
import { VendorView } from './vendor/VendorView';
import { useCan } from '../workspace/person-context';

/** The vendors that receive personal data: the list (with "Add vendor" over it), one vendor, or its guided review. */
export function ProcessorsPage() {
  const route = useProcessorsRoute();
  const [version, setVersion] = useState(0);
  // The address #/processors/new opens the dialog only for a role that may add a vendor (its recipient, then its profile).
  const canAddRecipient = useCan('inventory.recipients.save');
  const canAddProfile = useCan('vendors.saveProfile');
  const adding = route.view === 'list' && route.adding && canAddRecipient && canAddProfile;

  if (route.view === 'vendor') return <VendorView key={route.id} id={route.id} tab={route.tab} />;
  if (route.view === 'review') return <GuidedReview key={route.id} id={route.id} />;
  return (
    <Page title="Processors" wide>
      <VendorList reloadKey={version} covered={adding} />
      {adding && (
        <AddVendorDialog
          onClose={openVendorList}
          onAdded={(recipientId) => {
            setVersion((current) => current + 1);
            openVendor(recipientId);
          }}
        />
      )}
    </Page>
  );
}
