import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { REQUEST_STATUSES, type SubjectRequest } from '../../../app/api';
import { notifySuccess } from '../../../ui/notify';
import { SectionCard } from '../../../ui/SectionCard';
import type { RequestActions } from '../detail/use-request';
import { StatusBadge } from '../request-badges';
import { type WorkflowAction, workflowActions } from './status-actions';
import { WorkflowDialog } from './WorkflowDialog';
import { ReadOnlyNote } from '../../../ui/ReadOnly';
import { useCan, whoCan } from '../../workspace/person-context';

const CLOSING: readonly string[] = ['Complete', 'Partially complete', 'Deny'];

/** The status and a button for each status the request may move to now; each opens its dialog. */
export function WorkflowSection({ request, actions }: { request: SubjectRequest; actions: RequestActions }) {
  const [open, setOpen] = useState<WorkflowAction | null>(null);
  const allowed = { transition: useCan('requests.transition'), pause: useCan('requests.pause'), resume: useCan('requests.resume') };
  const possible = workflowActions(request);
  // Each button's own call decides (a move, a pause, a resume), as the main process does.
  const available = possible.filter((action) => allowed[action.kind]);

  return (
    <SectionCard title="Workflow">
      <Group gap="xs">
        <Text size="sm">Status</Text>
        <StatusBadge status={request.status} />
        {request.outcomeReason && (
          <Text size="sm" c="dimmed">
            {request.outcomeReason}
          </Text>
        )}
      </Group>
      {request.extension && (
        <Text size="sm">
          Extended: {request.extension.reason} {request.extension.notifiedOn && `(the person was told on ${request.extension.notifiedOn})`}
        </Text>
      )}
      {possible.length === 0 ? (
        <Text size="sm" c="dimmed">
          The request is closed: its status no longer changes.
        </Text>
      ) : available.length === 0 ? (
        <ReadOnlyNote>{whoCan('requests.transition')}</ReadOnlyNote>
      ) : (
        <Group gap="xs">
          {available.map((action) => (
            <Button
              key={action.label}
              size="xs"
              variant={action.label === 'Deny' ? 'light' : CLOSING.includes(action.label) ? 'filled' : 'default'}
              color={action.label === 'Deny' ? 'red' : undefined}
              onClick={() => setOpen(action)}
            >
              {action.label}
            </Button>
          ))}
        </Group>
      )}
      {open && (
        <WorkflowDialog
          request={request}
          action={open}
          onClose={() => setOpen(null)}
          onDone={(changed) => {
            setOpen(null);
            actions.changed(changed);
            notifySuccess(`${changed.reference} is now ${REQUEST_STATUSES[changed.status].toLowerCase()}.`);
          }}
        />
      )}
    </SectionCard>
  );
}
