import { Text } from '@mantine/core';
import { transferStatus, type TransferStatus } from '../../../app/api';

const HINTS = {
  eea: { color: 'teal', text: 'Inside the EEA: no transfer mechanism is needed.' },
  adequate: { color: 'blue', text: 'Adequacy decision (Art. 45): choose "Adequacy decision" as the mechanism.' },
  partially_adequate: {
    color: 'yellow.8',
    text: 'Adequacy covers only some recipients here (US: certified under the Data Privacy Framework; Canada: covered by PIPEDA). Otherwise use standard contractual clauses. Document which applies.',
  },
  third_country: {
    color: 'orange.8',
    text: 'Third country without adequacy: use standard contractual clauses, binding corporate rules or another Art. 46 safeguard, or document an Art. 49 derogation.',
  },
} as const satisfies Record<TransferStatus, { color: string; text: string }>;

/** What the GDPR asks of a transfer to this country. */
export function TransferHint({ country }: { country: string | null }) {
  if (!country) return null;
  const hint = HINTS[transferStatus(country)];
  return (
    <Text size="xs" c={hint.color} aria-live="polite">
      {hint.text}
    </Text>
  );
}
