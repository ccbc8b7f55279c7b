import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { REQUEST_STATUSES, type RequestStatus } from '../../../app/api';
import { isCode, vocabularyOptions } from '../../../ui/vocabulary';
import { needsReason } from '../workflow/status-actions';

interface BulkStatusDialogProps {
  count: number;
  busy: boolean;
  onConfirm: (to: RequestStatus, reason: string) => void;
  onClose: () => void;
}

/** Moves the selected requests to one status; each one that may not move is skipped and listed. */
export function BulkStatusDialog({ count, busy, onConfirm, onClose }: BulkStatusDialogProps) {
  const [to, setTo] = useState<RequestStatus | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  function confirm() {
    if (to === null) return setError('Choose the new status.');
    if (needsReason(to) && reason.trim() === '') return setError('Give the reason or the exemption relied on: the person must be told.');
    onConfirm(to, reason.trim());
  }

  return (
    <Modal opened onClose={onClose} title={`Change the status of ${count.toLocaleString('en')} ${count === 1 ? 'request' : 'requests'}`}>
      <Stack gap="sm">
        <Select
          label="New status"
          data={vocabularyOptions(REQUEST_STATUSES).filter((option) => option.value !== 'extended' && option.value !== 'paused')}
          value={to}
          onChange={(value) => {
            setTo(isCode(REQUEST_STATUSES, value) ? value : null);
            setError(null);
          }}
          error={to === null ? error : undefined}
          data-autofocus
        />
        <Textarea
          label="Reason"
          description="Required for a denial or a partial answer; recorded in each request's history."
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setError(null);
          }}
          error={to !== null ? error : undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={busy} onClick={confirm}>
            Change status
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
