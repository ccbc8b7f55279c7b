import { Group, Pagination, Text } from '@mantine/core';
import type { Noun } from './types';
import { PAGE_SIZE } from './use-list-state';

interface TablePagingProps {
  pageIndex: number;
  total: number;
  noun: Noun;
  onPageChange: (pageIndex: number) => void;
}

/** "101–200 of 2,345 systems" and the page buttons when there is more than one page. */
export function TablePaging({ pageIndex, total, noun, onPageChange }: TablePagingProps) {
  const pages = Math.ceil(total / PAGE_SIZE);
  const first = pageIndex * PAGE_SIZE + 1;
  const last = Math.min(total, first + PAGE_SIZE - 1);
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === 0
          ? `No ${noun.many}`
          : pages > 1
            ? `${first.toLocaleString('en')}–${last.toLocaleString('en')} of ${total.toLocaleString('en')} ${noun.many}`
            : `${total.toLocaleString('en')} ${total === 1 ? noun.one : noun.many}`}
      </Text>
      {pages > 1 && (
        <Pagination
          size="sm"
          total={pages}
          value={pageIndex + 1}
          onChange={(page) => onPageChange(page - 1)}
          getControlProps={(control) => ({ 'aria-label': `${control} page` })}
          getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
        />
      )}
    </Group>
  );
}
