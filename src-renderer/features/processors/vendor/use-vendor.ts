import { useEffect, useState } from 'react';
import { call, type VendorDetail } from '../../../app/api';
import { notifyError } from '../../../ui/notify';
import { openVendorList } from '../processors-route';

/** The vendor a page shows, fetched when opened; one that cannot be read sends the person back to the list. */
export function useVendor(recipientId: number) {
  const [vendor, setVendor] = useState<VendorDetail | null>(null);

  useEffect(() => {
    let current = true;
    void call('vendors.get', { recipientId }).then((result) => {
      if (!current) return;
      if (result.ok) setVendor(result.value);
      else {
        notifyError(result.error);
        openVendorList();
      }
    });
    return () => {
      current = false;
    };
  }, [recipientId]);

  return { vendor: vendor?.profile.recipientId === recipientId ? vendor : null, changed: setVendor };
}

/** What a part of the vendor page gets: the vendor, and where to put the service's answer after a change. */
export interface VendorPartProps {
  vendor: VendorDetail;
  onChanged: (vendor: VendorDetail) => void;
}
