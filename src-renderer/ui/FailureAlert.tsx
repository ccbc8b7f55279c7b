import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** What went wrong, where it happened (in a dialog or a step), rather than as a toast. */
export function FailureAlert({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={title}>
      {children}
    </Alert>
  );
}
