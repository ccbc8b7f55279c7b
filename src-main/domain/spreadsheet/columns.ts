import { normaliseValue } from './values';

/**
 * The columns of an activity spreadsheet: which fields a row can carry, the
 * header the export writes for each, and how a file's own headers are matched
 * to them. Pure: the services read the file, this only looks at its text.
 */
export const ACTIVITY_COLUMN_FIELDS = [
  'name',
  'description',
  'owner',
  'status',
  'purposes',
  'legalBases',
  'categories',
  'subjects',
  'systems',
  'recipients',
  'transferCountries',
  'transferMechanism',
  'retention',
  'retentionTrigger',
  'deletionMethod',
  'securityMeasures',
  'sources',
  'lastReviewedOn',
] as const;

export type ActivityColumnField = (typeof ACTIVITY_COLUMN_FIELDS)[number];

/** For each field, the header of the file's column that holds it, or null when the file has none. */
export type ColumnMapping = Record<ActivityColumnField, string | null>;

export interface ActivityColumn {
  field: ActivityColumnField;
  /** The header the export writes, and the field's name in the mapping form. */
  label: string;
  required: boolean;
  /** Several values in one cell, separated by ";". */
  multiple: boolean;
  /** What the cell may hold, in a sentence. */
  hint: string;
}

interface ColumnSpec extends ActivityColumn {
  /** Other headers meaning this field; compared after normaliseHeader. */
  aliases: readonly string[];
}

const COLUMNS: readonly ColumnSpec[] = [
  {
    field: 'name',
    label: 'Processing activity',
    required: true,
    multiple: false,
    hint: 'The activity’s name, up to 300 characters.',
    aliases: ['activity', 'name', 'activity name', 'processing activity name', 'processing', 'processing operation', 'title'],
  },
  { field: 'description', label: 'Description', required: false, multiple: false, hint: 'Free text.', aliases: ['details', 'summary', 'activity description'] },
  {
    field: 'owner',
    label: 'Owner',
    required: false,
    multiple: false,
    hint: 'Who answers for it: a person or a department.',
    aliases: ['business owner', 'process owner', 'responsible', 'responsible person', 'department', 'contact person', 'accountable'],
  },
  { field: 'status', label: 'Status', required: false, multiple: false, hint: 'Draft, Active or Retired; empty means Draft.', aliases: ['state'] },
  {
    field: 'purposes',
    label: 'Purposes',
    required: false,
    multiple: true,
    hint: 'One or more purposes.',
    aliases: ['purpose', 'purpose of processing', 'purposes of processing', 'processing purpose', 'processing purposes'],
  },
  {
    field: 'legalBases',
    label: 'Legal bases',
    required: false,
    multiple: true,
    hint: 'One legal basis per purpose in the same order, or one for all: Consent, Contract, Legal obligation, Vital interests, Public task, Legitimate interests, or Art. 6(1)(a) to (f).',
    aliases: ['legal basis', 'lawful basis', 'lawful bases', 'legal ground', 'legal grounds', 'lawful ground', 'lawful grounds', 'legal basis for processing', 'basis', 'art 6', 'article 6'],
  },
  {
    field: 'categories',
    label: 'Data categories',
    required: false,
    multiple: true,
    hint: 'Names or keys of data categories of this workspace.',
    aliases: ['data category', 'personal data', 'categories of personal data', 'personal data categories', 'categories', 'types of personal data', 'data types'],
  },
  {
    field: 'subjects',
    label: 'Data subjects',
    required: false,
    multiple: true,
    hint: 'Names or keys of data subjects of this workspace.',
    aliases: ['data subject', 'categories of data subjects', 'data subject categories', 'subjects', 'affected persons', 'individuals'],
  },
  {
    field: 'systems',
    label: 'Systems',
    required: false,
    multiple: true,
    hint: 'System names; a system not in the workspace yet is created.',
    aliases: ['system', 'applications', 'application', 'it systems', 'software', 'tools'],
  },
  {
    field: 'recipients',
    label: 'Recipients',
    required: false,
    multiple: true,
    hint: 'Recipient names; one not in the workspace yet is created as a processor.',
    aliases: ['recipient', 'processors', 'vendors', 'third parties', 'shared with', 'disclosed to', 'recipients of personal data'],
  },
  {
    field: 'transferCountries',
    label: 'Transfer countries',
    required: false,
    multiple: true,
    hint: 'Countries the data goes to: two-letter ISO codes (DE, US) or English names.',
    aliases: ['countries', 'country', 'transfers', 'transfer country', 'third countries', 'international transfers', 'third country transfers', 'transfers to third countries'],
  },
  {
    field: 'transferMechanism',
    label: 'Transfer mechanism',
    required: false,
    multiple: true,
    hint: 'One for all countries, or one per country in the same order: Adequacy, SCC, BCR, Derogation or Other.',
    aliases: ['mechanism', 'transfer mechanisms', 'transfer safeguards', 'transfer safeguard', 'appropriate safeguards', 'transfer basis'],
  },
  {
    field: 'retention',
    label: 'Retention',
    required: false,
    multiple: false,
    hint: 'A period such as “6 years”, “90 days” or “24 months”; other text is kept as the retention trigger.',
    aliases: ['retention period', 'kept for', 'storage period', 'retention time', 'how long', 'deletion period', 'erasure period', 'time limit for erasure'],
  },
  {
    field: 'retentionTrigger',
    label: 'Retention trigger',
    required: false,
    multiple: false,
    hint: 'What starts the period, e.g. “end of the contract”.',
    aliases: ['retention start', 'retention starts', 'starts from', 'trigger'],
  },
  {
    field: 'deletionMethod',
    label: 'Deletion method',
    required: false,
    multiple: false,
    hint: 'How the data is deleted or anonymised at the end.',
    aliases: ['deletion', 'deletion procedure', 'erasure method', 'disposal'],
  },
  {
    field: 'securityMeasures',
    label: 'Security measures',
    required: false,
    multiple: false,
    hint: 'Technical and organisational measures.',
    aliases: ['security', 'technical and organisational measures', 'technical and organizational measures', 'toms', 'tom'],
  },
  {
    field: 'sources',
    label: 'Data sources',
    required: false,
    multiple: true,
    hint: 'From the person, Automatic, Third party, Public.',
    aliases: ['data source', 'sources', 'source', 'source of data', 'sources of data', 'collected from'],
  },
  {
    field: 'lastReviewedOn',
    label: 'Last reviewed on',
    required: false,
    multiple: false,
    hint: 'A date: 2026-11-29 or 29.11.2026.',
    aliases: ['last reviewed', 'last review', 'reviewed on', 'review date', 'date of last review', 'reviewed'],
  },
];

