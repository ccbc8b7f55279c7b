import { Checkbox, Stack } from '@mantine/core';
import { RecordPicker } from '../../../ui/RecordPicker';
import type { Draft } from '../../../ui/use-draft';
import { FormSection } from '../editor/FormSection';
import { recipientsSource, systemSource } from '../picker-sources';
import type { ActivityDraft } from './activity-draft';

/** Where the data is kept and who receives it. */
export function SharingSection({ draft }: { draft: Draft<ActivityDraft> }) {
  return (
    <FormSection title="Systems and recipients">
      <RecordPicker label="Systems" description="Applications, databases and services that hold the data" source={systemSource} {...draft.link('systems', 'systemIds')} />
      <Stack gap="xs">
        <RecordPicker label="Recipients" description="Processors, other controllers, authorities… (Art. 30(1)(d))" source={recipientsSource} {...draft.link('recipients', 'recipientIds')} />
        <Checkbox
          label="Disclosed to no one"
          description="Tick when the activity has no recipients, so the record says so rather than leaving a gap"
          {...draft.check('noRecipients')}
        />
      </Stack>
    </FormSection>
  );
}
