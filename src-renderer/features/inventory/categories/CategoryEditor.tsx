import { Group, Switch, Textarea, TextInput } from '@mantine/core';
import type { DataCategory } from '../../../app/api';
import { RecordSelect } from '../../../ui/RecordPicker';
import { useDraft } from '../../../ui/use-draft';
import { EditorDrawer } from '../editor/EditorDrawer';
import { TaxonomyNote } from '../editor/TaxonomyNote';
import type { EditorProps } from '../RecordAreaView';
import { type CategoryIndex, useCategoryIndex } from './category-index';
import { type CategoryOption, useCategorySource } from './category-source';

function optionOf(index: CategoryIndex | null, key: string | null): CategoryOption | null {
  const category = key ? index?.byKey.get(key) : undefined;
  if (!category) return null;
  const { id, name, special, criminal, sensitive } = category;
  return { id, name, key: category.key, special, criminal, sensitive };
}

const MARK_SWITCHES = [
  { key: 'special', label: 'Special category', description: 'GDPR Art. 9: health, biometric, genetic, ethnic origin, beliefs, sex life…' },
  { key: 'criminal', label: 'Criminal offence data', description: 'GDPR Art. 10: convictions, offences, security measures' },
  { key: 'sensitive', label: 'Sensitive personal information', description: 'CCPA: government ids, finances, precise location, credentials, private messages…' },
] as const;

export function CategoryEditor(props: EditorProps<DataCategory>) {
  const { record } = props;
  const { index, refresh } = useCategoryIndex();
  const source = useCategorySource();
  const draft = useDraft(() => ({
    name: record?.name ?? '',
    description: record?.description ?? '',
    parentKey: record?.parentKey ?? null,
    special: record?.special ?? false,
    criminal: record?.criminal ?? false,
    sensitive: record?.sensitive ?? false,
  }));
  const { values, set } = draft;

  return (
    <EditorDrawer
      {...props}
      area="categories"
     
      draft={draft}
      save="inventory.categories.save"
      toInput={() => ({ ...values, id: record?.id })}
      onSaved={() => {
        refresh();
        props.onSaved();
      }}
    >
      <TaxonomyNote record={record} />
      <TextInput label="Name" aria-required data-autofocus {...draft.text('name')} />
      <Textarea label="Description" autosize minRows={2} maxRows={8} {...draft.text('description')} />
      <RecordSelect
        label="Parent category"
        description="Where it sits in the tree, e.g. User data › Contact"
        source={source}
        value={optionOf(index, values.parentKey)}
        onChange={(parent) => set('parentKey', parent?.key ?? null)}
        field="parentKey"
        error={draft.errors.parentKey}
      />
      <Group gap="xl" align="flex-start">
        {MARK_SWITCHES.map((mark) => (
          <Switch
            key={mark.key}
            label={mark.label}
            description={mark.description}
            maw={250}
            {...draft.check(mark.key)}
          />
        ))}
      </Group>
    </EditorDrawer>
  );
}
