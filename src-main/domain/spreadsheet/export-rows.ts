import type { Activity } from '../inventory/records';
import { ACTIVITY_STATUSES, DATA_SOURCES, LEGAL_BASES, TRANSFER_MECHANISMS } from '../inventory/vocabulary';
import type { ActivityColumnField } from './columns';
import { fold } from './rows';
import { formatRetention } from './values';

/** How a cell names a data category or subject: by its name, or by its key where another one has the same name. */
export function taxonomyLabels(refs: readonly { id: number; key: string; name: string }[]): Map<number, string> {
  const counts = new Map<string, number>();
  for (const r of refs) counts.set(fold(r.name), (counts.get(fold(r.name)) ?? 0) + 1);
  return new Map(refs.map((r) => [r.id, counts.get(fold(r.name))! > 1 ? r.key : r.name]));
}

/** Values that go with a list by position: one label when all are the same, else one per position ("Contract; ; Consent"). */
function alignedLabels<C extends string>(codes: readonly (C | null)[], labels: Readonly<Record<C, string>>): string {
  if (codes.every((c) => c === null)) return '';
  if (codes.every((c) => c === codes[0])) return labels[codes[0]!];
  return codes.map((c) => (c === null ? '' : labels[c])).join('; ');
}

const list = (values: readonly string[]) => values.join('; ');

/** One activity as the cells of its spreadsheet row, in the words the importer reads back. */
export function activityCells(a: Activity, labels: { categories: Map<number, string>; subjects: Map<number, string> }): Record<ActivityColumnField, string> {
  return {
    name: a.name,
    description: a.description,
    owner: a.owner,
    status: ACTIVITY_STATUSES[a.status],
    purposes: list(a.purposes.map((p) => p.purpose)),
    legalBases: alignedLabels(
      a.purposes.map((p) => p.legalBasis),
      LEGAL_BASES,
    ),
    categories: list(a.categories.map((c) => labels.categories.get(c.id) ?? c.name)),
    subjects: list(a.subjects.map((s) => labels.subjects.get(s.id) ?? s.name)),
    systems: list(a.systems.map((s) => s.name)),
    recipients: list(a.recipients.map((r) => r.name)),
    transferCountries: list(a.transfers.map((t) => t.country)),
    transferMechanism: alignedLabels(
      a.transfers.map((t) => t.mechanism),
      TRANSFER_MECHANISMS,
    ),
    retention: formatRetention(a.retention.period, a.retention.unit),
    retentionTrigger: a.retention.trigger,
    deletionMethod: a.retention.deletion,
    securityMeasures: a.securityMeasures,
    sources: list(a.sources.map((s) => DATA_SOURCES[s])),
    lastReviewedOn: a.lastReviewedOn ?? '',
  };
}

/**
 * Text a spreadsheet program would run as a formula when it opens a CSV
 * ("=HYPERLINK(..)", "+1", "@SUM") gets a leading quote; the importer removes it.
 */
export const guardFormula = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
