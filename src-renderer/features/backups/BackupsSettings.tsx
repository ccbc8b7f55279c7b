import { Badge, Button, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDatabaseExport, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { BACKUP_SCHEDULE_LABELS, BACKUP_SCHEDULES, type BackupOverview, call, type BackupSchedule } from '../../app/api';
import { FailureAlert } from '../../ui/FailureAlert';
import { formatDateTime } from '../../ui/format-date';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useCallValue } from '../../ui/use-call-value';
import { useFormCall } from '../../ui/use-form-call';
import { RestoreDialog } from './RestoreDialog';

const SCHEDULE_OPTIONS = BACKUP_SCHEDULES.map((value) => ({ value, label: BACKUP_SCHEDULE_LABELS[value] }));

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Settings > Backups: where and how often, back up now, the backups with Restore, and how the automatic ones went. */
export function BackupsSettings() {
  const [version, setVersion] = useState(0);
  const overview = useCallValue('backups.settings.get', {}, version);
  const backups = useCallValue('backups.list', {}, version);
  const info = useCallValue('app.info', {});
  const [restoring, setRestoring] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = () => setVersion((v) => v + 1);
  const electron = info?.host === 'electron';

  async function backUp(path?: string) {
    setBusy(true);
    const result = await call('backups.create', path === undefined ? {} : { path });
    setBusy(false);
    if (!result.ok) return notifyError(result.error);
    notifySuccess(`Backed up to ${result.value.path}.`);
    refresh();
  }

  /** Electron only: the native dialog, as for workspace files. */
  async function choose(purpose: 'create' | 'open'): Promise<string | null> {
    const result = await call('workspace.choosePath', { purpose });
    if (!result.ok) notifyError(result.error);
    return result.ok ? result.value.path : null;
  }

  return (
    <Stack gap="md">
      {overview ? <BackupSettingsForm key={version} saved={overview} onSaved={refresh} /> : null}
      {overview && <AutomaticStatus overview={overview} />}
      <Group gap="sm">
        <Button leftSection={<IconDatabaseExport size={16} />} loading={busy} onClick={() => void backUp()}>
          Back up now
        </Button>
        {electron && (
          <Button variant="default" disabled={busy} onClick={() =>
              void choose('create').then((path) => {
                if (path) void backUp(path);
              })
            }>
            Back up to a file…
          </Button>
        )}
        {electron && (
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => void choose('open').then((path) => setRestoring(path))}>
            Restore from a file…
          </Button>
        )}
      </Group>
      {backups && backups.length === 0 && (
        <Text size="sm" c="dimmed">
          No backups of this workspace in {overview?.folder ?? 'the backup folder'} yet.
        </Text>
      )}
      {backups && backups.length > 0 && (
        <Table striped highlightOnHover aria-label="Backups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Taken</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Size</Table.Th>
              <Table.Th>File</Table.Th>
              <Table.Th aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.map((b) => (
              <Table.Tr key={b.path} aria-label={`Backup ${b.name}`}>
                <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={b.kind === 'automatic' ? 'blue' : 'gray'}>
                    {b.kind === 'automatic' ? 'Automatic' : 'Manual'}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatSize(b.size)}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {b.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="default" onClick={() => setRestoring(b.path)}>
                    Restore…
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {restoring && <RestoreDialog file={restoring} onClose={() => setRestoring(null)} />}
    </Stack>
  );
}

function AutomaticStatus({ overview }: { overview: BackupOverview }) {
  const { lastAutomatic, nextAutomaticAt, lastError } = overview;
  return (
    <Stack gap="xs">
      <Text size="sm">
        Last automatic backup: {lastAutomatic ? formatDateTime(lastAutomatic.createdAt) : 'none yet'}
        {nextAutomaticAt ? ` · next: ${formatDateTime(nextAutomaticAt)} (while the workspace is unlocked)` : ' · automatic backups are off'}
      </Text>
      {lastError && (
        <FailureAlert title={`The automatic backup of ${formatDateTime(lastError.at)} failed`}>
          {lastError.message} It is tried again a quarter of an hour later.
        </FailureAlert>
      )}
    </Stack>
  );
}

function BackupSettingsForm({ saved, onSaved }: { saved: BackupOverview; onSaved: () => void }) {
  const [folder, setFolder] = useState(saved.settings.folder);
  const [schedule, setSchedule] = useState<BackupSchedule>(saved.settings.schedule);
  const [everyHours, setEveryHours] = useState<number | string>(saved.settings.everyHours);
  const [keep, setKeep] = useState<number | string>(saved.settings.keep);
  const form = useFormCall('backups.settings.save');

  async function save() {
    const done = await form.submit({
      folder,
      schedule,
      everyHours: typeof everyHours === 'number' ? everyHours : 0,
      keep: typeof keep === 'number' ? keep : 0,
    });
    if (!done) return;
    notifySuccess(done.settings.schedule === 'off' ? 'Backup settings saved. Automatic backups are off.' : `Backup settings saved. Automatic backups go to ${done.folder}.`);
    onSaved();
  }

  return (
    <form {...form.formProps(save)} aria-label="Backup settings">
      <Stack gap="sm">
        <TextInput
          label="Backup folder"
          description={`Leave empty for the default: ${saved.defaultFolder}. Best on another disk, so one failure does not take both.`}
          placeholder={saved.defaultFolder}
          spellCheck={false}
          value={folder}
          onChange={(event) => setFolder(event.currentTarget.value)}
          {...form.at('folder')}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Group align="flex-start" gap="sm">
          <Select
            label="Automatic backups"
            data={SCHEDULE_OPTIONS}
            allowDeselect={false}
            value={schedule}
            onChange={(value) => value && setSchedule(value as BackupSchedule)}
            {...form.at('schedule')}
            w={200}
          />
          {schedule === 'hours' && (
            <NumberInput
              label="Every (hours)"
              min={1}
              max={168}
              allowDecimal={false}
              allowNegative={false}
              value={everyHours}
              onChange={setEveryHours}
              {...form.at('everyHours')}
              w={140}
            />
          )}
          <NumberInput
            label="Keep automatic backups"
            description="The newest; manual ones are never deleted"
            min={1}
            max={1000}
            allowDecimal={false}
            allowNegative={false}
            value={keep}
            onChange={setKeep}
            {...form.at('keep')}
            w={260}
          />
        </Group>
        <Group>
          <Button type="submit" variant="default" loading={form.submitting}>
            Save backup settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
