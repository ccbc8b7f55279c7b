import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { CHANNELS, COMMUNICATION_KINDS, type Communication } from '../../../app/api';
import { RecordSelect } from '../../../ui/RecordPicker';
import { useDraft } from '../../../ui/use-draft';
import { VocabularySelect } from '../../../ui/VocabularySelect';
import { EditorDrawer } from '../editor/EditorDrawer';
import { activitySource, linkOf } from '../picker-sources';
import type { EditorProps } from '../RecordAreaView';

export function CommunicationEditor(props: EditorProps<Communication>) {
  const { record } = props;
  const draft = useDraft(() => ({
    name: record?.name ?? '',
    channel: record?.channel ?? 'email',
    kind: record?.kind ?? 'marketing',
    description: record?.description ?? '',
    optOut: record?.optOut ?? '',
    activity: linkOf(record?.activityId, record?.activityName),
  }));
  const { activity, ...fields } = draft.values;
  return (
    <EditorDrawer
      {...props}
      area="communications"
      draft={draft}
      save="inventory.communications.save"
      toInput={() => ({ ...fields, id: record?.id, activityId: activity?.id ?? null })}
    >
      <TextInput label="Name" description="e.g. Monthly newsletter, Order confirmation" aria-required data-autofocus {...draft.text('name')} />
      <SimpleGrid cols={2} spacing="sm">
        <VocabularySelect label="Channel" vocabulary={CHANNELS} {...draft.field('channel')} />
        <VocabularySelect label="Kind" vocabulary={COMMUNICATION_KINDS} {...draft.field('kind')} />
      </SimpleGrid>
      <Textarea label="Description" autosize minRows={2} maxRows={8} {...draft.text('description')} />
      <Textarea
        label="How to opt out"
        description="Unsubscribe link, settings page, reply STOP… Leave empty for service messages."
        autosize
        minRows={2}
        maxRows={6}
        {...draft.text('optOut')}
      />
      <RecordSelect label="Activity" description="The processing activity that sends it" source={activitySource} {...draft.link('activity', 'activityId')} />
    </EditorDrawer>
  );
}
