import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { call, type RegimeId } from '../../../app/api';
import { notifyError } from '../../../ui/notify';

type Proposal = { id: RegimeId; name: string }[];

/** The regimes that apply to someone living in the country (and region), most specific first; asked again as the residence changes. */
export function useProposedRegimes(country: string, region: string): Proposal {
  const [key] = useDebouncedValue(`${country}|${region.trim()}`, 250);
  const [proposal, setProposal] = useState<{ key: string; regimes: Proposal }>({ key: '', regimes: [] });

  useEffect(() => {
    const [residenceCountry = '', residenceRegion = ''] = key.split('|');
    if (residenceCountry === '') return;
    let current = true;
    void call('requests.proposeRegimes', { country: residenceCountry, region: residenceRegion }).then((result) => {
      if (!current) return;
      if (result.ok) setProposal({ key, regimes: result.value });
      else notifyError(result.error);
    });
    return () => {
      current = false;
    };
  }, [key]);

  return proposal.key === key && !key.startsWith('|') ? proposal.regimes : [];
}
