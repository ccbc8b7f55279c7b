import { Alert, Badge, Button, Drawer, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconHistory, IconShieldCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import {
  AUDIT_KINDS,
  AUDIT_RECORD_KINDS,
  call,
  type AuditFilter,
  type AuditKind,
  type AuditRow,
  type AuditVerification,
} from '../../app/api';
import { base64ToBlob } from '../../ui/base64';
import { EmptyState } from '../../ui/EmptyState';
import { notifyError } from '../../ui/notify';
import { offerExport, PLAINTEXT_WARNING } from '../../ui/offer-export';
import { Page } from '../../ui/Page';
import { useRowWindow } from '../../ui/record-table/use-row-window';
import { VirtualTable } from '../../ui/record-table/VirtualTable';
import { AuditEntryDrawer } from './AuditEntryDrawer';
import { AUDIT_COLUMNS, recordName } from './audit-columns';

const NOUN = { one: 'entry', many: 'entries' };
const loadBlock = (request: Required<AuditFilter> & { offset: number; limit: number }) => call('audit.list', request);
const entryLabel = (row: AuditRow) => `Entry ${row.seq}: ${AUDIT_KINDS[row.kind]} ${recordName(row)}`;
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function AuditLogPage() {
  const [filter, setFilter] = useState<Required<AuditFilter>>({ recordKind: null, recordId: null, actor: null, kind: null, from: null, to: null, search: '' });
  const [search] = useDebouncedValue(filter.search, 250);
  const [openSeq, setOpenSeq] = useState<number | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const query = useMemo(() => ({ ...filter, search }), [filter, search]);
  const [reloads, setReloads] = useState(0);
  const listed = useRowWindow(loadBlock, query, reloads);
  const change = (patch: Partial<AuditFilter>) => setFilter((f) => ({ ...f, ...patch }));

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
      {listed.loaded && listed.total === 0 ? (
        <EmptyState icon={IconHistory} title="No entries match">
          Every change made in this workspace is listed here with who made it and when. Clear a filter to see more.
        </EmptyState>
      ) : (
        <VirtualTable
          tableId="audit-log"
          label="Audit log entries"
          noun={NOUN}
          columns={AUDIT_COLUMNS}
          list={listed}
          onOpen={(row) => setOpenSeq(row.seq)}
          onRowKey={(key, row) => {
            // Space opens an entry too: the log's rows cannot be ticked.
            if (key !== ' ') return false;
            setOpenSeq(row.seq);
            return true;
          }}
          rowLabel={entryLabel}
        />
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
