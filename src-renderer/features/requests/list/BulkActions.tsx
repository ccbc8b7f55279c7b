import { Button, Group, Paper, Popover, Stack, Text, TextInput } from '@mantine/core';
import { IconUserCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { call, type CallInput } from '../../../app/api';
import { counted } from '../../../ui/counted';
import { notifyError, notifyInfo, notifySuccess } from '../../../ui/notify';
import { BulkStatusDialog } from './BulkStatusDialog';
import { type RequestSelection, SELECT_ALL_LIMIT, selectAllLabel } from './use-request-selection';

type BulkAction = CallInput<'requests.bulk'>['action'];

interface BulkActionsProps {
  selection: RequestSelection;
  /** Every request the filters match. */
  total: number;
  onSelectAll: () => void;
  /** Something changed: the list is fetched again. */
  onChanged: () => void;
}

/** Shown while requests are ticked: how many, "select all matching", assign, change status. */
export function BulkActions({ selection, total, onSelectAll, onChanged }: BulkActionsProps) {
  const [assignee, setAssignee] = useState('');
  const [assigning, setAssigning] = useState(false);
  const [changingStatus, setChangingStatus] = useState(false);
  const [busy, setBusy] = useState(false);
  const count = selection.ids.size;
  const selectable = Math.min(total, SELECT_ALL_LIMIT);

  async function run(action: BulkAction) {
    setBusy(true);
    const result = await call('requests.bulk', { ids: [...selection.ids], action });
    setBusy(false);
    if (!result.ok) return notifyError(result.error);
    const { changed, skipped } = result.value;
    // A green tick only when something changed; nothing changed is said with the reasons, not as a success.
    if (changed > 0) notifySuccess(`${counted(changed, 'request', 'requests')} changed.`);
    if (skipped.length > 0) {
      const listed = skipped.slice(0, 5).map((item) => `${item.reference}: ${item.reason}`);
      notifyInfo(`${counted(skipped.length, 'request was', 'requests were')} skipped. ${listed.join(' ')}${skipped.length > 5 ? ' …' : ''}`, {
        title: changed > 0 ? 'Not every request changed' : 'No request changed',
        sticky: true,
      });
    }
    setAssigning(false);
    setChangingStatus(false);
    selection.clear();
    onChanged();
  }

  return (
    <Paper withBorder p={6} px="sm" bg="var(--mantine-primary-color-light)" role="region" aria-label="Bulk actions">
      <Group gap="sm">
        <Text size="sm" fw={500} aria-live="polite">
          {counted(count, 'request', 'requests')} selected
        </Text>
        {count < selectable && (
          <Button variant="subtle" size="compact-sm" loading={selection.selectingAll} onClick={onSelectAll}>
            {selectAllLabel(total)}
          </Button>
        )}
        <Popover opened={assigning} onChange={setAssigning} trapFocus withArrow position="bottom-start">
          <Popover.Target>
            <Button variant="default" size="compact-sm" leftSection={<IconUserCheck size={14} />} onClick={() => setAssigning((open) => !open)}>
              Assign…
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void run({ kind: 'assign', assignee: assignee.trim() });
              }}
            >
              <Stack gap="xs" w={260}>
                <TextInput label="Assign to" description="Leave empty to unassign." value={assignee} onChange={(event) => setAssignee(event.currentTarget.value)} data-autofocus />
                <Button type="submit" size="xs" loading={busy}>
                  Assign {counted(count, 'request', 'requests')}
                </Button>
              </Stack>
            </form>
          </Popover.Dropdown>
        </Popover>
        <Button variant="default" size="compact-sm" onClick={() => setChangingStatus(true)}>
          Change status…
        </Button>
        <Button variant="subtle" color="gray" size="compact-sm" leftSection={<IconX size={14} />} onClick={selection.clear} ml="auto">
          Clear selection
        </Button>
      </Group>
      {changingStatus && (
        <BulkStatusDialog count={count} busy={busy} onClose={() => setChangingStatus(false)} onConfirm={(to, reason) => void run({ kind: 'status', to, reason })} />
      )}
    </Paper>
  );
}
