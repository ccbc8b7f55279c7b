import { Group, Loader, Text } from '@mantine/core';
import type { SpreadsheetPreview } from '../../../../app/api';
import { headerProblems, readiness } from './preview-facts';

/** "27 rows ready, 3 rows with problems" (or that the columns need fixing), a spinner while the rows are checked again; announced politely. */
export function CheckStatus({ preview, checking }: { preview: SpreadsheetPreview; checking: boolean }) {
  return (
    <Group gap={6} aria-live="polite" wrap="nowrap">
      {checking ? (
        <>
          <Loader size={14} aria-hidden />
          <Text size="sm" c="dimmed">
            Checking the rows…
          </Text>
        </>
      ) : headerProblems(preview).length > 0 ? (
        <Text size="sm" fw={500} c="red" style={{ whiteSpace: 'nowrap' }}>
          Columns to fix first
        </Text>
      ) : (
        <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
          {readiness(preview)}
        </Text>
      )}
    </Group>
  );
}
