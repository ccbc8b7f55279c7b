import type { RequestRow } from '../../../app/api';
import { formatDate } from '../../../ui/format-date';
import type { Column } from '../../../ui/record-table/types';
import { DaysLeft, StatusBadge, TypeBadges } from '../request-badges';
import type { Regimes } from '../use-regimes';
import classes from './request-columns.module.css';
import type { RequestSort } from './use-request-query';

/** The list's columns: never a requester's details, which show only on the opened request. */
export function requestColumns(regimes: Regimes): Column<RequestRow, RequestSort>[] {
  return [
    {
      id: 'reference',
      header: 'Reference',
      sortBy: 'reference',
      width: 150,
      cell: (row) => <span className={classes.reference}>{row.reference}</span>,
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
          <span className={classes.dimmed}>Closed {formatDate(row.closedOn)}</span>
        ) : (
          <span className={classes.due}>
            <span>{formatDate(row.dueOn) || 'No date'}</span>
            <DaysLeft daysLeft={row.daysLeft} />
          </span>
        ),
    },
    { id: 'assignee', header: 'Assignee', cell: (row) => row.assignee || <span className={classes.dimmed}>Unassigned</span> },
    { id: 'openTasks', header: 'Open tasks', width: 100, cell: (row) => row.openTasks },
  ];
}
