import { Accordion, Alert, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { DEADLINE_DISCLAIMER, REQUEST_TYPES, type SubjectRequest } from '../../../app/api';
import { counted } from '../../../ui/counted';
import { formatLongDate } from '../../../ui/format-date';
import { daysLeftText, VerificationBadge } from '../request-badges';

/** The deadline, prominently: the date and days left, what it rests on (regime, source, marker), how it was computed, and its warnings. */
export function DeadlinePanel({ request, regimeName }: { request: SubjectRequest; regimeName: string }) {
  const { deadline, closedOn } = request;
  const overdue = closedOn === null && deadline.daysLeft !== null && deadline.daysLeft < 0;
  const headline = closedOn ? `Closed on ${formatLongDate(closedOn)}` : deadline.daysLeft === null ? deadline.dueText : `${deadline.dueText} — ${daysLeftText(deadline.daysLeft)}`;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="deadline-heading" style={overdue ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}>
      <Stack gap="xs">
        <Title order={2} size="h3" id="deadline-heading" c={overdue ? 'red' : undefined}>
          {headline}
        </Title>
        <Group gap="lg">
          {deadline.acknowledgeBy && <Text size="sm">Acknowledge by {formatLongDate(deadline.acknowledgeBy)}</Text>}
          {deadline.extendedDueOn && deadline.originalDueOn && <Text size="sm">Originally due {formatLongDate(deadline.originalDueOn)}</Text>}
          {deadline.pausedDays > 0 && <Text size="sm">{counted(deadline.pausedDays, 'paused day', 'paused days')} added</Text>}
        </Group>
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {regimeName}
          </Text>
          {deadline.source && (
            <Text size="sm" c="dimmed">
              {deadline.source}
            </Text>
          )}
          <VerificationBadge verification={deadline.verification} />
          {deadline.governingType && request.types.length > 1 && (
            <Text size="sm" c="dimmed">
              (the earliest date: {REQUEST_TYPES[deadline.governingType]})
            </Text>
          )}
        </Group>
        {deadline.warnings.map((warning) => (
          <Alert key={warning.code} color="orange" icon={<IconAlertTriangle size={18} />} p="xs">
            {warning.message}
          </Alert>
        ))}
        <Accordion variant="contained" chevronPosition="left">
          <Accordion.Item value="explanation">
            <Accordion.Control>How this date was computed</Accordion.Control>
            <Accordion.Panel>
              <List size="sm" spacing={4}>
                {deadline.explanation.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
              {deadline.convention && (
                <Text size="sm" mt="xs">
                  <strong>Counting convention:</strong> {deadline.convention}
                </Text>
              )}
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
        <Text size="xs" c="dimmed">
          {DEADLINE_DISCLAIMER}
        </Text>
      </Stack>
    </Paper>
  );
}
