import { useMemo } from 'react';
import type { RegimeId, RegimeView } from '../../app/api';
import { useCallValue } from '../../ui/use-call-value';
import type { Option } from '../../ui/vocabulary';

const NONE: readonly RegimeView[] = [];

/** The regimes with the officer's overrides, their names and their options for a select; empty until they arrive. */
export function useRegimes() {
  const regimes = useCallValue('deadlines.regimes', {}) ?? NONE;
  return useMemo(() => {
    const names = new Map<RegimeId, string>(regimes.map((regime) => [regime.id, regime.name]));
    const options: Option<RegimeId>[] = regimes.map((regime) => ({ value: regime.id, label: regime.name }));
    return {
      regimes,
      options,
      /** The regime's name, or "No regime" for a request none applies to. */
      nameOf: (id: RegimeId | null) => (id === null ? 'No regime' : (names.get(id) ?? id)),
      isRegimeId: (value: string | null): value is RegimeId => regimes.some((regime) => regime.id === value),
    };
  }, [regimes]);
}

export type Regimes = ReturnType<typeof useRegimes>;
