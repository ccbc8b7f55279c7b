import { Button, Group, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { TASK_ACTIONS, type SubjectRequest, type TaskAction } from '../../../app/api';
import { useFormCall } from '../../../ui/use-form-call';
import { VocabularySelect } from '../../../ui/VocabularySelect';
import type { RequestActions } from './use-request';

/** A task the inventory did not suggest, e.g. asking a team by email. */
export function AddTaskForm({ request, actions }: { request: SubjectRequest; actions: RequestActions }) {
  const [action, setAction] = useState<TaskAction>('search');
  const [description, setDescription] = useState('');
  const form = useFormCall('requests.tasks.add');

  async function add() {
    const changed = await form.submit({ id: request.id, action, description, systemId: null });
    if (!changed) return;
    actions.changed(changed);
    setDescription('');
  }

  return (
    <form {...form.formProps(add)}>
      <Group gap="xs" align="flex-start">
        <VocabularySelect aria-label="Task action" vocabulary={TASK_ACTIONS} value={action} onChange={setAction} w={230} size="xs" />
        <TextInput
          aria-label="New task"
          placeholder="Another task, e.g. ask the support team to check their mailbox"
          value={description}
          onChange={(event) => {
            setDescription(event.currentTarget.value);
            form.clearErrors();
          }}
          {...form.at('description')}
          size="xs"
          style={{ flex: 1 }}
        />
        <Button type="submit" size="xs" variant="default" leftSection={<IconPlus size={14} />} loading={form.submitting}>
          Add a task
        </Button>
      </Group>
    </form>
  );
}
