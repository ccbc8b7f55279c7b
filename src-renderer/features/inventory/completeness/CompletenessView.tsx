import { Badge, Button, Group, Loader, Paper, SegmentedControl, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChecklist, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import type { Gap } from '../../../app/api';
import { EmptyState } from '../../../ui/EmptyState';
import { useCallValue } from '../../../ui/use-call-value';
import { openInventory } from '../inventory-route';
import { GapItem } from './GapItem';

type Shown = 'all' | Gap['severity'];

const SHOWN_OPTIONS: { value: Shown; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'missing', label: 'Missing' },
  { value: 'review', label: 'To review' },
];

/** Gaps in the order the service sends them (by activity), one group per activity. */
function byActivity(gaps: readonly Gap[]): Gap[][] {
  const groups = new Map<number, Gap[]>();
  for (const gap of gaps) groups.set(gap.activityId, [...(groups.get(gap.activityId) ?? []), gap]);
  return [...groups.values()];
}

/** What each activity still lacks for the Art. 30 record and the privacy notice, with a way to fix it. */
export function CompletenessView() {
  const [version, setVersion] = useState(0);
  const gaps = useCallValue('inventory.completeness', {}, version);
  const [shown, setShown] = useState<Shown>('all');

  if (gaps === null) return <Loader size="sm" aria-label="Checking the inventory" />;
  if (gaps.length === 0) {
    return (
      <EmptyState icon={IconChecklist} title="Nothing missing">
        Every activity has what the record of processing and the privacy notice need.
      </EmptyState>
    );
  }

  const missing = gaps.filter((gap) => gap.severity === 'missing').length;
  const activityCount = new Set(gaps.map((gap) => gap.activityId)).size;
  const groups = byActivity(gaps.filter((gap) => shown === 'all' || gap.severity === shown));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm">
          <ThemeIcon variant="light" color={missing > 0 ? 'red' : 'yellow'} aria-hidden>
            <IconChecklist size={18} />
          </ThemeIcon>
          <Text fw={500} aria-live="polite">
            {activityCount} {activityCount === 1 ? 'activity needs' : 'activities need'} attention: {missing} missing, {gaps.length - missing} to review
          </Text>
        </Group>
        <Group gap="xs">
          <SegmentedControl aria-label="Show gaps" size="xs" data={SHOWN_OPTIONS} value={shown} onChange={(value) => setShown(SHOWN_OPTIONS.find((option) => option.value === value)?.value ?? 'all')} />
          <Button variant="default" size="xs" leftSection={<IconRefresh size={14} />} onClick={() => setVersion((current) => current + 1)}>
            Check again
          </Button>
        </Group>
      </Group>
      {groups.map((group) => {
        const [first] = group;
        if (!first) return null;
        return (
          <Paper key={first.activityId} withBorder p="sm" component="section" aria-label={first.activityName}>
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h5">
                {first.activityName}
              </Title>
              <Badge variant="light" color="gray">
                {group.length} {group.length === 1 ? 'gap' : 'gaps'}
              </Badge>
            </Group>
            <Stack gap={6}>
              {group.map((gap) => (
                <GapItem key={`${gap.code}:${gap.field}`} gap={gap} onFix={() => openInventory('activities', gap.activityId, { field: gap.field, from: 'completeness' })} />
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
