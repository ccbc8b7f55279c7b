import { Select, Textarea, TextInput } from '@mantine/core';
import { LEGAL_BASES, type Purpose } from '../../../app/api';
import { RepeatableRows, replaceAt } from '../../../ui/RepeatableRows';
import type { Draft } from '../../../ui/use-draft';
import { vocabularyOptions } from '../../../ui/vocabulary';
import { FormSection } from '../editor/FormSection';
import { type ActivityDraft, NEW_PURPOSE } from './activity-draft';
import { DataUseSelect } from './DataUseSelect';

const LEGAL_BASIS_OPTIONS = vocabularyOptions(LEGAL_BASES);

/** Why the data is processed: one row per purpose with its legal basis (Art. 6(1)) and, optionally, its Fides data use. */
export function PurposesSection({ draft }: { draft: Draft<ActivityDraft> }) {
  const { purposes } = draft.values;
  const change = (index: number, patch: Partial<Purpose>, field: keyof Purpose) =>
    draft.set('purposes', replaceAt(purposes, index, patch), `purposes.${index}.${field}`);

  return (
    <FormSection title="Purposes">
      <RepeatableRows
        items={purposes}
        itemLabel={(index) => `Purpose ${index + 1}`}
        addLabel="Add purpose"
        field="purposes"
        empty="No purpose yet. Every activity needs at least one, with its legal basis."
        onAdd={() => draft.set('purposes', [...purposes, NEW_PURPOSE])}
        onRemove={(index) => draft.set('purposes', purposes.filter((_, position) => position !== index), 'purposes')}
      >
        {(purpose, index) => (
          <>
            <TextInput
              label="Purpose"
              placeholder="e.g. Pay salaries and file payroll taxes"
              value={purpose.purpose}
              onChange={(event) => change(index, { purpose: event.currentTarget.value }, 'purpose')}
              {...draft.at(`purposes.${index}.purpose`)}
            />
            <Select
              label="Legal basis"
              data={LEGAL_BASIS_OPTIONS}
              value={purpose.legalBasis}
              onChange={(legalBasis) => change(index, { legalBasis }, 'legalBasis')}
              clearable
              {...draft.at(`purposes.${index}.legalBasis`)}
            />
            {purpose.legalBasis === 'legitimate_interests' && (
              <Textarea
                label="Legitimate interest"
                description="The interest pursued, and why it outweighs the person's rights (balancing test)"
                autosize
                minRows={2}
                value={purpose.legitimateInterest}
                onChange={(event) => change(index, { legitimateInterest: event.currentTarget.value }, 'legitimateInterest')}
                {...draft.at(`purposes.${index}.legitimateInterest`)}
              />
            )}
            <DataUseSelect value={purpose.dataUse} onChange={(dataUse) => change(index, { dataUse }, 'dataUse')} {...draft.at(`purposes.${index}.dataUse`)} />
          </>
        )}
      </RepeatableRows>
    </FormSection>
  );
}
