import { Select, SimpleGrid, Textarea } from '@mantine/core';
import { TRANSFER_MECHANISMS } from '../../../app/api';
import { COUNTRY_OPTIONS } from '../../../ui/countries';
import { RecordSelect } from '../../../ui/RecordPicker';
import { RepeatableRows, replaceAt } from '../../../ui/RepeatableRows';
import type { Draft } from '../../../ui/use-draft';
import { vocabularyOptions } from '../../../ui/vocabulary';
import { FormSection } from '../editor/FormSection';
import { recipientsSource } from '../picker-sources';
import { type ActivityDraft, NEW_TRANSFER, type TransferDraft } from './activity-draft';
import { TransferHint } from './TransferHint';

const MECHANISM_OPTIONS = vocabularyOptions(TRANSFER_MECHANISMS);

/** Transfers of the data to countries outside the EEA (Chapter V), each with its safeguard. */
export function TransfersSection({ draft }: { draft: Draft<ActivityDraft> }) {
  const { transfers } = draft.values;
  const change = (index: number, patch: Partial<TransferDraft>, field: string) =>
    draft.set('transfers', replaceAt(transfers, index, patch), `transfers.${index}.${field}`);

  return (
    <FormSection title="Transfers">
      <RepeatableRows
        items={transfers}
        itemLabel={(index) => `Transfer ${index + 1}`}
        addLabel="Add transfer"
        field="transfers"
        empty="No transfers. Add one for each country outside the EEA the data goes to or is reachable from."
        onAdd={() => draft.set('transfers', [...transfers, NEW_TRANSFER])}
        onRemove={(index) => draft.set('transfers', transfers.filter((_, position) => position !== index), 'transfers')}
      >
        {(transfer, index) => (
          <>
            <SimpleGrid cols={3} spacing="sm">
              <Select
                label="Country"
                data={COUNTRY_OPTIONS}
                searchable
                value={transfer.country}
                onChange={(country) => change(index, { country }, 'country')}
                {...draft.at(`transfers.${index}.country`)}
              />
              <RecordSelect
                label="Recipient"
                source={recipientsSource}
                value={transfer.recipient}
                onChange={(recipient) => change(index, { recipient }, 'recipientId')}
                field={`transfers.${index}.recipientId`}
                error={draft.errors[`transfers.${index}.recipientId`]}
              />
              <Select
                label="Transfer mechanism"
                data={MECHANISM_OPTIONS}
                value={transfer.mechanism}
                onChange={(mechanism) => change(index, { mechanism }, 'mechanism')}
                clearable
                comboboxProps={{ width: 'max-content', position: 'bottom-end', keepMounted: false }}
                {...draft.at(`transfers.${index}.mechanism`)}
              />
            </SimpleGrid>
            <TransferHint country={transfer.country} />
            <Textarea
              label="Documentation"
              description="e.g. the SCC module and where the signed copy is; for a derogation, which one and the safeguards"
              autosize
              minRows={1}
              value={transfer.documentation}
              onChange={(event) => change(index, { documentation: event.currentTarget.value }, 'documentation')}
              {...draft.at(`transfers.${index}.documentation`)}
            />
          </>
        )}
      </RepeatableRows>
    </FormSection>
  );
}
