import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { COOKIE_CATEGORIES, COOKIE_PARTIES, type Cookie } from '../../../app/api';
import { RecordSelect } from '../../../ui/RecordPicker';
import { useDraft } from '../../../ui/use-draft';
import { VocabularySelect } from '../../../ui/VocabularySelect';
import { EditorDrawer } from '../editor/EditorDrawer';
import { activitySource, linkOf } from '../picker-sources';
import type { EditorProps } from '../RecordAreaView';

export function CookieEditor(props: EditorProps<Cookie>) {
  const { record } = props;
  const draft = useDraft(() => ({
    name: record?.name ?? '',
    provider: record?.provider ?? '',
    party: record?.party ?? 'first',
    category: record?.category ?? 'strictly_necessary',
    duration: record?.duration ?? '',
    purpose: record?.purpose ?? '',
    activity: linkOf(record?.activityId, record?.activityName),
  }));
  const { activity, ...fields } = draft.values;
  return (
    <EditorDrawer {...props} area="cookies" draft={draft} save="inventory.cookies.save" toInput={() => ({ ...fields, id: record?.id, activityId: activity?.id ?? null })}>
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label="Name" description="As the browser stores it, e.g. _ga" aria-required data-autofocus {...draft.text('name')} />
        <TextInput label="Provider" description="Who sets it, e.g. Google" {...draft.text('provider')} />
        <VocabularySelect label="Party" vocabulary={COOKIE_PARTIES} {...draft.field('party')} />
        <VocabularySelect label="Category" vocabulary={COOKIE_CATEGORIES} {...draft.field('category')} />
        <TextInput label="Duration" description="How long it lasts, e.g. 13 months or session" {...draft.text('duration')} />
      </SimpleGrid>
      <Textarea label="Purpose" autosize minRows={2} maxRows={8} {...draft.text('purpose')} />
      <RecordSelect label="Activity" description="The processing activity this cookie serves" source={activitySource} {...draft.link('activity', 'activityId')} />
    </EditorDrawer>
  );
}
