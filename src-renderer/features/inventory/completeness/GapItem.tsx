import { Badge, Button, Group, Text } from '@mantine/core';
import { useId } from 'react';
import type { Gap } from '../../../app/api';
import { useCan } from '../../workspace/person-context';

const SEVERITY = {
  missing: { label: 'Missing', color: 'red' },
  review: { label: 'Review', color: 'yellow' },
} as const satisfies Record<Gap['severity'], { label: string; color: string }>;

/** One gap: how serious, what is wrong, and a button to the field that fixes it (to look at it, for a role that may not change activities). */
export function GapItem({ gap, onFix }: { gap: Gap; onFix: () => void }) {
  const messageId = useId();
  const severity = SEVERITY[gap.severity];
  const canFix = useCan('inventory.activities.save');
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Badge color={severity.color} variant="light" w={76} style={{ flexShrink: 0 }} mt={2}>
        {severity.label}
      </Badge>
      <Text size="sm" id={messageId} style={{ flex: 1 }}>
        {gap.message}
      </Text>
      <Button size="compact-sm" variant="light" onClick={onFix} aria-describedby={messageId}>
        {canFix ? 'Fix' : 'View'}
      </Button>
    </Group>
  );
}
