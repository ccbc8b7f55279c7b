import { Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { APP_NAME } from './Brand';

/** A section of the unlocked app: its name as the one h1, also in the window title. `wide` for tables that use the whole window. */
export function Page({ title, wide = false, children }: { title: string; wide?: boolean; children: ReactNode }) {
  useDocumentTitle(`${title} · ${APP_NAME}`);
  return (
    <Stack gap="lg" maw={wide ? undefined : 960}>
      <Title order={1} size="h2">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
