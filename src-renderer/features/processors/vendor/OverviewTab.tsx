import { Anchor, Group, MultiSelect, NumberInput, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { SERVICE_KINDS, VENDOR_ROLES, VOLUME_BANDS } from '../../../app/api';
import { countryName } from '../../../ui/countries';
import { isCode, vocabularyOptions } from '../../../ui/vocabulary';
import { VocabularySelect } from '../../../ui/VocabularySelect';
import { ProfileForm } from './ProfileForm';
import type { VendorPartProps } from './use-vendor';
import { useCan } from '../../workspace/person-context';

/** Who the vendor is and what it does; the name and countries belong to its recipient record in the inventory. */
export function OverviewTab(props: VendorPartProps) {
  const { profile } = props.vendor;
  const canEditRecipient = useCan('inventory.recipients.save');
  return (
    <ProfileForm key={profile.updatedAt} {...props}>
      {(draft) => (
        <>
          <Group gap="xs">
            <Text size="sm">
              Countries: {profile.countries.length === 0 ? 'none recorded' : profile.countries.map(countryName).join(', ')}.
            </Text>
            <Anchor size="sm" href={`#/inventory/recipients/${profile.recipientId}`}>
              {canEditRecipient ? 'Edit the name and countries in the inventory' : 'Its recipient record in the inventory'}
            </Anchor>
          </Group>
          <SimpleGrid cols={2} spacing="sm">
            <VocabularySelect label="Role" vocabulary={VENDOR_ROLES} {...draft.field('role')} />
            <MultiSelect
              label="Services"
              data={vocabularyOptions(SERVICE_KINDS)}
              value={draft.values.services}
              onChange={(codes) => draft.set('services', codes.filter((code) => isCode(SERVICE_KINDS, code)))}
              {...draft.at('services')}
              searchable
              clearable
            />
          </SimpleGrid>
          <SimpleGrid cols={2} spacing="sm">
            <Textarea label="Contact" description="Account manager, address, phone" autosize minRows={2} {...draft.text('contact')} />
            <Textarea label="Privacy contact" description="Their data protection officer or privacy team" autosize minRows={2} {...draft.text('privacyContact')} />
          </SimpleGrid>
          <TextInput label="Website" {...draft.text('website')} />
          <SimpleGrid cols={2} spacing="sm">
            <VocabularySelect label="People whose data it receives" vocabulary={VOLUME_BANDS} {...draft.field('volumeBand')} />
            <NumberInput
              label="Incidents in the last 24 months"
              description="Security or personal data incidents at the vendor"
              min={0}
              max={1000}
              allowDecimal={false}
              allowNegative={false}
              {...draft.field('incidents24m')}
            />
          </SimpleGrid>
        </>
      )}
    </ProfileForm>
  );
}
