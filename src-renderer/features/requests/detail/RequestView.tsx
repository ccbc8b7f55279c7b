import { Anchor, Button, Center, Grid, Group, Loader, Stack } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Page } from '../../../ui/Page';
import { IntakeDrawer } from '../intake/IntakeDrawer';
import { StatusBadge, TypeBadges } from '../request-badges';
import { useRegimes } from '../use-regimes';
import { WorkflowSection } from '../workflow/WorkflowSection';
import { AttachmentsSection } from './AttachmentsSection';
import { DeadlinePanel } from './DeadlinePanel';
import { HistoryTimeline } from './HistoryTimeline';
import { NotesSection } from './NotesSection';
import { RequesterCard } from './RequesterCard';
import { TasksSection } from './TasksSection';
import { useRequest } from './use-request';
import { VerificationSection } from './VerificationSection';
import { useCan } from '../../workspace/person-context';

/** One request, opened on purpose: its deadline, the requester, the workflow, tasks, notes, files and history. */
export function RequestView({ id }: { id: number }) {
  const { request, actions } = useRequest(id);
  const regimes = useRegimes();
  const [editing, setEditing] = useState(false);
  const canUpdate = useCan('requests.update');

  if (!request) {
    return (
      <Center h={200}>
        <Loader aria-label="Opening the request" />
      </Center>
    );
  }
  const open = request.closedOn === null;

  return (
    <Stack gap="xs">
      <Anchor href="#/requests" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden /> Requests
        </Group>
      </Anchor>
      <Page
        title={request.reference}
        wide
        actions={
          <Group gap="xs">
            <StatusBadge status={request.status} size="lg" />
            {open && canUpdate && (
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                Edit intake
              </Button>
            )}
          </Group>
        }
      >
        <TypeBadges types={request.types} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="md">
              <DeadlinePanel request={request} regimeName={regimes.nameOf(request.regimeId)} />
              <WorkflowSection request={request} actions={actions} />
              <TasksSection request={request} actions={actions} />
              <NotesSection request={request} actions={actions} />
              <AttachmentsSection request={request} actions={actions} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="md">
              <RequesterCard request={request} />
              <VerificationSection key={request.verification.at} request={request} actions={actions} />
              <HistoryTimeline request={request} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Page>
      {editing && (
        <IntakeDrawer
          request={request}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            actions.changed(saved);
            setEditing(false);
          }}
        />
      )}
    </Stack>
  );
}
