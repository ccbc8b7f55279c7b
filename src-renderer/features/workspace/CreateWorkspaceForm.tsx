import { Button, Checkbox, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FIRST_OFFICER, MIN_PASSPHRASE_LENGTH, WORKSPACE_EXTENSION, type AppInfo, type WorkspaceStatus } from '../../app/api';
import { PassphraseStrength } from '../../ui/PassphraseStrength';
import { useCallForm } from '../../ui/use-call-form';
import { PathField } from './PathField';
import { suggestedWorkspacePath } from './paths';

interface CreateWorkspaceFormProps {
  info: AppInfo;
  onCreated: (status: WorkspaceStatus) => void;
}

export function CreateWorkspaceForm({ info, onCreated }: CreateWorkspaceFormProps) {
  const [sample, setSample] = useState(false);
  const form = useCallForm({
    call: 'workspace.create',
    initialValues: { organisationName: '', path: suggestedWorkspacePath(info), officerName: FIRST_OFFICER, passphrase: '', confirmPassphrase: '' },
    toInput: (values) => ({ ...values, sample }),
    onSuccess: onCreated,
  });

  return (
    <form {...form.formProps}>
      <Stack gap="sm">
        <TextInput label="Organisation name" autoComplete="organization" autoFocus {...form.field('organisationName')} />
        <PathField
          purpose="create"
          canBrowse={info.host === 'electron'}
          onPick={(path) => form.setValue('path', path)}
          description={`The full path of the new file. One encrypted file holds the whole workspace; ${WORKSPACE_EXTENSION} is added if missing.`}
          {...form.field('path')}
        />
        <TextInput
          label="Your login name"
          description="You are the workspace's privacy officer; you can add other people and their roles later, in Settings."
          autoComplete="username"
          {...form.field('officerName')}
        />
        <Stack gap={6}>
          <PasswordInput
            label="Passphrase"
            description={`At least ${MIN_PASSPHRASE_LENGTH} characters. Several unrelated words are easy to type and hard to guess.`}
            autoComplete="new-password"
            {...form.field('passphrase')}
          />
          <PassphraseStrength passphrase={form.values.passphrase} avoid={form.values.organisationName} />
        </Stack>
        <PasswordInput label="Confirm passphrase" autoComplete="new-password" {...form.field('confirmPassphrase')} />
        <Checkbox
          label="Fill it with a sample company"
          description="A fictional online retailer's inventory, to look around before entering your own."
          checked={sample}
          onChange={(event) => setSample(event.currentTarget.checked)}
        />
        <Text size="xs" c="dimmed">
          Nobody can recover a lost passphrase, not even the vendor: keep it in your password manager.
        </Text>
        <Button type="submit" loading={form.submitting} mt="xs">
          Create workspace
        </Button>
      </Stack>
    </form>
  );
}
