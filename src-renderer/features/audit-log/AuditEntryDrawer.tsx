import { Badge, Button, Code, Stack, Table, Text } from '@mantine/core';
import { AUDIT_KINDS, changedFields, recordKindLabel } from '../../app/api';
import { formatDateTime } from '../../ui/format-date';
import { useCallValue } from '../../ui/use-call-value';

/** A stored value as the drawer prints it: text as is, the rest as JSON, nothing as a dash. */
function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** One entry: who, when, what, and the fields that changed side by side (an event: its details). */
export function AuditEntryDrawer({ seq, onShowRecord }: { seq: number; onShowRecord: (recordKind: string, recordId: number) => void }) {
  const entry = useCallValue('audit.get', { seq }, seq);
  if (!entry) return null;
  const isRow = entry.tableName !== null;
  const fields = isRow ? changedFields(entry.before, entry.after) : Object.entries(entry.after ?? {}).map(([field, after]) => ({ field, before: undefined, after }));
  return (
    <Stack gap="md">
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={140}>When</Table.Th>
            <Table.Td>{formatDateTime(entry.at)} ({entry.at})</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Who</Table.Th>
            <Table.Td>{entry.actor}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Kind</Table.Th>
            <Table.Td>
              <Badge variant="light">{AUDIT_KINDS[entry.kind]}</Badge>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Record</Table.Th>
            <Table.Td>
              {entry.recordKind === null ? entry.label : `${recordKindLabel(entry.recordKind)} ${entry.label ?? ''}`}
              {isRow && (
                <Text span c="dimmed" size="sm">
                  {' '}
                  (table {entry.tableName}
                  {entry.recordId === null ? '' : `, id ${entry.recordId}`})
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {entry.recordKind !== null && entry.recordId !== null && (
        <Button variant="default" size="xs" w="fit-content" onClick={() => onShowRecord(entry.recordKind!, entry.recordId!)}>
          Show this record's history
        </Button>
      )}
      <Table withTableBorder withColumnBorders aria-label={isRow ? 'Changed fields' : 'Details'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Field</Table.Th>
            {isRow && <Table.Th>Before</Table.Th>}
            <Table.Th>{isRow ? 'After' : 'Value'}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((c) => (
            <Table.Tr key={c.field}>
              <Table.Td>
                <Code>{c.field}</Code>
              </Table.Td>
              {isRow && (
                <Table.Td c="red.8" style={{ wordBreak: 'break-word' }}>
                  {shown(c.before)}
                </Table.Td>
              )}
              <Table.Td c={isRow ? 'green.8' : undefined} style={{ wordBreak: 'break-word' }}>
                {shown(c.after)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
        Previous hash {entry.prevHash}
        <br />
        Hash {entry.hash}
      </Text>
    </Stack>
  );
}
