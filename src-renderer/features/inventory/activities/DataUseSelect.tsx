import { type ComboboxItem, isOptionsGroup, type OptionsFilter, Select, Stack, Text } from '@mantine/core';
import { FIDES_DATA_USES } from '../../../app/api';

const OPTIONS: ComboboxItem[] = FIDES_DATA_USES.map((use) => ({ value: use.key, label: use.name }));

/** Typing matches the name or the key: "fraud" and "essential.fraud" both find Essential Fraud Detection. */
const byNameOrKey: OptionsFilter = ({ options, search }) => {
  const words = search.trim().toLowerCase();
  return options.filter((option) => !isOptionsGroup(option) && `${option.label} ${String(option.value)}`.toLowerCase().includes(words));
};

interface DataUseSelectProps {
  value: string | null;
  onChange: (dataUse: string | null) => void;
  error?: string;
  'data-field': string;
}

/** The optional Fides data use of a purpose: each option shows the name and, below it, the taxonomy key. */
export function DataUseSelect({ value, onChange, ...props }: DataUseSelectProps) {
  return (
    <Select
      {...props}
      label="Data use"
      description="Optional: the Fides taxonomy's name for this purpose"
      placeholder="Search data uses…"
      data={OPTIONS}
      value={value}
      onChange={onChange}
      searchable
      clearable
      filter={byNameOrKey}
      nothingFoundMessage="No data use matches"
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          {/* Dimmed by opacity, not a grey, so it stays legible on the highlighted option too. */}
          <Text size="xs" ff="monospace" opacity={0.75}>
            {option.value}
          </Text>
        </Stack>
      )}
    />
  );
}
