import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES } from '../../../app/api';
import type { Draft } from '../../../ui/use-draft';
import { VocabularySelect } from '../../../ui/VocabularySelect';
import { FormSection } from '../editor/FormSection';
import type { ActivityDraft } from './activity-draft';

export function GeneralSection({ draft }: { draft: Draft<ActivityDraft> }) {
  const { values } = draft;
  return (
    <FormSection title="General">
      <TextInput label="Name" description="e.g. Payroll, Customer accounts, Newsletter" aria-required data-autofocus {...draft.text('name')} />
      <Textarea label="Description" autosize minRows={2} maxRows={8} {...draft.text('description')} />
      <SimpleGrid cols={3} spacing="sm">
        <TextInput label="Owner" description="Team or person responsible" {...draft.text('owner')} />
        <VocabularySelect label="Status" description="Draft until it is in use" vocabulary={ACTIVITY_STATUSES} {...draft.field('status')} />
        <VocabularySelect label="Role" description="Whose processing this is" vocabulary={ACTIVITY_ROLES} {...draft.field('role')} />
      </SimpleGrid>
      {(values.role === 'processor' || values.controllerFor !== '') && (
        <Textarea
          label="Controller you process for"
          description="Name and contact of each controller on whose behalf you act (Art. 30(2)(a))"
          autosize
          minRows={2}
          {...draft.text('controllerFor')}
        />
      )}
    </FormSection>
  );
}
