import { Group, List, Select, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { ActivityColumnField, ColumnMapping, SpreadsheetField, SpreadsheetPreview } from '../../../../app/api';
import { counted } from '../../../../ui/counted';
import { FailureAlert } from '../../../../ui/FailureAlert';
import type { Option } from '../../../../ui/vocabulary';
import { CheckStatus } from './CheckStatus';
import { fieldsToFix, headerProblems } from './preview-facts';
import { SampleRowsTable } from './SampleRowsTable';

/** No column is named "" (the service names an empty header "Column C"), so "" stands for none. */
const NOT_IMPORTED = '';

interface MappingStepProps {
  fileName: string;
  preview: SpreadsheetPreview;
  mapping: ColumnMapping;
  onColumn: (field: ActivityColumnField, column: string | null) => void;
  checking: boolean;
  failure: string | null;
}

/** Step 2: which of the file's columns holds each field, prefilled from its headers, with the file's first rows to compare. */
export function MappingStep({ fileName, preview, mapping, onColumn, checking, failure }: MappingStepProps) {
  const options = useMemo<Option<string>[]>(
    () => [{ value: NOT_IMPORTED, label: '— not imported —' }, ...preview.columns.map((column) => ({ value: column, label: column }))],
    [preview.columns],
  );
  const firstRow = preview.sampleRows[0] ?? [];
  const firstValue = (column: string | null) => (column === null ? '' : (firstRow[preview.columns.indexOf(column)] ?? ''));
  const problems = headerProblems(preview);
  const toFix = fieldsToFix(preview, mapping);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm">
          <b>{fileName}</b>: {counted(preview.total, 'row', 'rows')} below the header, in {counted(preview.columns.length, 'column', 'columns')}. Choose the file’s
          column for each field; the rows are checked again after every change.
        </Text>
        <CheckStatus preview={preview} checking={checking} />
      </Group>
      {failure && <FailureAlert title="The rows could not be checked">{failure}</FailureAlert>}
      {problems.length > 0 && (
        <FailureAlert title="These columns cannot be imported yet">
          <List size="sm">
            {problems.map((problem) => (
              <List.Item key={problem.reason}>{problem.reason}</List.Item>
            ))}
          </List>
        </FailureAlert>
      )}
      <Table aria-label="The file’s column for each field" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={220}>Field</Table.Th>
            <Table.Th>Column in the file</Table.Th>
            <Table.Th w={260}>In the first row</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.fields.map((field) => (
            <MappingRow
              key={field.field}
              field={field}
              column={mapping[field.field]}
              options={options}
              sample={firstValue(mapping[field.field])}
              invalid={toFix.has(field.field)}
              onColumn={onColumn}
            />
          ))}
        </Table.Tbody>
      </Table>
      <SampleRowsTable preview={preview} mapping={mapping} />
    </Stack>
  );
}

interface MappingRowProps {
  field: SpreadsheetField;
  column: string | null;
  options: Option<string>[];
  sample: string;
  /** A header problem is about this field's choice. */
  invalid: boolean;
  onColumn: (field: ActivityColumnField, column: string | null) => void;
}

/** One field: its name and whether it is required, the Select of the file's columns with what the cell may hold, and the first row's value. */
function MappingRow({ field, column, options, sample, invalid, onColumn }: MappingRowProps) {
  return (
    <Table.Tr>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Text size="sm" fw={500} pt={8}>
          {field.label}
          {field.required && (
            <Text span c="red" title="Required">
              {' *'}
            </Text>
          )}
        </Text>
      </Table.Td>
      <Table.Td>
        {/* The hint is the Select's description: shown under it, and read with it. */}
        <Select
          aria-label={field.label}
          description={`${field.required ? 'Required. ' : ''}${field.hint}${field.multiple ? ' Separate several with “;”.' : ''}`}
          inputWrapperOrder={['input', 'description']}
          required={field.required}
          error={invalid}
          data={options}
          value={column ?? NOT_IMPORTED}
          onChange={(value) => onColumn(field.field, value === null || value === NOT_IMPORTED ? null : value)}
          allowDeselect={false}
          searchable
          nothingFoundMessage="No column of that name"
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Text size="sm" lineClamp={2} title={sample} c={sample ? undefined : 'dimmed'} pt={8}>
          {sample || '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