/** The importable fields in the export's column order, without the matching aliases. */
export const ACTIVITY_COLUMNS: readonly ActivityColumn[] = COLUMNS.map(({ aliases: _aliases, ...column }) => column);

const LABELS = new Map(COLUMNS.map((c) => [c.field, c.label]));
export const columnLabel = (field: ActivityColumnField): string => LABELS.get(field) ?? field;

export const emptyMapping = (): ColumnMapping => Object.fromEntries(ACTIVITY_COLUMN_FIELDS.map((f) => [f, null])) as ColumnMapping;

/** Lower case, no accents, punctuation as spaces: "  Processing-Activity " and "processing activity" are the same header. */
export const normaliseHeader = normaliseValue;

/** "A", "B", ... "Z", "AA": a column's letter as spreadsheet programs show it. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The header row as the names a mapping refers to: an empty header becomes
 * "Column C", and a repeated one gets " (2)", " (3)", so every column has its own.
 */
export function columnNames(header: readonly string[]): string[] {
  const seen = new Set<string>();
  return header.map((raw, i) => {
    const base = raw.trim() || `Column ${columnLetter(i)}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** How well a normalised header names a field: exact (label or alias) beats a typo beats a header that contains an alias. 0: not at all. */
function matchScore(header: string, spec: ColumnSpec): number {
  const names = [spec.label, ...spec.aliases].map(normaliseHeader);
  if (names.includes(header)) return 3000;
  const typo = names.some((n) => n.length >= 6 && distance(header, n) <= (n.length > 10 ? 2 : 1));
  if (typo) return 2000;
  const padded = ` ${header} `;
  const contained = names.filter((n) => padded.includes(` ${n} `)).map((n) => n.length);
  return contained.length > 0 ? 1000 + Math.max(...contained) : 0;
}

/**
 * A mapping guessed from the header names: each field gets the column that
 * names it best, each column serves one field at most, ties go to the left.
 */
export function suggestMapping(columns: readonly string[]): ColumnMapping {
  const candidates = columns.flatMap((column, index) => {
    const header = normaliseHeader(column);
    return COLUMNS.map((spec) => ({ column, index, field: spec.field, score: header ? matchScore(header, spec) : 0 }));
  });
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  const mapping = emptyMapping();
  const used = new Set<string>();
  for (const c of candidates) {
    if (c.score === 0) break;
    if (mapping[c.field] !== null || used.has(c.column)) continue;
    mapping[c.field] = c.column;
    used.add(c.column);
  }
  return mapping;
}

/** Why a mapping cannot be used with these columns; reported on the header line. Empty when it can. */
export function mappingProblems(columns: readonly string[], mapping: ColumnMapping): { column?: string; reason: string }[] {
  const problems: { column?: string; reason: string }[] = [];
  const known = new Set(columns);
  const chosenFor = new Map<string, ActivityColumnField>();
  for (const spec of COLUMNS) {
    const column = mapping[spec.field];
    if (column === null) {
      if (spec.required) problems.push({ reason: `Choose the column that holds the ${spec.label.toLowerCase()}’s name: every activity needs one.` });
      continue;
    }
    if (!known.has(column)) {
      problems.push({ column, reason: `The column “${column}” chosen for ${spec.label} is not in the file’s header row: choose another one.` });
      continue;
    }
    const other = chosenFor.get(column);
    if (other) {
      problems.push({ column, reason: `The column “${column}” is chosen for both ${columnLabel(other)} and ${spec.label}: choose it for one of them only.` });
      continue;
    }
    chosenFor.set(column, spec.field);
  }
  return problems;
}
