import { Alert, FileInput, Loader, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconInfoCircle } from '@tabler/icons-react';
import { MAX_MEGABYTES } from './use-sheet-import';

interface ChooseFileStepProps {
  chosen: File | null;
  reading: boolean;
  failure: string | null;
  onChoose: (file: File | null) => void;
}

/** Step 1: the file, read into memory here and checked by the service; no path leaves the page. */
export function ChooseFileStep({ chosen, reading, failure, onChoose }: ChooseFileStepProps) {
  return (
    <Stack gap="md">
      <Text size="sm">
        A spreadsheet with a header row naming its columns and one processing activity per row. The next step matches its columns to the activity’s fields.
      </Text>
      <FileInput
        label="Spreadsheet file"
        description={`A .csv or .xlsx file of up to ${MAX_MEGABYTES} MB`}
        placeholder="Choose a .csv or .xlsx file"
        accept=".csv,.xlsx"
        leftSection={<IconFileSpreadsheet size={16} />}
        rightSection={reading ? <Loader size="xs" aria-label="Reading the file" /> : undefined}
        value={chosen}
        onChange={onChoose}
        error={failure}
        disabled={reading}
        maw={520}
      />
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
        Nothing is written to the workspace until you confirm the import on the review step.
      </Alert>
      <Text size="xs" c="dimmed">
        For a file with every column already in place, export the activities as CSV and use it as a template.
      </Text>
    </Stack>
  );
}
