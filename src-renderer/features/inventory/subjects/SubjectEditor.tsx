import { Textarea, TextInput } from '@mantine/core';
import type { DataSubject } from '../../../app/api';
import { useDraft } from '../../../ui/use-draft';
import { EditorDrawer } from '../editor/EditorDrawer';
import { TaxonomyNote } from '../editor/TaxonomyNote';
import type { EditorProps } from '../RecordAreaView';

export function SubjectEditor(props: EditorProps<DataSubject>) {
  const draft = useDraft(() => ({ name: props.record?.name ?? '', description: props.record?.description ?? '' }));
  return (
    <EditorDrawer {...props} area="subjects" draft={draft} save="inventory.subjects.save" toInput={() => ({ ...draft.values, id: props.record?.id })}>
      <TaxonomyNote record={props.record} />
      <TextInput label="Name" aria-required data-autofocus {...draft.text('name')} />
      <Textarea label="Description" autosize minRows={2} maxRows={8} {...draft.text('description')} />
    </EditorDrawer>
  );
}
