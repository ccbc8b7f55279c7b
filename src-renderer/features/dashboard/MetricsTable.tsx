import { Group, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { REQUEST_TYPES } from '../../app/api';
import { useCallValue } from '../../ui/use-call-value';

const YEARS_SHOWN = 6;

const days = (value: number | null) => (value === null ? '—' : value.toLocaleString('en', { maximumFractionDigits: 1 }));

/** The yearly figures CCPA Regs § 7102 asks a business to disclose, per request type. */
export function MetricsTable() {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const metrics = useCallValue('requests.metrics', { year }, year);
  const years = Array.from({ length: YEARS_SHOWN }, (_, index) => String(thisYear - index));

  return (
    <>
      <Group gap="xs">
        <Select label="Year" data={years} value={String(year)} onChange={(value) => value && setYear(Number(value))} allowDeselect={false} w={120} />
      </Group>
      {metrics === null || metrics.year !== year ? (
        <Text size="sm" c="dimmed">
          Counting…
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={`Request metrics for ${year}`} verticalSpacing={4} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Request type</Table.Th>
                <Table.Th ta="right">Received</Table.Th>
                <Table.Th ta="right">Complied with in whole</Table.Th>
                <Table.Th ta="right">Complied with in part</Table.Th>
                <Table.Th ta="right">Denied</Table.Th>
                <Table.Th ta="right">Median days</Table.Th>
                <Table.Th ta="right">Mean days</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {metrics.rows.map((row) => (
                <Table.Tr key={row.type}>
                  <Table.Td>{REQUEST_TYPES[row.type]}</Table.Td>
                  <Table.Td ta="right">{row.received}</Table.Td>
                  <Table.Td ta="right">{row.compliedInWhole}</Table.Td>
                  <Table.Td ta="right">{row.compliedInPart}</Table.Td>
                  <Table.Td ta="right">{row.denied}</Table.Td>
                  <Table.Td ta="right">{days(row.medianDays)}</Table.Td>
                  <Table.Td ta="right">{days(row.meanDays)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
