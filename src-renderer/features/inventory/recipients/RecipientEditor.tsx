import { Textarea, TextInput } from '@mantine/core';
import { RECIPIENT_KINDS, type Recipient } from '../../../app/api';
import { CountriesInput } from '../../../ui/CountriesInput';
import { useDraft } from '../../../ui/use-draft';
import { VocabularySelect } from '../../../ui/VocabularySelect';
import { EditorDrawer } from '../editor/EditorDrawer';
import type { EditorProps } from '../RecordAreaView';

export function RecipientEditor(props: EditorProps<Recipient>) {
  const { record } = props;
  const draft = useDraft(() => ({
    name: record?.name ?? '',
    kind: record?.kind ?? 'processor',
    countries: record?.countries ?? [],
    description: record?.description ?? '',
  }));
  return (
    <EditorDrawer {...props} area="recipients" draft={draft} save="inventory.recipients.save" toInput={() => ({ ...draft.values, id: record?.id })}>
      <TextInput label="Name" aria-required data-autofocus {...draft.text('name')} />
      <VocabularySelect label="Kind" vocabulary={RECIPIENT_KINDS} {...draft.field('kind')} />
      <CountriesInput label="Countries" description="Where the recipient receives or processes the data" {...draft.field('countries')} />
      <Textarea label="Description" autosize minRows={2} maxRows={8} {...draft.text('description')} />
    </EditorDrawer>
  );
}
