import { Text, Timeline } from '@mantine/core';
import { REQUEST_STATUSES, type RequestEvent, type SubjectRequest } from '../../../app/api';
import { formatDateTime } from '../../../ui/format-date';
import { SectionCard } from '../../../ui/SectionCard';

const EVENT_LABELS: Record<RequestEvent['kind'], string> = {
  created: 'Logged',
  updated: 'Intake edited',
  status: 'Status changed',
  verification: 'Identity verification',
  extension: 'Extended',
  pause: 'Paused or resumed',
  task: 'Task',
  note: 'Note added',
  attachment: 'File attached',
  assigned: 'Assigned',
  anonymised: 'Requester details removed',
};

function titleOf(event: RequestEvent): string {
  if ((event.kind === 'status' || event.kind === 'pause') && event.toStatus) return event.fromStatus ? `${REQUEST_STATUSES[event.fromStatus]} → ${REQUEST_STATUSES[event.toStatus]}` : REQUEST_STATUSES[event.toStatus];
  return EVENT_LABELS[event.kind];
}

/** Every change to the request, with its time, oldest first. */
export function HistoryTimeline({ request }: { request: SubjectRequest }) {
  return (
    <SectionCard title="History">
      <Timeline bulletSize={12} lineWidth={2} active={request.history.length - 1}>
        {request.history.map((event) => (
          <Timeline.Item key={event.id} title={titleOf(event)}>
            {event.detail && (
              <Text size="sm" c="dimmed">
                {event.detail}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {formatDateTime(event.at)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </SectionCard>
  );
}
