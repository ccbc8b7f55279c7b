import { Alert, Code } from '@mantine/core';
import { IconBooks } from '@tabler/icons-react';

/** Says that a seeded record comes from Fideslang and keeps its key, whatever it is renamed to. */
export function TaxonomyNote({ record }: { record: { origin: 'fideslang' | 'custom'; key: string } | null }) {
  if (record?.origin !== 'fideslang') return null;
  return (
    <Alert variant="light" color="blue" icon={<IconBooks size={18} />} p="xs">
      From the Fides taxonomy. Its key <Code>{record.key}</Code> stays the same if you rename it, so reports and exports still match.
    </Alert>
  );
}
