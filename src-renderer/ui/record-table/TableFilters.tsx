import { Box, Select, Switch } from '@mantine/core';
import { useState } from 'react';
import type { Link } from '../../app/api';
import { type PickerSource, RecordSelect } from '../RecordPicker';
import type { ArchivedFilter, FilterDef, FilterValues } from './types';

const FILTER_WIDTH = 170;

const ARCHIVED_OPTIONS: { value: ArchivedFilter; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'Active and archived' },
];

/** A record filter keeps the chosen record so its name stays on screen; the list only needs its id. */
function RecordFilter({ label, source, onChange }: { label: string; source: PickerSource; onChange: (id: string | null) => void }) {
  const [value, setValue] = useState<Link | null>(null);
  return (
    <Box w={FILTER_WIDTH}>
      <RecordSelect
        label={label}
        labelHidden
        placeholder={label}
        source={source}
        value={value}
        onChange={(link) => {
          setValue(link);
          onChange(link ? String(link.id) : null);
        }}
      />
    </Box>
  );
}

interface TableFiltersProps {
  filters: readonly FilterDef[];
  values: FilterValues;
  onChange: (key: string, value: string | null) => void;
  /** The archive filter; absent for lists of records that cannot be archived. */
  archived?: { value: ArchivedFilter; onChange: (value: ArchivedFilter) => void };
}

/** The area's own filters and the archive filter. Labels are for screen readers; the placeholders name them on screen. */
export function TableFilters({ filters, values, onChange, archived }: TableFiltersProps) {
  return (
    <>
      {filters.map((filter) => {
        switch (filter.type) {
          case 'select':
            return (
              <Select
                key={filter.key}
                aria-label={filter.label}
                placeholder={filter.label}
                data={filter.options}
                value={values[filter.key] ?? null}
                onChange={(value) => onChange(filter.key, value)}
                clearable
                w={FILTER_WIDTH}
              />
            );
          case 'switch':
            return (
              <Switch
                key={filter.key}
                label={filter.label}
                checked={values[filter.key] === 'true'}
                onChange={(event) => onChange(filter.key, event.currentTarget.checked ? 'true' : null)}
              />
            );
          case 'record':
            return <RecordFilter key={filter.key} label={filter.label} source={filter.source} onChange={(id) => onChange(filter.key, id)} />;
        }
      })}
      {archived && (
        <Select<ArchivedFilter>
          aria-label="Show records"
          data={ARCHIVED_OPTIONS}
          value={archived.value}
          onChange={(value) => archived.onChange(value ?? 'active')}
          allowDeselect={false}
          w={FILTER_WIDTH}
        />
      )}
    </>
  );
}
