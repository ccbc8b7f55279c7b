import { Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { SpreadsheetProblem } from '../../../../app/api';
import { counted } from '../../../../ui/counted';

const PAGE_SIZE = 50;

/** Every problem of the file, by line, a page of 50 at a time. */
export function ProblemTable({ problems }: { problems: readonly SpreadsheetProblem[] }) {
  const [page, setPage] = useState(1);
  const pages = Math.ceil(problems.length / PAGE_SIZE);
  const first = (page - 1) * PAGE_SIZE;
  const shown = problems.slice(first, first + PAGE_SIZE);

  return (
    <Stack gap="xs">
      <Table aria-label="Problems" striped withTableBorder verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Line</Table.Th>
            <Table.Th w={200}>Column</Table.Th>
            <Table.Th>Problem</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((problem, index) => (
            <Table.Tr key={first + index}>
              <Table.Td>{problem.line.toLocaleString('en')}</Table.Td>
              <Table.Td>{problem.column ?? '—'}</Table.Td>
              <Table.Td>{problem.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {pages > 1 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {(first + 1).toLocaleString('en')}–{(first + shown.length).toLocaleString('en')} of {counted(problems.length, 'problem', 'problems')}
          </Text>
          <Pagination
            size="sm"
            total={pages}
            value={page}
            onChange={setPage}
            getControlProps={(control) => ({ 'aria-label': `${control} page of problems` })}
            getItemProps={(item) => ({ 'aria-label': `Page ${item} of problems` })}
          />
        </Group>
      )}
    </Stack>
  );
}
