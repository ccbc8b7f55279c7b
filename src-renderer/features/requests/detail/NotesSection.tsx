import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { SubjectRequest } from '../../../app/api';
import { formatDateTime } from '../../../ui/format-date';
import { useFormCall } from '../../../ui/use-form-call';
import { SectionCard } from '../../../ui/SectionCard';
import type { RequestActions } from './use-request';
import { ReadOnlyNote } from '../../../ui/ReadOnly';
import { useCan, whoCan } from '../../workspace/person-context';

/** Free notes on the request, newest last, stored encrypted in the workspace. */
export function NotesSection({ request, actions }: { request: SubjectRequest; actions: RequestActions }) {
  const [body, setBody] = useState('');
  const form = useFormCall('requests.notes.add');
  const canAdd = useCan('requests.notes.add');

  async function add() {
    const changed = await form.submit({ id: request.id, body });
    if (!changed) return;
    actions.changed(changed);
    setBody('');
  }

  return (
    <SectionCard title="Notes">
      {request.notes.map((note) => (
        <Stack key={note.id} gap={0}>
          <Text size="xs" c="dimmed">
            {formatDateTime(note.at)}
            {note.author && ` · ${note.author}`}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {note.body}
          </Text>
        </Stack>
      ))}
      {request.notes.length === 0 && !canAdd && (
        <Text size="sm" c="dimmed">
          No notes.
        </Text>
      )}
      {!canAdd && <ReadOnlyNote>{whoCan('requests.notes.add')}</ReadOnlyNote>}
      {canAdd && (
        <form {...form.formProps(add)}>
          <Stack gap="xs">
            <Textarea
              aria-label="New note"
              placeholder="Write a note…"
              autosize
              minRows={2}
              value={body}
              onChange={(event) => {
                setBody(event.currentTarget.value);
                form.clearErrors();
              }}
              {...form.at('body')}
            />
            <Group>
              <Button type="submit" size="xs" variant="default" loading={form.submitting}>
                Add note
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </SectionCard>
  );
}
