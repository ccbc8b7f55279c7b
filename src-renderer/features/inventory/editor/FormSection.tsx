import { Fieldset, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled group of an editor's fields; the legend names the group for screen readers too. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Fieldset legend={title} radius="sm" p="sm" pt={4}>
      <Stack gap="sm">{children}</Stack>
    </Fieldset>
  );
}
