import { Group, Select, TextInput } from '@mantine/core';
import type { RegimeId } from '../../app/api';
import type { Regimes } from '../requests/use-regimes';

export interface DashboardFilter {
  /** Empty: the service's default period (the last twelve months). */
  from: string;
  to: string;
  regimeId: RegimeId | null;
}

interface DashboardFiltersProps {
  value: DashboardFilter;
  onChange: (value: DashboardFilter) => void;
  regimes: Regimes;
}

/** The period the throughput and closing figures cover, and the regime. */
export function DashboardFilters({ value, onChange, regimes }: DashboardFiltersProps) {
  return (
    <Group gap="xs" align="flex-end">
      <TextInput type="date" label="From" value={value.from} onChange={(event) => onChange({ ...value, from: event.currentTarget.value })} w={160} />
      <TextInput type="date" label="To" value={value.to} onChange={(event) => onChange({ ...value, to: event.currentTarget.value })} w={160} />
      <Select
        label="Regime"
        placeholder="All regimes"
        data={regimes.options}
        value={value.regimeId}
        onChange={(id) => onChange({ ...value, regimeId: regimes.isRegimeId(id) ? id : null })}
        clearable
        w={240}
      />
    </Group>
  );
}
