import { Group, Text } from '@mantine/core';
import type { RequestRow } from '../../../app/api';
import { formatDate } from '../../../ui/format-date';
import type { Column } from '../../../ui/record-table/types';
import { DaysLeft, StatusBadge, TypeBadges } from '../request-badges';
import type { Regimes } from '../use-regimes';
import type { RequestSort } from './use-request-query';

/** The list's columns: never a requester's details, which show only on the opened request. */
export function requestColumns(regimes: Regimes): Column<RequestRow, RequestSort>[] {
  return [
    {
      id: 'reference',
      header: 'Reference',
      sortBy: 'reference',
      width: 150,
      cell: (row) => (
        <Text size="sm" ff="monospace" fw={500}>
          {row.reference}
        </Text>
      ),
    },
    { id: 'types', header: 'Types', width: 170, cell: (row) => <TypeBadges types={row.types} /> },
    { id: 'regime', header: 'Regime', cell: (row) => regimes.nameOf(row.regimeId) },
    { id: 'status', header: 'Status', sortBy: 'status', width: 150, cell: (row) => <StatusBadge status={row.status} /> },
    { id: 'received', header: 'Received', sortBy: 'receivedOn', width: 120, cell: (row) => formatDate(row.receivedOn) },
    {
      id: 'due',
      header: 'Due',
      sortBy: 'dueOn',
      width: 230,
      cell: (row) =>
        row.closedOn ? (
          <Text size="sm" c="dimmed">
            Closed {formatDate(row.closedOn)}
          </Text>
        ) : (
          <Group gap="xs" wrap="nowrap">
            <Text size="sm">{formatDate(row.dueOn) || 'No date'}</Text>
            <DaysLeft daysLeft={row.daysLeft} />
          </Group>
        ),
    },
    { id: 'assignee', header: 'Assignee', cell: (row) => row.assignee || <Text size="sm" c="dimmed">Unassigned</Text> },
    { id: 'openTasks', header: 'Open tasks', width: 100, cell: (row) => row.openTasks },
  ];
}
