import { Fieldset, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Form fields the current person may look at but not change: with `editable` false every input inside
 * is disabled (one native disabled fieldset), so the values stay readable and nothing can be typed.
 */
export function Editable({ editable, children }: { editable: boolean; children: ReactNode }) {
  if (editable) return <>{children}</>;
  return (
    <Fieldset variant="unstyled" disabled p={0} m={0} style={{ border: 0, minWidth: 0 }}>
      {children}
    </Fieldset>
  );
}

/** The line shown instead of a form's buttons when the role may only read it: who can change it. */
export function ReadOnlyNote({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" fs="italic" data-read-only>
      {children}
    </Text>
  );
}
