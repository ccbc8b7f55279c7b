import { SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import type { RequestDashboard } from '../../app/api';
import { type DueFilter, openRequestList } from '../requests/requests-route';

interface Card {
  label: string;
  value: number;
  due: DueFilter;
  /** Coloured when there is something to act on. */
  alert: string | null;
}

/** Open, overdue and due this week as big numbers; each opens the list filtered the same way. */
export function StatCards({ dashboard }: { dashboard: RequestDashboard }) {
  const cards: Card[] = [
    { label: 'Open requests', value: dashboard.open, due: 'any', alert: null },
    { label: 'Overdue', value: dashboard.overdue, due: 'overdue', alert: 'red' },
    { label: 'Due this week', value: dashboard.dueThisWeek, due: 'this_week', alert: 'orange.8' },
  ];
  return (
    <SimpleGrid cols={3} spacing="md">
      {cards.map((card) => (
        <UnstyledButton
          key={card.label}
          onClick={() => openRequestList(card.due)}
          p="md"
          aria-label={`${card.label}: ${card.value}. Show them in the list`}
          style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Text size="sm" c="dimmed">
            {card.label}
          </Text>
          <Text fz={34} fw={700} lh={1.2} c={card.value > 0 && card.alert ? card.alert : undefined} data-stat={card.due}>
            {card.value.toLocaleString('en')}
          </Text>
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );
}
