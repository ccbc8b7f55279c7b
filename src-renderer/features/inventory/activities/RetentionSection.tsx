import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { RETENTION_UNITS, type Retention } from '../../../app/api';
import type { Draft } from '../../../ui/use-draft';
import { vocabularyOptions } from '../../../ui/vocabulary';
import { FormSection } from '../editor/FormSection';
import type { ActivityDraft } from './activity-draft';

/** How long the data is kept and how it goes (Art. 30(1)(f), Art. 13(2)(a)). */
export function RetentionSection({ draft }: { draft: Draft<ActivityDraft> }) {
  const { retention } = draft.values;
  const change = (patch: Partial<Retention>, field: keyof Retention) => draft.set('retention', { ...retention, ...patch }, `retention.${field}`);
  return (
    <FormSection title="Retention">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <NumberInput
          label="Retention period"
          min={1}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          value={retention.period ?? ''}
          onChange={(period) => change({ period: typeof period === 'number' ? period : null }, 'period')}
          {...draft.at('retention.period')}
        />
        <Select
          label="Retention unit"
          data={vocabularyOptions(RETENTION_UNITS)}
          value={retention.unit}
          onChange={(unit) => change({ unit }, 'unit')}
          clearable
          {...draft.at('retention.unit')}
        />
      </SimpleGrid>
      <TextInput
        label="What starts the period"
        placeholder="e.g. End of the contract, last login, end of the tax year"
        value={retention.trigger}
        onChange={(event) => change({ trigger: event.currentTarget.value }, 'trigger')}
        {...draft.at('retention.trigger')}
      />
      <Textarea
        label="How data is deleted"
        placeholder="e.g. Deleted by a nightly job; backups expire after 35 days"
        autosize
        minRows={2}
        value={retention.deletion}
        onChange={(event) => change({ deletion: event.currentTarget.value }, 'deletion')}
        {...draft.at('retention.deletion')}
      />
    </FormSection>
  );
}
