import { Group, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { APP_NAME } from './Brand';

interface PageProps {
  title: string;
  /** For tables that use the whole window. */
  wide?: boolean;
  /** Buttons or menus for the whole section, at the right of the title. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A section of the unlocked app: its name as the one h1, also in the window title. */
export function Page({ title, wide = false, actions, children }: PageProps) {
  useDocumentTitle(`${title} · ${APP_NAME}`);
  return (
    <Stack gap="lg" maw={wide ? undefined : 960}>
      <Group justify="space-between" gap="sm">
        <Title order={1} size="h2">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}
