import type { ImportSummary } from '../../../app/api';
import { counted } from '../../../ui/counted';

/** The kinds a JSON import counts, in the order a sentence names them. */
const KINDS = [
  ['activities', 'activity', 'activities'],
  ['categories', 'data category', 'data categories'],
  ['subjects', 'data subject', 'data subjects'],
  ['systems', 'system', 'systems'],
  ['recipients', 'recipient', 'recipients'],
  ['cookies', 'cookie', 'cookies'],
  ['communications', 'communication', 'communications'],
] as const satisfies readonly (readonly [keyof ImportSummary, string, string])[];

/** "Added 10 activities, 9 systems and 1 cookie." from the counts of new records. */
export function describeJsonImport(summary: ImportSummary): string {
  const parts = KINDS.filter(([kind]) => summary[kind] > 0).map(([kind, one, many]) => counted(summary[kind], one, many));
  if (parts.length === 0) return 'The file held nothing new: this inventory already had all of it.';
  const last = parts.pop();
  return `Added ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}.`;
}
