import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { SpreadsheetPreview } from '../../../../app/api';
import { counted } from '../../../../ui/counted';
import { FailureAlert } from '../../../../ui/FailureAlert';
import { importLabel, readiness, rowProblems, rowsWithProblems } from './preview-facts';
import { ProblemTable } from './ProblemTable';

interface ReviewStepProps {
  preview: SpreadsheetPreview;
  failure: string | null;
}

/** Step 3: what the import would do, every problem, and the records it would create; nothing is written yet. */
export function ReviewStep({ preview, failure }: ReviewStepProps) {
  const problems = rowProblems(preview);
  const bad = rowsWithProblems(preview);
  const { systems, recipients } = preview.willCreate;

  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        {readiness(preview)}
      </Title>
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
        {preview.valid > 0
          ? `Nothing has been written yet. The activities are added, all in one step, only when you choose “${importLabel(preview)}”.`
          : 'Nothing has been written, and no row can be imported as it is: fix the rows in the file and choose it again.'}
      </Alert>
      {failure && <FailureAlert title="Nothing was imported">{failure}</FailureAlert>}
      {(systems.length > 0 || recipients.length > 0) && (
        <Stack gap={4}>
          <Title order={4} size="h5">
            Created with the activities
          </Title>
          {systems.length > 0 && <NewRecords label={`Systems (${systems.length.toLocaleString('en')})`} names={systems} />}
          {recipients.length > 0 && <NewRecords label={`Recipients, as processors (${recipients.length.toLocaleString('en')})`} names={recipients} />}
        </Stack>
      )}
      {problems.length > 0 && (
        <Stack gap={6}>
          <Group justify="space-between" align="baseline">
            <Title order={4} size="h5">
              {counted(problems.length, 'problem', 'problems')} in {counted(bad, 'row', 'rows')}
            </Title>
            <Text size="sm" c="dimmed">
              These rows are skipped. To import them too, fix them in the file and choose it again.
            </Text>
          </Group>
          <ProblemTable problems={problems} />
        </Stack>
      )}
    </Stack>
  );
}

function NewRecords({ label, names }: { label: string; names: readonly string[] }) {
  return (
    <Text size="sm">
      {label}: {names.join(', ')}
    </Text>
  );
}
