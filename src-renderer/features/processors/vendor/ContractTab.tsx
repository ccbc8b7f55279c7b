import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { DPA_STATUSES } from '../../../app/api';
import { VocabularySelect } from '../../../ui/VocabularySelect';
import { ProfileForm } from './ProfileForm';
import type { VendorPartProps } from './use-vendor';

/** The data processing agreement (Art. 28(3)) and the commercial contract's dates. */
export function ContractTab(props: VendorPartProps) {
  return (
    <ProfileForm key={props.vendor.profile.updatedAt} {...props}>
      {(draft) => (
        <>
          <SimpleGrid cols={3} spacing="sm">
            <VocabularySelect label="Processing agreement" vocabulary={DPA_STATUSES} {...draft.field('dpaStatus')} />
            <TextInput label="Signed on" type="date" {...draft.text('dpaSignedOn')} />
            <TextInput label="Agreement reference" placeholder="Where the signed copy is kept" {...draft.text('dpaReference')} />
          </SimpleGrid>
          <SimpleGrid cols={3} spacing="sm">
            <TextInput label="Contract start" type="date" {...draft.text('contractStart')} />
            <TextInput label="Contract end" type="date" {...draft.text('contractEnd')} />
            <NumberInput label="Notice period (days)" min={0} max={3650} allowDecimal={false} allowNegative={false} {...draft.field('noticePeriodDays')} />
          </SimpleGrid>
        </>
      )}
    </ProfileForm>
  );
}
