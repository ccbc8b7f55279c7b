import { Anchor, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconLockOpen } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { FIRST_OFFICER, type ApiError, type WorkspaceStatus } from '../../app/api';
import { APP_NAME } from '../../ui/Brand';
import { CenteredLayout } from '../../ui/CenteredLayout';
import { FailureAlert } from '../../ui/FailureAlert';
import { useCallForm } from '../../ui/use-call-form';
import type { WorkspaceRef } from './workspace-ref';

interface UnlockScreenProps {
  workspace: WorkspaceRef;
  onUnlocked: (status: WorkspaceStatus) => void;
  onChooseAnother: () => void;
}

export function UnlockScreen({ workspace, onUnlocked, onChooseAnother }: UnlockScreenProps) {
  useDocumentTitle(`Unlock · ${APP_NAME}`);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);

  const form = useCallForm({
    call: 'workspace.unlock',
    initialValues: { name: workspace.loginName ?? '', passphrase: '' },
    // An empty name is the first officer's default name (the placeholder says so).
    toInput: (values) => ({ path: workspace.path, passphrase: values.passphrase, ...(values.name.trim() ? { name: values.name } : {}) }),
    onSuccess: onUnlocked,
    onError: (error) => {
      // A mistyped field (empty passphrase) stays at the field; anything about the file is an alert.
      if (error.code === 'VALIDATION' && (error.fields?.passphrase || error.fields?.name)) return false;
      setFailure(error);
      if (error.code === 'WRONG_PASSPHRASE') {
        form.setValue('passphrase', '');
        passphraseRef.current?.focus();
      }
      return true;
    },
  });

  return (
    <CenteredLayout width="xs">
      <Paper withBorder radius="md" p="lg">
        <form
          {...form.formProps}
          onSubmit={(event) => {
            setFailure(null);
            form.formProps.onSubmit(event);
          }}
        >
          <Stack gap="md">
            <div>
              <Title order={1} size="h3">
                Unlock workspace
              </Title>
              {workspace.organisationName && (
                <Text fw={600} mt={4}>
                  {workspace.organisationName}
                </Text>
              )}
              <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                {workspace.path}
              </Text>
            </div>
            {failure && (
              <FailureAlert title="The workspace did not open">
                {failure.message}
              </FailureAlert>
            )}
            <TextInput
              label="Login name"
              placeholder={FIRST_OFFICER}
              autoComplete="username"
              autoFocus={!workspace.loginName}
              {...form.field('name')}
            />
            <PasswordInput
              ref={passphraseRef}
              label="Passphrase"
              autoComplete="current-password"
              autoFocus={Boolean(workspace.loginName)}
              {...form.field('passphrase')}
            />
            <Button type="submit" loading={form.submitting} leftSection={<IconLockOpen size={16} />}>
              Unlock
            </Button>
            <Group justify="center">
              <Anchor component="button" type="button" size="sm" onClick={onChooseAnother}>
                Choose another workspace
              </Anchor>
            </Group>
          </Stack>
        </form>
      </Paper>
    </CenteredLayout>
  );
}
