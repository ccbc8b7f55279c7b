import { Badge, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { SCC_MODULES, VENDOR_TRANSFER_MECHANISMS, type TransferStatus, type VendorCountry, type VendorTransferMechanism } from '../../../app/api';
import { countryName } from '../../../ui/countries';
import { notifySuccess } from '../../../ui/notify';
import { replaceAt } from '../../../ui/RepeatableRows';
import { useDraft } from '../../../ui/use-draft';
import { useSubmit } from '../../../ui/use-submit';
import { isCode, vocabularyOptions } from '../../../ui/vocabulary';
import { Editable, ReadOnlyNote } from '../../../ui/ReadOnly';
import { useCan, whoCan } from '../../workspace/person-context';
import type { VendorPartProps } from './use-vendor';

const STATUS = {
  eea: { label: 'EEA', color: 'teal' },
  adequate: { label: 'Adequacy decision', color: 'blue' },
  partially_adequate: { label: 'Partial adequacy', color: 'yellow' },
  third_country: { label: 'No adequacy', color: 'orange' },
} as const satisfies Record<TransferStatus, { label: string; color: string }>;

const MODULE_OPTIONS = Object.entries(SCC_MODULES).map(([value, label]) => ({ value, label }));
type Module = VendorCountry['sccModule'];
const moduleOf = (value: string | null): Module => (value === '1' || value === '2' || value === '3' || value === '4' ? (Number(value) as Module) : null);

interface Row {
  country: string;
  /** Recorded on the vendor; null leaves the country to what the inventory says. */
  mechanism: VendorTransferMechanism | null;
  sccModule: Module;
  tiaDone: boolean;
  tiaOn: string;
  documentRef: string;
}

function rowOf(transfer: VendorCountry): Row {
  const own = transfer.source === 'vendor';
  return {
    country: transfer.country,
    mechanism: own ? transfer.mechanism : null,
    sccModule: own ? transfer.sccModule : null,
    tiaDone: own && transfer.tiaDone,
    tiaOn: own ? (transfer.tiaOn ?? '') : '',
    documentRef: own ? transfer.documentRef : '',
  };
}

function placeholderOf(transfer: VendorCountry): string {
  if (transfer.source === 'inventory' && transfer.mechanism) return `From the inventory: ${VENDOR_TRANSFER_MECHANISMS[transfer.mechanism]}`;
  if (transfer.status === 'eea' || transfer.status === 'adequate') return 'Not needed';
  return 'None recorded';
}

/**
 * One block per country where the vendor processes our data: its adequacy, the mechanism that covers it, the
 * transfer impact assessment and where the documents are. Countries that are not covered stand out in red.
 */
function TransfersForm({ vendor, onChanged }: VendorPartProps) {
  const draft = useDraft(() => ({ rows: vendor.transfers.map(rowOf) }));
  const formRef = useRef<HTMLFormElement>(null);
  const { submit, submitting } = useSubmit('vendors.saveTransfers', draft.setErrors, formRef);
  const { rows } = draft.values;
  const canSave = useCan('vendors.saveTransfers');
  // Only countries with a mechanism are sent; errors come back by their place among those.
  const sentIndex = rows.map((_, index) => rows.slice(0, index).filter((row) => row.mechanism !== null).length);

  function change(index: number, patch: Partial<Row>) {
    draft.set('rows', replaceAt(rows, index, patch), `transfers.${sentIndex[index]}`);
  }

  async function save() {
    const transfers = rows.flatMap(({ mechanism, tiaOn, ...row }) => (mechanism === null ? [] : [{ ...row, mechanism, tiaOn: tiaOn === '' ? null : tiaOn }]));
    const saved = await submit({ recipientId: vendor.profile.recipientId, transfers });
    if (!saved) return;
    notifySuccess('Transfers saved.');
    onChanged(saved);
  }

  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No country is recorded for this vendor. Add the countries where it processes data to its recipient record in the inventory.
      </Text>
    );
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (canSave && !submitting) void save();
      }}
    >
      <Stack gap="sm">
        <Editable editable={canSave}>
          <Stack gap="sm">
            {rows.map((row, index) => {
              const transfer = vendor.transfers[index];
              if (!transfer) return null;
              const at = (field: string) => draft.at(`transfers.${sentIndex[index]}.${field}`);
              const recorded = row.mechanism !== null;
              return (
                <Paper
                  key={row.country}
                  withBorder
                  p="sm"
                  radius="sm"
                  component="section"
                  aria-label={countryName(row.country)}
                  bg={transfer.covered ? undefined : 'var(--mantine-color-red-light)'}
                  style={transfer.covered ? undefined : { borderColor: 'var(--mantine-color-red-6)' }}
                >
                  <Group gap="xs" mb="xs">
                    <Text fw={600}>{countryName(row.country)}</Text>
                    <Badge variant="light" color={STATUS[transfer.status].color} tt="none">
                      {STATUS[transfer.status].label}
                    </Badge>
                    {transfer.covered ? (
                      <Badge variant="outline" color="teal" tt="none">
                        Covered
                      </Badge>
                    ) : (
                      <Badge variant="filled" color="red" tt="none">
                        Not covered
                      </Badge>
                    )}
                    <Checkbox
                      ml="auto"
                      label="Transfer impact assessment done"
                      checked={row.tiaDone}
                      disabled={!recorded}
                      onChange={(event) => change(index, { tiaDone: event.currentTarget.checked, tiaOn: event.currentTarget.checked ? row.tiaOn : '' })}
                      {...at('tiaDone')}
                    />
                  </Group>
                  <SimpleGrid cols={4} spacing="sm">
                    <Select
                      label="Mechanism"
                      data={vocabularyOptions(VENDOR_TRANSFER_MECHANISMS)}
                      placeholder={placeholderOf(transfer)}
                      value={row.mechanism}
                      onChange={(value) => change(index, isCode(VENDOR_TRANSFER_MECHANISMS, value) ? { mechanism: value, sccModule: value === 'scc' ? row.sccModule : null } : { mechanism: null, sccModule: null, tiaDone: false, tiaOn: '', documentRef: '' })}
                      clearable
                      {...at('mechanism')}
                    />
                    <Select
                      label="SCC module"
                      data={MODULE_OPTIONS}
                      value={row.sccModule === null ? null : String(row.sccModule)}
                      onChange={(value) => change(index, { sccModule: moduleOf(value) })}
                      disabled={row.mechanism !== 'scc'}
                      clearable
                      {...at('sccModule')}
                    />
                    <TextInput label="Impact assessment on" type="date" value={row.tiaOn} disabled={!row.tiaDone} onChange={(event) => change(index, { tiaOn: event.currentTarget.value })} {...at('tiaOn')} />
                    <TextInput label="Document reference" value={row.documentRef} disabled={!recorded} onChange={(event) => change(index, { documentRef: event.currentTarget.value })} {...at('documentRef')} />
                  </SimpleGrid>
                </Paper>
              );
            })}
          </Stack>
        </Editable>
        {canSave ? (
          <Group>
            <Button type="submit" loading={submitting} disabled={!draft.dirty} data-field="transfers">
              Save transfers
            </Button>
          </Group>
        ) : (
          <ReadOnlyNote>{whoCan('vendors.saveTransfers')}</ReadOnlyNote>
        )}
      </Stack>
    </form>
  );
}

/** The transfers form, started again from what the service answered after each save. */
export function TransfersTab(props: VendorPartProps) {
  return <TransfersForm key={JSON.stringify(props.vendor.transfers)} {...props} />;
}
