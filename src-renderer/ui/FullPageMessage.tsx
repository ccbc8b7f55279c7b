import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { CenteredLayout } from './CenteredLayout';

interface FullPageMessageProps {
  icon: Icon;
  title: string;
  children: ReactNode;
  /** A button that gets the person out of here (reload, retry). */
  action?: ReactNode;
}

/** For states where the app cannot go on: no token, service down, a crash. */
export function FullPageMessage({ icon: IconComponent, title, children, action }: FullPageMessageProps) {
  return (
    <CenteredLayout width="xs">
      <Paper withBorder p="xl" radius="md">
        <Stack align="flex-start" gap="md">
          <ThemeIcon size="xl" radius="xl" variant="light" color="orange" aria-hidden>
            <IconComponent size={24} />
          </ThemeIcon>
          <Title order={1} size="h3">
            {title}
          </Title>
          <Text size="sm">{children}</Text>
          {action}
        </Stack>
      </Paper>
    </CenteredLayout>
  );
}
