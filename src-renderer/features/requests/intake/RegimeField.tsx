import { Select } from '@mantine/core';
import type { RegimeId } from '../../../app/api';
import type { Regimes } from '../use-regimes';

interface RegimeFieldProps {
  regimes: Regimes;
  /** The regimes proposed for the residence, most specific first. */
  proposed: readonly { id: RegimeId; name: string }[];
  value: RegimeId | null;
  chosen: boolean;
  onChange: (id: RegimeId | null) => void;
  error?: string;
}

/** The regime whose deadline applies: the first one proposed for the residence until the officer chooses another. */
export function RegimeField({ regimes, proposed, value, chosen, onChange, error }: RegimeFieldProps) {
  const proposedIds = new Set(proposed.map((regime) => regime.id));
  const data = [
    { group: 'Proposed for the residence', items: proposed.map((regime) => ({ value: regime.id, label: regime.name })) },
    { group: 'Other regimes', items: regimes.options.filter((option) => !proposedIds.has(option.value)) },
  ].filter((group) => group.items.length > 0);
  const description =
    proposed.length === 0
      ? 'No regime is proposed for this residence: choose one if a law applies.'
      : chosen
        ? `Proposed: ${proposed.map((regime) => regime.name).join(', ')}.`
        : 'Proposed from the residence; choose another if a different law applies.';

  return (
    <Select
      label="Regime"
      description={description}
      data={data}
      value={value}
      onChange={(id) => onChange(regimes.isRegimeId(id) ? id : null)}
      clearable
      searchable
      error={error}
      data-field="regimeId"
    />
  );
}
