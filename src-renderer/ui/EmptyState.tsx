import { EmptyState as MantineEmptyState, Paper } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: Icon;
  title: string;
  /** What the section holds for the privacy officer and what to do first. */
  children: ReactNode;
}

export function EmptyState({ icon: IconComponent, title, children }: EmptyStateProps) {
  return (
    <Paper withBorder radius="md" p="xl">
      <MantineEmptyState variant="light" icon={<IconComponent size={28} stroke={1.5} aria-hidden />} maw={560} mx="auto">
        <MantineEmptyState.Title order={2}>{title}</MantineEmptyState.Title>
        <MantineEmptyState.Description>{children}</MantineEmptyState.Description>
      </MantineEmptyState>
    </Paper>
  );
}
