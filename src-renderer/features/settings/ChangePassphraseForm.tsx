import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifySuccess } from '../../ui/notify';
import { PassphraseStrength } from '../../ui/PassphraseStrength';
import { useCallForm } from '../../ui/use-call-form';

export function ChangePassphraseForm() {
  const form = useCallForm({
    call: 'workspace.changePassphrase',
    initialValues: { currentPassphrase: '', newPassphrase: '', confirmPassphrase: '' },
    toInput: (values) => values,
    onSuccess: () => {
      form.reset();
      notifySuccess('Passphrase changed. Use the new one the next time you unlock.');
    },
  });

  return (
    <form {...form.formProps}>
      <Stack gap="sm" maw={420}>
        <PasswordInput label="Current passphrase" autoComplete="current-password" {...form.field('currentPassphrase')} />
        <Stack gap={6}>
          <PasswordInput label="New passphrase" autoComplete="new-password" {...form.field('newPassphrase')} />
          <PassphraseStrength passphrase={form.values.newPassphrase} />
        </Stack>
        <PasswordInput label="Confirm new passphrase" autoComplete="new-password" {...form.field('confirmPassphrase')} />
        <Group>
          <Button type="submit" loading={form.submitting}>
            Change passphrase
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
