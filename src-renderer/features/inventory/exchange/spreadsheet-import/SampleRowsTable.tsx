import { Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { ColumnMapping, SpreadsheetPreview } from '../../../../app/api';

const CELL_WIDTH = 180;

/** The file's first rows as they are, each column headed by the field it goes into (or "not imported"). */
export function SampleRowsTable({ preview, mapping }: { preview: SpreadsheetPreview; mapping: ColumnMapping }) {
  const fieldOfColumn = useMemo(
    () =>
      new Map(
        preview.fields.flatMap((field): [string, string][] => {
          const column = mapping[field.field];
          return column === null ? [] : [[column, field.label]];
        }),
      ),
    [preview.fields, mapping],
  );

  return (
    <Stack gap={6}>
      <Title order={3} size="h5">
        The file’s first {preview.sampleRows.length === 1 ? 'row' : `${preview.sampleRows.length} rows`}
      </Title>
      <Table.ScrollContainer minWidth={preview.columns.length * CELL_WIDTH} maxHeight={360}>
        <Table aria-label="The file’s first rows" striped withTableBorder withColumnBorders stickyHeader verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              {preview.columns.map((column) => {
                const field = fieldOfColumn.get(column);
                return (
                  <Table.Th key={column} miw={CELL_WIDTH} style={{ verticalAlign: 'top' }}>
                    <Text size="sm" fw={700}>
                      {column}
                    </Text>
                    <Text size="xs" c={field ? 'teal.8' : 'dimmed'} fw={400}>
                      {field ? `→ ${field}` : 'not imported'}
                    </Text>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sampleRows.map((row, index) => (
              <Table.Tr key={index}>
                {preview.columns.map((column, cell) => (
                  <Table.Td key={column}>
                    <Text size="xs" lineClamp={2} title={row[cell]}>
                      {row[cell]}
                    </Text>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
