import { Badge, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { call, TASK_ACTIONS, type SubjectRequest } from '../../../app/api';
import { counted } from '../../../ui/counted';
import { formatDateTime } from '../../../ui/format-date';
import { AddTaskForm } from './AddTaskForm';
import { SectionCard } from '../../../ui/SectionCard';
import { ReadOnlyNote } from '../../../ui/ReadOnly';
import type { RequestActions } from './use-request';
import { useCan, whoCan } from '../../workspace/person-context';

/** The checklist: one task per system holding the data concerned (from the inventory), ticked with who did it and when. */
export function TasksSection({ request, actions }: { request: SubjectRequest; actions: RequestActions }) {
  // Staff names only, kept on this computer so every tick says who did it without typing it again.
  const [doneBy, setDoneBy] = useLocalStorage({ key: 'pw.requests.done-by', defaultValue: '' });
  const [generating, setGenerating] = useState(false);
  const canGenerate = useCan('requests.tasks.generate');
  const canTick = useCan('requests.tasks.setDone');
  const canAdd = useCan('requests.tasks.add');
  const open = request.closedOn === null;
  const remaining = request.tasks.filter((task) => task.doneAt === null).length;

  async function generate() {
    setGenerating(true);
    await actions.run(call('requests.tasks.generate', { id: request.id }));
    setGenerating(false);
  }

  return (
    <SectionCard
      title="Tasks"
      actions={
        open && canGenerate && (
          <Button size="xs" variant="light" leftSection={<IconListCheck size={14} />} loading={generating} onClick={() => void generate()}>
            Make tasks from the inventory
          </Button>
        )
      }
    >
      <Text size="sm" c="dimmed" aria-live="polite">
        {request.tasks.length === 0 ? 'No tasks yet. Make them from the inventory: one per system that holds the data concerned.' : `${counted(remaining, 'task', 'tasks')} to do of ${request.tasks.length}`}
      </Text>
      {request.tasks.length > 0 && open && canTick && (
        <TextInput label="Done by" description="Recorded on each task you tick" value={doneBy} onChange={(event) => setDoneBy(event.currentTarget.value)} maw={280} size="xs" />
      )}
      <Stack gap={6} role="list" aria-label="Tasks">
        {request.tasks.map((task) => (
          <Group key={task.id} gap="xs" wrap="nowrap" align="flex-start" role="listitem">
            <Checkbox
              mt={2}
              checked={task.doneAt !== null}
              disabled={!open || !canTick}
              aria-label={task.description}
              onChange={(event) => void actions.run(call('requests.tasks.setDone', { id: request.id, taskId: task.id, done: event.currentTarget.checked, by: doneBy }))}
            />
            <Stack gap={0} style={{ flex: 1 }}>
              <Group gap="xs">
                <Text size="sm" td={task.doneAt ? 'line-through' : undefined}>
                  {task.description}
                </Text>
                <Badge size="xs" variant="light" color="gray" tt="none">
                  {TASK_ACTIONS[task.action]}
                </Badge>
              </Group>
              {task.doneAt && (
                <Text size="xs" c="dimmed">
                  Done {formatDateTime(task.doneAt)}
                  {task.doneBy && ` by ${task.doneBy}`}
                </Text>
              )}
            </Stack>
          </Group>
        ))}
      </Stack>
      {open && canAdd && <AddTaskForm request={request} actions={actions} />}
      {open && !canAdd && <ReadOnlyNote>{whoCan('requests.tasks.add')}</ReadOnlyNote>}
    </SectionCard>
  );
}
