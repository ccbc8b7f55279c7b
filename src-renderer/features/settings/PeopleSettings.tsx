import { Button, Group, PasswordInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { call, type PersonSummary, type Role, ROLE_IDS, ROLES } from '../../app/api';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PassphraseStrength } from '../../ui/PassphraseStrength';
import { useCallForm } from '../../ui/use-call-form';
import { useCallValue } from '../../ui/use-call-value';

const ROLE_OPTIONS = ROLE_IDS.map((id) => ({ value: id, label: ROLES[id] }));

/** Settings > People (the privacy officer's): who may unlock the workspace, and with which role. */
export function PeopleSettings({ me }: { me: string }) {
  const loaded = useCallValue('people.list', {});
  // Each change answers the new list.
  const [changedTo, changed] = useState<PersonSummary[] | null>(null);
  const shown = changedTo ?? loaded;

  async function changeRole(name: string, role: Role) {
    const result = await call('people.changeRole', { name, role });
    if (!result.ok) return notifyError(result.error);
    changed(result.value);
    notifySuccess(`${name} is now ${ROLES[role].toLowerCase()}.`);
  }

  async function remove(name: string) {
    if (!window.confirm(`Remove ${name}? The workspace key is changed, so ${name}'s passphrase and any copy of the key file no longer open it.`)) return;
    const result = await call('people.remove', { name });
    if (!result.ok) return notifyError(result.error);
    changed(result.value);
    notifySuccess(`${name} was removed and the workspace key was changed.`);
  }

  return (
    <Stack gap="md">
      <Table aria-label="People" maw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Login name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown?.map((person) => (
            <Table.Tr key={person.name}>
              <Table.Td>
                {person.name}
                {person.name === me && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    (you)
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Role of ${person.name}`}
                  data={ROLE_OPTIONS}
                  value={person.role}
                  allowDeselect={false}
                  onChange={(role) => role && role !== person.role && void changeRole(person.name, role as Role)}
                />
              </Table.Td>
              <Table.Td>
                <Button variant="subtle" color="red" size="xs" leftSection={<IconUserMinus size={14} />} onClick={() => void remove(person.name)}>
                  Remove {person.name}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <AddPersonForm onAdded={changed} />
    </Stack>
  );
}

function AddPersonForm({ onAdded }: { onAdded: (people: PersonSummary[]) => void }) {
  const form = useCallForm({
    call: 'people.add',
    initialValues: { name: '', role: 'staff', passphrase: '', confirmPassphrase: '' },
    toInput: (values) => ({ ...values, role: values.role as Role }),
    onSuccess: (people) => {
      notifySuccess(`${form.values.name.trim()} can now unlock the workspace with their login name and passphrase.`);
      form.reset();
      onAdded(people);
    },
  });

  return (
    <form {...form.formProps} aria-label="Add a person">
      <Stack gap="sm" maw={420}>
        <Text size="sm" c="dimmed">
          The new person types their own passphrase here, on this computer: no one else needs to know it.
        </Text>
        <TextInput label="Login name" autoComplete="off" {...form.field('name')} />
        <Select
          label="Role"
          data={ROLE_OPTIONS}
          allowDeselect={false}
          value={form.values.role}
          onChange={(role) => role && form.setValue('role', role)}
        />
        <Stack gap={6}>
          <PasswordInput label="Their passphrase" autoComplete="new-password" {...form.field('passphrase')} />
          <PassphraseStrength passphrase={form.values.passphrase} avoid={form.values.name} />
        </Stack>
        <PasswordInput label="Confirm their passphrase" autoComplete="new-password" {...form.field('confirmPassphrase')} />
        <Group>
          <Button type="submit" loading={form.submitting} leftSection={<IconUserPlus size={16} />}>
            Add person
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
