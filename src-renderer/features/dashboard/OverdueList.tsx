import { Table, Text } from '@mantine/core';
import type { RequestRow } from '../../app/api';
import { formatDate } from '../../ui/format-date';
import { DaysLeft, TypeBadges } from '../requests/request-badges';
import { openRequest } from '../requests/requests-route';

/** The overdue requests, oldest deadline first; a row opens its request. */
export function OverdueList({ rows }: { rows: readonly RequestRow[] }) {
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No request is overdue.
      </Text>
    );
  }
  return (
    <Table highlightOnHover aria-label="Overdue requests" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Reference</Table.Th>
          <Table.Th>Types</Table.Th>
          <Table.Th>Due</Table.Th>
          <Table.Th>Assignee</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id} style={{ cursor: 'pointer' }} onClick={() => openRequest(row.id)}>
            <Table.Td>
              <a href={`#/requests/${row.id}`}>{row.reference}</a>
            </Table.Td>
            <Table.Td>
              <TypeBadges types={row.types} />
            </Table.Td>
            <Table.Td>
              {formatDate(row.dueOn)} <DaysLeft daysLeft={row.daysLeft} />
            </Table.Td>
            <Table.Td>{row.assignee}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
