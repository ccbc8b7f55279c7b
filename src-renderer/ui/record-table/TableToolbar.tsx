import { Button, Group, Loader, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import type { Table } from '@tanstack/react-table';
import type { KeyboardEvent } from 'react';
import { ColumnChooser } from './ColumnChooser';
import { TableFilters } from './TableFilters';
import type { FilterDef, Noun } from './types';
import type { ListState } from './use-list-state';

/** One toolbar row: an input is 36 px high; kept as a blank while an editor covers the list. */
export const TOOLBAR_HEIGHT = 36;

interface TableToolbarProps<Row, S extends string> {
  table: Table<Row>;
  list: ListState<S>;
  noun: Noun;
  filters: readonly FilterDef[];
  loading: boolean;
  newLabel: string;
  onNew?: (() => void) | undefined;
  /** ArrowDown in the search box moves into the rows. */
  onEnterRows: () => void;
  /** Shows the archive filter; false for records that cannot be archived. */
  archivable?: boolean;
}

export function TableToolbar<Row, S extends string>({ table, list, noun, filters, loading, newLabel, onNew, onEnterRows, archivable = true }: TableToolbarProps<Row, S>) {
  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    onEnterRows();
  }

  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between" mih={TOOLBAR_HEIGHT}>
      {/* Filters wrap onto more lines; the column chooser and the create button stay top right. */}
      <Group gap="xs" wrap="wrap" style={{ flex: 1 }}>
        <TextInput
          aria-label={`Search ${noun.many}`}
          placeholder={`Search ${noun.many}…`}
          leftSection={<IconSearch size={16} stroke={1.6} aria-hidden />}
          rightSection={loading ? <Loader size={14} aria-label="Loading" /> : null}
          value={list.search}
          onChange={(event) => list.setSearch(event.currentTarget.value)}
          onKeyDown={onSearchKey}
          w={220}
        />
        <TableFilters
          filters={filters}
          values={list.filters}
          onChange={list.setFilter}
          archived={archivable ? { value: list.archived, onChange: list.setArchived } : undefined}
        />
      </Group>
      <Group gap="xs" wrap="nowrap">
        <ColumnChooser table={table} />
        {onNew && (
          <Button leftSection={<IconPlus size={16} />} onClick={onNew} aria-keyshortcuts="N">
            {newLabel}
          </Button>
        )}
      </Group>
    </Group>
  );
}
