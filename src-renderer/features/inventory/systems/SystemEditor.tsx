import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { SYSTEM_KINDS, type Link, type System, type SystemKind } from '../../../app/api';
import { CountriesInput } from '../../../ui/CountriesInput';
import { RecordSelect } from '../../../ui/RecordPicker';
import { useDraft } from '../../../ui/use-draft';
import { VocabularySelect } from '../../../ui/VocabularySelect';
import { EditorDrawer } from '../editor/EditorDrawer';
import { linkOf, processorSource } from '../picker-sources';
import type { EditorProps } from '../RecordAreaView';

interface SystemDraft {
  name: string;
  kind: SystemKind;
  owner: string;
  description: string;
  hostingCountries: string[];
  processor: Link | null;
  securityMeasures: string;
}

function draftOf(system: System | null): SystemDraft {
  return {
    name: system?.name ?? '',
    kind: system?.kind ?? 'application',
    owner: system?.owner ?? '',
    description: system?.description ?? '',
    hostingCountries: system?.hostingCountries ?? [],
    processor: linkOf(system?.processorId, system?.processorName),
    securityMeasures: system?.securityMeasures ?? '',
  };
}

function toInput({ processor, ...fields }: SystemDraft, system: System | null) {
  return { ...fields, id: system?.id, processorId: processor?.id ?? null };
}

export function SystemEditor(props: EditorProps<System>) {
  const draft = useDraft(() => draftOf(props.record));
  return (
    <EditorDrawer {...props} area="systems" draft={draft} save="inventory.systems.save" toInput={() => toInput(draft.values, props.record)}>
      <TextInput label="Name" aria-required data-autofocus {...draft.text('name')} />
      <SimpleGrid cols={2} spacing="sm">
        <VocabularySelect label="Kind" vocabulary={SYSTEM_KINDS} {...draft.field('kind')} />
        <TextInput label="Owner" description="The team or person responsible" {...draft.text('owner')} />
      </SimpleGrid>
      <Textarea label="Description" autosize minRows={2} maxRows={8} {...draft.text('description')} />
      <CountriesInput label="Hosting countries" description="Where the data is stored or can be accessed from" {...draft.field('hostingCountries')} />
      <RecordSelect
        label="Processor"
        description="The service provider that runs it for you, if any (a recipient of kind processor)"
        source={processorSource}
        {...draft.link('processor', 'processorId')}
      />
      <Textarea label="Security measures" autosize minRows={2} maxRows={8} {...draft.text('securityMeasures')} />
    </EditorDrawer>
  );
}
