import { Alert, Badge, Button, Drawer, Group, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconHistory, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import {
  AUDIT_KINDS,
  AUDIT_RECORD_KINDS,
  call,
  type AuditFilter,
  type AuditKind,
  type AuditRow,
  type AuditVerification,
  recordKindLabel,
} from '../../app/api';
import { base64ToBlob } from '../../ui/base64';
import { EmptyState } from '../../ui/EmptyState';
import { formatDateTime } from '../../ui/format-date';
import { notifyError } from '../../ui/notify';
import { offerExport, PLAINTEXT_WARNING } from '../../ui/offer-export';
import { Page } from '../../ui/Page';
import { useCallValue } from '../../ui/use-call-value';
import { AuditEntryDrawer } from './AuditEntryDrawer';

const PAGE_SIZE = 50;
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** "Request R-2026-0001", "Activity Newsletter", or the event's own label. */
export function recordName(row: Pick<AuditRow, 'recordKind' | 'label'>): string {
  return row.recordKind === null ? (row.label ?? '') : `${recordKindLabel(row.recordKind)} ${row.label ?? ''}`.trim();
}

export function AuditLogPage() {
  const [filter, setFilter] = useState<Required<AuditFilter>>({ recordKind: null, recordId: null, actor: null, kind: null, from: null, to: null, search: '' });
  const [search] = useDebouncedValue(filter.search, 250);
  const [page, setPage] = useState(1);
  const [openSeq, setOpenSeq] = useState<number | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const query = { ...filter, search, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  const [reloads, setReloads] = useState(0);
  const list = useCallValue('audit.list', query, `${JSON.stringify(query)}#${reloads}`);
  const change = (patch: Partial<AuditFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  const verify = async () => {
    const result = await call('audit.verify', {});
    if (result.ok) setVerification(result.value);
    else notifyError(result.error);
  };
  const exportLog = async () => {
    const result = await call('audit.export', { ...filter, format: 'csv' });
    if (!result.ok) return notifyError(result.error);
    offerExport(result.value.fileName, base64ToBlob(result.value.contentBase64, result.value.mimeType));
    // The export is itself an entry.
    setReloads((n) => n + 1);
  };

  return (
    <Page
      title="Audit log"
      wide
      actions={
        <Group gap="xs">
          <Button variant="default" leftSection={<IconShieldCheck size={16} />} onClick={() => void verify()}>
            Verify chain
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportLog()} title={PLAINTEXT_WARNING}>
            Export CSV
          </Button>
        </Group>
      }
    >
      {verification && <VerificationResult verification={verification} onShow={setOpenSeq} />}
      <Group gap="sm" align="end" role="search" aria-label="Filter the audit log">
        <TextInput label="Search" placeholder="Record, person or value" value={filter.search} onChange={(e) => change({ search: e.currentTarget.value })} w={190} />
        <Select label="Record kind" placeholder="Any" clearable data={options(AUDIT_RECORD_KINDS)} value={filter.recordKind} onChange={(v) => change({ recordKind: v, recordId: null })} w={170} />
        {filter.recordId !== null && (
          <Badge size="lg" variant="light" rightSection={<Button size="compact-xs" variant="subtle" aria-label="Show every record" onClick={() => change({ recordKind: null, recordId: null })}>×</Button>}>
            Record {filter.recordId}
          </Badge>
        )}
        <Select label="Kind" placeholder="Any" clearable data={options(AUDIT_KINDS)} value={filter.kind} onChange={(v) => change({ kind: v as AuditKind | null })} w={170} />
        <TextInput label="Who" placeholder="Anyone" value={filter.actor ?? ''} onChange={(e) => change({ actor: e.currentTarget.value.trim() || null })} w={140} />
        <TextInput label="From" type="date" value={filter.from ?? ''} onChange={(e) => change({ from: e.currentTarget.value || null })} />
        <TextInput label="To" type="date" value={filter.to ?? ''} onChange={(e) => change({ to: e.currentTarget.value || null })} />
      </Group>
      {list && list.total === 0 ? (
        <EmptyState icon={IconHistory} title="No entries match">
          Every change made in this workspace is listed here with who made it and when. Clear a filter to see more.
        </EmptyState>
      ) : (
        <>
          <Table striped highlightOnHover stickyHeader aria-label="Audit log entries" aria-rowcount={list?.total}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>Entry</Table.Th>
                <Table.Th w={150}>When</Table.Th>
                <Table.Th w={140}>Who</Table.Th>
                <Table.Th w={130}>Kind</Table.Th>
                <Table.Th>Record</Table.Th>
                <Table.Th w="30%">Changed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list?.rows.map((row) => (
                <Table.Tr
                  key={row.seq}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  aria-label={`Entry ${row.seq}: ${AUDIT_KINDS[row.kind]} ${recordName(row)}`}
                  onClick={() => setOpenSeq(row.seq)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      setOpenSeq(row.seq);
                    }
                  }}
                >
                  <Table.Td>{row.seq}</Table.Td>
                  <Table.Td>{formatDateTime(row.at)}</Table.Td>
                  <Table.Td>{row.actor}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={KIND_COLOURS[row.kind]}>
                      {AUDIT_KINDS[row.kind]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {recordName(row)}
                    {row.tableName !== null && row.tableName !== row.recordKind && (
                      <Text span c="dimmed" size="xs">
                        {' '}
                        ({row.tableName.replace(/_/g, ' ')})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {SUMMARIES[row.kind] ?? row.changed.join(', ')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {list && (
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {list.total.toLocaleString('en')} {list.total === 1 ? 'entry' : 'entries'}, newest first
              </Text>
              <Pagination total={Math.ceil(list.total / PAGE_SIZE)} value={page} onChange={setPage} size="sm" getControlProps={(control) => ({ 'aria-label': `${control} page` })} />
            </Group>
          )}
        </>
      )}
      <Drawer opened={openSeq !== null} onClose={() => setOpenSeq(null)} position="right" size="xl" title={openSeq === null ? '' : `Audit entry ${openSeq}`}>
        {openSeq !== null && (
          <AuditEntryDrawer
            seq={openSeq}
            onShowRecord={(recordKind, recordId) => {
              change({ recordKind, recordId });
              setOpenSeq(null);
            }}
          />
        )}
      </Drawer>
    </Page>
  );
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

function VerificationResult({ verification, onShow }: { verification: AuditVerification; onShow: (seq: number) => void }) {
  if (verification.ok) {
    return (
      <Alert color="green" icon={<IconShieldCheck />} title="The chain is whole" role="status">
        {verification.seq.toLocaleString('en')} entries checked. Head: entry {verification.seq}, sha256 <code>{verification.hash}</code>
      </Alert>
    );
  }
  return (
    <Alert color="red" title={`The chain breaks at entry ${verification.seq}`} role="alert">
      <Stack gap="xs" align="start">
        <Text size="sm">
          {verification.problem} The {verification.checked.toLocaleString('en')} entries before it are whole. Restore the workspace from a backup made
          before the break, or keep this file as evidence.
        </Text>
        <Button size="xs" variant="default" onClick={() => onShow(verification.seq)}>
          Show entry {verification.seq}
        </Button>
      </Stack>
    </Alert>
  );
}
