import { Badge, Text } from '@mantine/core';
import { AUDIT_KINDS, type AuditKind, type AuditRow, recordKindLabel } from '../../app/api';
import { formatDateTime } from '../../ui/format-date';
import type { Column } from '../../ui/record-table/types';

/** "Request R-2026-0001", "Activity Newsletter", or the event's own label. */
export function recordName(row: Pick<AuditRow, 'recordKind' | 'label'>): string {
  return row.recordKind === null ? (row.label ?? '') : `${recordKindLabel(row.recordKind)} ${row.label ?? ''}`.trim();
}

/** A new or removed row changes every field: the drawer lists them, the table says so in words. */
const SUMMARIES: Partial<Record<AuditKind, string>> = { create: 'New record', delete: 'Record removed' };

const KIND_COLOURS: Record<AuditKind, string> = {
  create: 'green',
  update: 'blue',
  archive: 'gray',
  restore: 'teal',
  status: 'violet',
  delete: 'red',
  report: 'indigo',
  import: 'cyan',
  export: 'orange',
  unlock: 'gray',
  lock: 'gray',
};

/** The audit log's columns, newest entry first (the log has one order). */
export const AUDIT_COLUMNS: Column<AuditRow, never>[] = [
  { id: 'seq', header: 'Entry', width: 70, cell: (row) => row.seq },
  { id: 'at', header: 'When', width: 170, cell: (row) => formatDateTime(row.at) },
  { id: 'actor', header: 'Who', width: 140, cell: (row) => row.actor },
  {
    id: 'kind',
    header: 'Kind',
    width: 130,
    cell: (row) => (
      <Badge variant="light" color={KIND_COLOURS[row.kind]}>
        {AUDIT_KINDS[row.kind]}
      </Badge>
    ),
  },
  {
    id: 'record',
    header: 'Record',
    cell: (row) => (
      <>
        {recordName(row)}
        {row.tableName !== null && row.tableName !== row.recordKind && (
          <Text span c="dimmed" size="xs">
            {' '}
            ({row.tableName.replace(/_/g, ' ')})
          </Text>
        )}
      </>
    ),
  },
  { id: 'changed', header: 'Changed', cell: (row) => SUMMARIES[row.kind] ?? row.changed.join(', ') },
];
