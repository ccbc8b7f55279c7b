import { Alert, Button, Code, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { RestoreResult } from '../../app/api';
import { FailureAlert } from '../../ui/FailureAlert';
import { useCallForm } from '../../ui/use-call-form';
import { usePerson } from '../workspace/person-context';

interface RestoreDialogProps {
  /** The backup file to restore. */
  file: string;
  onClose: () => void;
}

/**
 * Asks for the login name and passphrase of one backup (as they were when it was taken), says what a
 * restore does, and shows what happened. After a restore every screen shows other data, so closing
 * reloads the app (the workspace stays unlocked).
 */
export function RestoreDialog({ file, onClose }: RestoreDialogProps) {
  const [result, setResult] = useState<RestoreResult | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const person = usePerson();
  const form = useCallForm({
    call: 'backups.restore',
    initialValues: { name: person?.name ?? '', passphrase: '' },
    toInput: ({ name, passphrase }) => ({ file, passphrase, ...(name.trim() ? { name: name.trim() } : {}) }),
    onSuccess: setResult,
    // A wrong login name or passphrase goes under its field; any other refusal is said here, in the dialog.
    onError: (error) => {
      const ownField = Boolean(error.fields?.passphrase ?? error.fields?.name);
      setRefusal(ownField ? null : error.message);
      return !ownField;
    },
  });

  if (result) {
    return (
      <Modal opened onClose={() => window.location.reload()} title="Backup restored" size="lg">
        <Stack gap="sm">
          <Alert color="green" icon={<IconCircleCheck size={18} />} title="The workspace now holds the backup">
            Restored from <Code>{result.restoredFrom}</Code>, with its key file. The workspace and its people are as of the backup: each person
            opens it with the passphrase they had then, from now on.
          </Alert>
          <Text size="sm">
            Anyone removed since the backup was taken is back in the list of people and can open the workspace again: remove them again in
            Settings &gt; People.
          </Text>
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
            The backup is checked first, with the key file kept with it: it must open with your login name and passphrase as they were when it was
            taken, and pass an integrity check, or nothing changes. Then it replaces the open workspace and its key file: everything entered since the
            backup was taken is no longer in the workspace, and the people are those of that day. The workspace as it is now is kept beside it as a
            file ending in <Code>.before-restore-…pws</Code>, with its key file, never deleted.
          </Text>
          {refusal && <FailureAlert title="The backup was not restored; nothing was changed">{refusal}</FailureAlert>}
          <TextInput label="Login name in this backup" description="Your login name on the day the backup was taken" autoComplete="username" {...form.field('name')} />
          <PasswordInput
            label="Passphrase of this backup"
            description="Your passphrase on the day the backup was taken"
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
