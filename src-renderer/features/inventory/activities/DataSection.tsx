import { Box, Checkbox, Group, Select, Textarea } from '@mantine/core';
import { DATA_SOURCES, SPECIAL_CONDITIONS } from '../../../app/api';
import { RecordPicker } from '../../../ui/RecordPicker';
import type { Draft } from '../../../ui/use-draft';
import { isCode, vocabularyOptions } from '../../../ui/vocabulary';
import { useCategorySource } from '../categories/category-source';
import { FormSection } from '../editor/FormSection';
import { subjectSource } from '../picker-sources';
import type { ActivityDraft } from './activity-draft';

/** What data, about whom, and where it comes from. */
export function DataSection({ draft }: { draft: Draft<ActivityDraft> }) {
  const { values, set, at } = draft;
  const categorySource = useCategorySource();
  const special = values.categories.some((category) => category.special);

  return (
    <FormSection title="Data">
      <RecordPicker label="Data categories" description="Search by name, e.g. email, health, bank account" source={categorySource} {...draft.link('categories', 'categoryIds')} />
      {(special || values.specialCondition !== null) && (
        <Select
          label="Condition for special categories"
          description="Special-category data needs one of the conditions of Art. 9(2) as well as a legal basis"
          data={vocabularyOptions(SPECIAL_CONDITIONS)}
          value={values.specialCondition}
          onChange={(condition) => set('specialCondition', condition)}
          clearable
          {...at('specialCondition')}
        />
      )}
      <RecordPicker label="Data subjects" description="Whom the data is about, e.g. customers, employees" source={subjectSource} {...draft.link('subjects', 'subjectIds')} />
      <Box data-field="sources">
        <Checkbox.Group
          label="Where the data comes from"
          value={values.sources}
          onChange={(sources) => set('sources', sources.filter((source) => isCode(DATA_SOURCES, source)))}
          error={draft.errors.sources}
        >
          <Group gap="lg" mt={6}>
            {vocabularyOptions(DATA_SOURCES).map((source) => (
              <Checkbox key={source.value} value={source.value} label={source.label} />
            ))}
          </Group>
        </Checkbox.Group>
      </Box>
      <Textarea
        label="Source details"
        description="Name the third parties or public sources the data comes from (Art. 14(2)(f))"
        autosize
        minRows={2}
        {...draft.text('sourceDetail')}
      />
    </FormSection>
  );
}
