import { Button, Checkbox, Group, Textarea, TextInput } from '@mantine/core';
import { format } from 'date-fns';
import { DPIA_STATES } from '../../../app/api';
import type { Draft } from '../../../ui/use-draft';
import { VocabularySelect } from '../../../ui/VocabularySelect';
import { FormSection } from '../editor/FormSection';
import type { ActivityDraft } from './activity-draft';

/** Security, the CCPA flags, the DPIA decision and the last review: what the record and the notices state besides the data itself. */
export function ComplianceSections({ draft }: { draft: Draft<ActivityDraft> }) {
  const { set } = draft;
  return (
    <>
      <FormSection title="Security">
        <Textarea
          label="Security measures"
          description="Technical and organisational measures (Art. 32), e.g. encryption at rest, role-based access, logging"
          autosize
          minRows={2}
          {...draft.text('securityMeasures')}
        />
      </FormSection>
      <FormSection title="CCPA">
        <Checkbox label="Personal information is sold" {...draft.check('sold')} />
        <Checkbox label="Shared for cross-context behavioural advertising" {...draft.check('sharedForAds')} />
      </FormSection>
      <FormSection title="Impact assessment">
        <VocabularySelect label="DPIA" description="Data protection impact assessment (Art. 35)" vocabulary={DPIA_STATES} maw={320} {...draft.field('dpia')} />
        <Textarea label="DPIA reasoning" description="Why one is or is not needed, or where it is kept" autosize minRows={2} {...draft.text('dpiaReason')} />
      </FormSection>
      <FormSection title="Review">
        <Group align="flex-end" gap="xs">
          <TextInput label="Last reviewed" type="date" w={200} {...draft.text('lastReviewedOn')} />
          <Button variant="default" onClick={() => set('lastReviewedOn', format(new Date(), 'yyyy-MM-dd'))}>
            Reviewed today
          </Button>
        </Group>
      </FormSection>
    </>
  );
}
