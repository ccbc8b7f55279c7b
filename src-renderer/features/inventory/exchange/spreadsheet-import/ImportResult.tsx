import { Alert, List } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { SpreadsheetImportSummary } from '../../../../app/api';
import { counted } from '../../../../ui/counted';

/** Step 4: what was added; the Activities tab behind already lists it. */
export function ImportResult({ summary }: { summary: SpreadsheetImportSummary }) {
  const { systems, recipients } = summary.created;
  return (
    <Alert color="teal" icon={<IconCheck size={18} />} title={`Imported ${counted(summary.imported, 'activity', 'activities')}`} role="status">
      <List size="sm" spacing={2}>
        {summary.skipped > 0 && <List.Item>Skipped {counted(summary.skipped, 'row', 'rows')} with problems.</List.Item>}
        {systems > 0 && <List.Item>Created {counted(systems, 'system', 'systems')}.</List.Item>}
        {recipients > 0 && <List.Item>Created {counted(recipients, 'recipient', 'recipients')} (kind: processor): complete the details in Recipients.</List.Item>}
        <List.Item>The Activities tab now lists them.</List.Item>
      </List>
    </Alert>
  );
}
