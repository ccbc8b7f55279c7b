import { Button, Group, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { COUNTRY_CODES, type Organisation } from '../../../app/api';
import { notifySuccess } from '../../../ui/notify';
import { useDraft } from '../../../ui/use-draft';
import { useSubmit } from '../../../ui/use-submit';
import { FormSection } from '../editor/FormSection';
import { Editable, ReadOnlyNote } from '../../../ui/ReadOnly';
import { useCan, whoCan } from '../../workspace/person-context';

const TIME_ZONES = Intl.supportedValuesOf('timeZone');

/** The form starts from the saved details; the draft holds exactly the fields the save call takes. */
export function OrganisationForm({ saved }: { saved: Organisation }) {
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useDraft(() => ({
    name: saved.name,
    address: saved.address,
    email: saved.email,
    phone: saved.phone,
    website: saved.website,
    jointControllers: saved.jointControllers,
    representative: saved.representative,
    dpoName: saved.dpoName,
    dpoContact: saved.dpoContact,
    timeZone: saved.timeZone,
    jurisdictions: saved.jurisdictions,
  }));
  const { submit, submitting } = useSubmit('inventory.organisation.save', draft.setErrors, formRef);
  const { values, set, at } = draft;

  const canSave = useCan('inventory.organisation.save');

  async function save() {
    if (await submit(values)) notifySuccess('Organisation details saved.');
  }

  return (
    <form
      ref={formRef}
      style={{ maxWidth: 880 }}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (canSave && !submitting) void save();
      }}
    >
      <Stack gap="lg">
        <Editable editable={canSave}>
          <Stack gap="lg">
            <FormSection title="Controller">
              <TextInput label="Organisation name" aria-required {...draft.text('name')} />
              <Textarea label="Address" autosize minRows={2} {...draft.text('address')} />
              <SimpleGrid cols={3} spacing="sm">
                <TextInput label="Email" type="email" {...draft.text('email')} />
                <TextInput label="Phone" type="tel" {...draft.text('phone')} />
                <TextInput label="Website" type="url" {...draft.text('website')} />
              </SimpleGrid>
              <Textarea label="Joint controllers" description="Who decides jointly with you, and on what (Art. 26)" autosize minRows={2} {...draft.text('jointControllers')} />
              <Textarea label="Representative in the EU" description="Needed when you are established outside the EU (Art. 27)" autosize minRows={2} {...draft.text('representative')} />
            </FormSection>
            <FormSection title="Data protection officer">
              <SimpleGrid cols={2} spacing="sm">
                <TextInput label="DPO name" {...draft.text('dpoName')} />
                <TextInput label="DPO contact" description="Email, phone or postal address people can use" {...draft.text('dpoContact')} />
              </SimpleGrid>
            </FormSection>
            <FormSection title="Law and deadlines">
              <SimpleGrid cols={2} spacing="sm">
                <Select
                  label="Time zone"
                  description="Statutory deadlines count calendar days here"
                  data={TIME_ZONES}
                  searchable
                  value={values.timeZone}
                  onChange={(timeZone) => timeZone && set('timeZone', timeZone)}
                  allowDeselect={false}
                  {...at('timeZone')}
                />
                <TagsInput
                  label="Jurisdictions"
                  description="Country codes whose law applies, e.g. DE, FR, US-CA"
                  data={COUNTRY_CODES}
                  value={values.jurisdictions}
                  onChange={(jurisdictions) => set('jurisdictions', jurisdictions.map((code) => code.trim().toUpperCase()))}
                  acceptValueOnBlur
                  clearable
                  {...at('jurisdictions')}
                />
              </SimpleGrid>
            </FormSection>
          </Stack>
        </Editable>
        {canSave ? (
          <Group>
            <Button type="submit" loading={submitting}>
              Save
            </Button>
          </Group>
        ) : (
          <ReadOnlyNote>{whoCan('inventory.organisation.save')}</ReadOnlyNote>
        )}
      </Stack>
    </form>
  );
}
