import { Alert, Button, Code, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { RestoreResult } from '../../app/api';
import { FailureAlert } from '../../ui/FailureAlert';
import { useCallForm } from '../../ui/use-call-form';

interface RestoreDialogProps {
  /** The backup file to restore. */
  file: string;
  onClose: () => void;
}

/**
 * Asks for the passphrase of one backup, says what a restore does, and shows what happened. After a
 * restore every screen shows other data, so closing reloads the app (the workspace stays unlocked).
 */
export function RestoreDialog({ file, onClose }: RestoreDialogProps) {
  const [result, setResult] = useState<RestoreResult | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useCallForm({
    call: 'backups.restore',
    initialValues: { passphrase: '' },
    toInput: ({ passphrase }) => ({ file, passphrase }),
    onSuccess: setResult,
    // A wrong passphrase goes under its field; any other refusal is said here, in the dialog.
    onError: (error) => {
      setRefusal(error.fields?.passphrase ? null : error.message);
      return !error.fields?.passphrase;
    },
  });

  if (result) {
    return (
      <Modal opened onClose={() => window.location.reload()} title="Backup restored" size="lg">
        <Stack gap="sm">
          <Alert color="green" icon={<IconCircleCheck size={18} />} title="The workspace now holds the backup">
            Restored from <Code>{result.restoredFrom}</Code>. The workspace opens with this backup’s passphrase from now on.
          </Alert>
          <Text size="sm">
            The workspace as it was before is kept, untouched, at <Code>{result.previous}</Code>, with its key file; it opens as it did until now.
          </Text>
          <Group justify="flex-end">
            <Button onClick={() => window.location.reload()}>Show the restored workspace</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <Modal opened onClose={onClose} title="Restore this backup?" size="lg">
      <form {...form.formProps} aria-label="Restore a backup">
        <Stack gap="sm">
          <Text size="sm">
            Backup: <Code>{file}</Code>
          </Text>
          <Text size="sm">
            The backup is checked first: it must open with its passphrase and pass an integrity check, or nothing changes. Then it replaces the open
            workspace: everything entered since the backup was taken is no longer in the workspace. The workspace as it is now is kept beside it as a
            file ending in <Code>.before-restore-…pws</Code>, never deleted.
          </Text>
          {refusal && <FailureAlert title="The backup was not restored; nothing was changed">{refusal}</FailureAlert>}
          <PasswordInput
            label="Passphrase of this backup"
            description="The workspace’s passphrase on the day the backup was taken"
            autoComplete="current-password"
            data-autofocus
            {...form.field('passphrase')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={form.submitting}>
              Restore this backup
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
