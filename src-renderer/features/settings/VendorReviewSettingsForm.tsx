import { ActionIcon, Button, Group, NumberInput, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { codes, RISK_TIERS, type ReviewSettings, type RiskTier } from '../../app/api';
import { notifySuccess } from '../../ui/notify';
import { replaceAt } from '../../ui/RepeatableRows';
import { useFormCall } from '../../ui/use-form-call';
import { Editable } from '../../ui/ReadOnly';
import { useCan } from '../workspace/person-context';

interface QuestionRow {
  id: string;
  text: string;
  weight: number | string;
  /** Saved questions keep their code: answers refer to it. */
  saved: boolean;
}

const rowsOf = (settings: ReviewSettings): QuestionRow[] => settings.questions.map((question) => ({ ...question, saved: true }));

/** A code no other question has: custom_1, custom_2… */
function freshCode(rows: readonly QuestionRow[]): string {
  let next = rows.length + 1;
  while (rows.some((row) => row.id === `custom_${next}`)) next++;
  return `custom_${next}`;
}

/** The security questionnaire (question text and weight) and how many months pass between reviews, by risk tier. */
export function VendorReviewSettingsForm({ saved }: { saved: ReviewSettings }) {
  const [rows, setRows] = useState(() => rowsOf(saved));
  const [cadence, setCadence] = useState<Record<RiskTier, number | string>>(saved.cadence);
  const form = useFormCall('vendors.reviewSettings.save');
  const canSave = useCan('vendors.reviewSettings.save');
  const months = (value: number | string) => (typeof value === 'number' ? value : 0);

  async function save() {
    const done = await form.submit({
      questions: rows.map(({ id, text, weight }) => ({ id, text, weight: typeof weight === 'number' ? weight : -1 })),
      cadence: { high: months(cadence.high), medium: months(cadence.medium), low: months(cadence.low) },
    });
    if (!done) return;
    setRows(rowsOf(done));
    notifySuccess(`Vendor review settings saved: ${done.questions.length} questions.`);
  }

  return (
    <form {...form.formProps(save)}>
      <Editable editable={canSave}>
        <Stack gap="sm">
          <Table aria-label="Questionnaire" verticalSpacing={4} data-field="questions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={200}>Code</Table.Th>
                <Table.Th>Question</Table.Th>
                <Table.Th w={110}>Weight</Table.Th>
                {canSave && <Table.Th w={44} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <Table.Tr key={index}>
                  <Table.Td>
                    <TextInput
                      aria-label={`Code of question ${index + 1}`}
                      value={row.id}
                      readOnly={row.saved}
                      variant={row.saved ? 'unstyled' : 'default'}
                      onChange={(event) => setRows(replaceAt(rows, index, { id: event.currentTarget.value }))}
                      {...form.at(`questions.${index}.id`)}
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Question ${index + 1}`}
                      value={row.text}
                      onChange={(event) => setRows(replaceAt(rows, index, { text: event.currentTarget.value }))}
                      {...form.at(`questions.${index}.text`)}
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`Weight of question ${index + 1}`}
                      min={0}
                      max={10}
                      allowDecimal={false}
                      allowNegative={false}
                      value={row.weight}
                      onChange={(weight) => setRows(replaceAt(rows, index, { weight }))}
                      {...form.at(`questions.${index}.weight`)}
                      size="xs"
                    />
                  </Table.Td>
                  {canSave && (
                    <Table.Td>
                      <Tooltip label={`Remove question ${index + 1}`}>
                        <ActionIcon variant="subtle" color="red" aria-label={`Remove question ${index + 1}`} onClick={() => setRows(rows.filter((_, position) => position !== index))}>
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {form.at('questions').error && (
            <Text size="sm" c="red">
              {form.at('questions').error}
            </Text>
          )}
          {canSave && (
            <Group>
              <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setRows([...rows, { id: freshCode(rows), text: '', weight: 1, saved: false }])}>
                Add question
              </Button>
            </Group>
          )}
          <Text size="sm" fw={500}>
            Months between reviews
          </Text>
          <Group align="flex-end" gap="sm">
            {codes(RISK_TIERS).map((tier) => (
              <NumberInput
                key={tier}
                label={`${RISK_TIERS[tier]} risk`}
                min={1}
                max={120}
                allowDecimal={false}
                allowNegative={false}
                value={cadence[tier]}
                onChange={(value) => setCadence({ ...cadence, [tier]: value })}
                {...form.at(`cadence.${tier}`)}
                w={140}
              />
            ))}
            {canSave && (
              <Button type="submit" variant="default" loading={form.submitting}>
                Save
              </Button>
            )}
          </Group>
        </Stack>
      </Editable>
    </form>
  );
}
