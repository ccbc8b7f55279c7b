import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { RELATIONSHIPS, type Requester } from '../../../app/api';
import { COUNTRY_OPTIONS } from '../../../ui/countries';
import type { Draft } from '../../../ui/use-draft';
import { VocabularySelect } from '../../../ui/VocabularySelect';
import type { IntakeDraft, RequesterText } from './intake-draft';

/** Countries whose states or provinces have their own privacy laws (US states) or are worth recording. */
const COUNTRIES_WITH_REGIONS = new Set(['US', 'CA', 'AU', 'BR', 'IN']);

/** Who is asking: name, contact, relationship and where they live (which proposes the regime). */
export function RequesterFields({ draft }: { draft: Draft<IntakeDraft> }) {
  const requester = draft.values.requester;
  const change = (patch: Partial<Requester>, field: keyof Requester) => draft.set('requester', { ...requester, ...patch }, `requester.${field}`);
  const text = (field: RequesterText) => ({
    value: requester[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => change({ [field]: event.currentTarget.value }, field),
    ...draft.at(`requester.${field}`),
  });
  const showRegion = COUNTRIES_WITH_REGIONS.has(requester.residenceCountry) || requester.residenceRegion !== '';

  return (
    <>
      <TextInput label="Name" aria-required {...text('name')} />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label="Email" type="email" {...text('email')} />
        <TextInput label="Phone" type="tel" {...text('phone')} />
      </SimpleGrid>
      <Textarea label="Address" autosize minRows={2} maxRows={5} {...text('address')} />
      <SimpleGrid cols={3} spacing="sm">
        <VocabularySelect
          label="Relationship"
          vocabulary={RELATIONSHIPS}
          value={requester.relationship}
          onChange={(relationship) => change({ relationship }, 'relationship')}
          {...draft.at('requester.relationship')}
        />
        <Select
          label="Country of residence"
          data={COUNTRY_OPTIONS}
          searchable
          clearable
          value={requester.residenceCountry || null}
          onChange={(country) => change({ residenceCountry: country ?? '', residenceRegion: '' }, 'residenceCountry')}
          {...draft.at('requester.residenceCountry')}
        />
        {showRegion && <TextInput label="Region" description="State or province code, e.g. CA" maxLength={10} {...text('residenceRegion')} />}
      </SimpleGrid>
    </>
  );
}
