import { Group, MultiSelect, Select, Text, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useEffect, useState } from 'react';
import type { Link, Result } from '../app/api';
import { notifyError } from './notify';

/** Where a picker's options come from: one list call per search, at most 50 rows. */
export interface PickerSource<T extends Link = Link> {
  /** Records matching the typed text; the first ones when it is empty. */
  search(text: string): Promise<Result<T[]>>;
  /** How an option reads in the field and the list; the record's name by default. */
  label?(option: T): string;
  /** Marks shown beside an option in the list, e.g. a "Special category" badge. */
  marks?(option: T): ReactNode;
}

interface PickerFieldProps {
  label: string;
  /** Label for screen readers only, for dense toolbars that show a placeholder instead. */
  labelHidden?: boolean;
  description?: ReactNode;
  error?: ReactNode;
  placeholder?: string;
  /** The input's path, for field errors, e.g. "systemIds". */
  field?: string;
  /** Another path that jumps here, e.g. "systems" from the completeness check. */
  jumpField?: string;
}

/** The server filters; the dropdown shows what it answered. */
const serverFiltered: OptionsFilter<number> = ({ options }) => options;

function usePickerOptions<T extends Link>(source: PickerSource<T>, selected: readonly T[], query: string) {
  const [wanted, setWanted] = useState(false);
  const [debounced] = useDebouncedValue(query, 200);
  const [found, setFound] = useState<T[]>([]);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void source.search(debounced).then((result) => {
      if (!current) return;
      if (result.ok) setFound(result.value);
      else notifyError(result.error);
    });
    return () => {
      current = false;
    };
  }, [source, debounced, wanted]);

  const known = new Map<number, T>(found.map((option) => [option.id, option]));
  for (const option of selected) if (!known.has(option.id)) known.set(option.id, option);
  const labelOf = (option: T) => source.label?.(option) ?? option.name;
  const data: ComboboxItem<number>[] = [...known.values()].map((option) => ({ value: option.id, label: labelOf(option) }));

  function renderOption({ option }: { option: ComboboxItem<number> }) {
    const record = known.get(option.value);
    const marks = record && source.marks?.(record);
    return (
      <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
        <Text size="sm">{option.label}</Text>
        {marks}
      </Group>
    );
  }

  // What both pickers pass to their Mantine field.
  const fieldProps = {
    searchable: true,
    clearable: true,
    data,
    onDropdownOpen: () => setWanted(true),
    filter: serverFiltered,
    renderOption,
    nothingFoundMessage: 'Nothing found',
    maxDropdownHeight: 320,
  };
  return { known, fieldProps };
}

function labelProps({ label, labelHidden, description, error, placeholder, field, jumpField }: PickerFieldProps) {
  return {
    wrapperProps: jumpField ? { 'data-field': jumpField } : undefined,
    label: labelHidden ? undefined : label,
    'aria-label': labelHidden ? label : undefined,
    description,
    error,
    placeholder,
    'data-field': field,
  };
}

interface RecordPickerProps<T extends Link> extends PickerFieldProps {
  source: PickerSource<T>;
  value: readonly T[];
  onChange: (value: T[]) => void;
}

/** Links to several records, searched on the server as the person types. */
export function RecordPicker<T extends Link>({ source, value, onChange, ...field }: RecordPickerProps<T>) {
  const [query, setQuery] = useState('');
  const options = usePickerOptions(source, value, query);
  return (
    <MultiSelect<number>
      {...labelProps(field)}
      {...options.fieldProps}
      value={value.map((option) => option.id)}
      onChange={(ids) => onChange(ids.flatMap((id) => options.known.get(id) ?? []))}
      searchValue={query}
      onSearchChange={setQuery}
    />
  );
}

interface RecordSelectProps<T extends Link> extends PickerFieldProps {
  source: PickerSource<T>;
  value: T | null;
  onChange: (value: T | null) => void;
}

/** Links to one record (or none), searched on the server as the person types. */
export function RecordSelect<T extends Link>({ source, value, onChange, ...field }: RecordSelectProps<T>) {
  // What the person typed, and for which chosen record: choosing another one (or its label changing) shows its label again.
  const [typed, setTyped] = useState<{ text: string; forId: number | null } | null>(null);
  const currentId = value?.id ?? null;
  const currentLabel = value ? (source.label?.(value) ?? value.name) : '';
  const searching = typed !== null && typed.forId === currentId && typed.text !== currentLabel;
  const options = usePickerOptions(source, value ? [value] : [], searching ? typed.text : '');
  return (
    <Select<number>
      {...labelProps(field)}
      {...options.fieldProps}
      value={currentId}
      onChange={(id) => onChange(id === null ? null : (options.known.get(id) ?? null))}
      searchValue={searching ? typed.text : currentLabel}
      onSearchChange={(text) => setTyped({ text, forId: currentId })}
    />
  );
}
