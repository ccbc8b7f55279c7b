import type { DataSource, LegalBasis, RetentionUnit, TransferMechanism, ActivityStatus } from '../inventory/vocabulary';
import { ACTIVITY_COLUMNS, type ActivityColumnField, columnLabel, type ColumnMapping, columnNames, mappingProblems } from './columns';
import {
  type Parsed,
  parseCountry,
  parseDate,
  parseLegalBasis,
  parseRetention,
  parseSource,
  parseStatus,
  parseTransferMechanism,
  splitAligned,
  splitList,
} from './values';

/** One row of the file as text, with the line a person sees it on (the header is line 1). */
export interface SheetRow {
  line: number;
  cells: string[];
  /** Set by the file reader when the row itself is damaged (an unclosed quote). */
  problem?: string;
}

export interface SheetProblem {
  /** 1-based: the row number a spreadsheet program shows, the header row being 1. */
  line: number;
  /** The file's column, as in `columns`. */
  column?: string;
  reason: string;
}

/** A taxonomy entry a cell may name by its name or its key. */
export interface TaxonomyRef {
  id: number;
  key: string;
  name: string;
  archived: boolean;
}

/** What the workspace already holds, for matching names in the file. */
export interface SheetLookups {
  categories: readonly TaxonomyRef[];
  subjects: readonly TaxonomyRef[];
  /** Existing systems and recipients: their names are reused (compared without case), others created. */
  systems: readonly string[];
  recipients: readonly string[];
}

/** A row's activity before the contract's own rules have looked at it: the input of `inventory.activities.save`, minus systems and recipients. */
export interface ActivityDraft {
  name: string;
  description: string;
  owner: string;
  status?: ActivityStatus;
  purposes: { purpose: string; legalBasis: LegalBasis | null }[];
  sources: DataSource[];
  retention: { period: number | null; unit: RetentionUnit | null; trigger: string; deletion: string };
  securityMeasures: string;
  lastReviewedOn: string | null;
  categoryIds: number[];
  subjectIds: number[];
  transfers: { country: string; mechanism: TransferMechanism | null }[];
}

/** A rule's objection to a draft, in the shape zod gives it: where (path into the draft) and what. */
export interface DraftIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  origin?: string;
  maximum?: unknown;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: readonly DraftIssue[] };

export interface CheckedRow<T> {
  line: number;
  activity: T;
  /** Names as written in the file, each once. */
  systems: string[];
  recipients: string[];
}

export interface SheetCheck<T> {
  columns: string[];
  /** Data rows that are not empty, in file order. */
  dataRows: SheetRow[];
  /** False when the mapping itself cannot be used: then only the header's problems are listed and no row is checked. */
  mappingUsable: boolean;
  /** Rows without problems, ready to import. */
  rows: CheckedRow<T>[];
  problems: SheetProblem[];
  /** How many data rows have at least one problem. */
  invalid: number;
  /** Systems and recipients the valid rows name that the workspace does not have yet (first spelling in the file). */
  willCreate: { systems: string[]; recipients: string[] };
}

const MAX_NAME = 300;
const isBlank = (row: SheetRow) => row.cells.every((c) => c.trim() === '');

/** Removes the quote the export puts before text a spreadsheet program would run as a formula ("'=SUM(..)"). */
export const unguardFormula = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** The header is the first row that is not empty; its cells name the columns (see columnNames). */
export function sheetHeader(rows: readonly SheetRow[]): { header: SheetRow | undefined; columns: string[] } {
  const header = rows.find((r) => !isBlank(r));
  return { header, columns: header ? columnNames(header.cells) : [] };
}

/**
 * Checks every row of a sheet against the mapping and the workspace, and turns
 * each into an activity `validate` accepts. A row's problems never stop the
 * others being checked; empty rows are skipped without a word.
 */
export function checkSheet<T>(rows: readonly SheetRow[], mapping: ColumnMapping, lookups: SheetLookups, validate: (draft: ActivityDraft) => Checked<T>): SheetCheck<T> {
  const { header, columns } = sheetHeader(rows);
  const dataRows = header ? rows.slice(rows.indexOf(header) + 1).filter((r) => !isBlank(r)) : [];
  const result: SheetCheck<T> = { columns, dataRows, mappingUsable: true, rows: [], problems: [], invalid: 0, willCreate: { systems: [], recipients: [] } };
  const headerProblems = mappingProblems(columns, mapping);
  if (headerProblems.length > 0) {
    result.mappingUsable = false;
    result.problems = headerProblems.map((p) => ({ line: header?.line ?? 1, ...p }));
    return result;
  }
  const index = new Map(columns.map((c, i) => [c, i]));
  const matcher = new RowMatcher(lookups);
  for (const row of dataRows) {
    const cell = (field: ActivityColumnField) => {
      const column = mapping[field];
      return column === null ? '' : unguardFormula((row.cells[index.get(column)!] ?? '').trim());
    };
    const problems: SheetProblem[] = [];
    const report = (field: ActivityColumnField | undefined, reason: string) =>
      problems.push({ line: row.line, ...(field && mapping[field] !== null ? { column: mapping[field] } : {}), reason });
    if (row.problem) report(undefined, row.problem);
    const { draft, systems, recipients } = readRow(cell, matcher, report);
    const checked = validate(draft);
    if (!checked.ok) for (const issue of checked.issues) report(fieldOfIssue(issue.path), describeIssue(issue));
    if (problems.length > 0 || !checked.ok) {
      result.problems.push(...problems);
      result.invalid++;
      continue;
    }
    result.rows.push({ line: row.line, activity: checked.value, systems, recipients });
    matcher.noteCreated(systems, recipients, result.willCreate);
  }
  return result;
}

type Report = (field: ActivityColumnField | undefined, reason: string) => void;

/** One row's cells as a draft; every cell that cannot be read is reported and left out. */
function readRow(cell: (field: ActivityColumnField) => string, matcher: RowMatcher, report: Report) {
  const each = <V>(field: ActivityColumnField, values: string[], parse: (text: string) => Parsed<V>): (V | null)[] =>
    values.map((text) => {
      if (text === '') return null;
      const parsed = parse(text);
      if (!parsed.ok) report(field, parsed.reason);
      return parsed.ok ? parsed.value : null;
    });
  const defined = <V>(values: (V | null)[]) => values.filter((v): v is V => v !== null);

  const purposes = splitList(cell('purposes'));
  const bases = aligned('legalBases', purposes.length, ['purpose', 'purposes'], each('legalBases', splitAligned(cell('legalBases')), parseLegalBasis), report);
  const countries = defined(each('transferCountries', splitList(cell('transferCountries')), parseCountry));
  const mechanisms = aligned('transferMechanism', countries.length, ['country', 'countries'], each('transferMechanism', splitAligned(cell('transferMechanism')), parseTransferMechanism), report);
  const retention = parseRetention(cell('retention'));
  const status = cell('status') === '' ? [] : defined(each('status', [cell('status')], parseStatus));
  const lastReviewed = cell('lastReviewedOn') === '' ? [] : defined(each('lastReviewedOn', [cell('lastReviewedOn')], parseDate));

  const draft: ActivityDraft = {
    name: cell('name'),
    description: cell('description'),
    owner: cell('owner'),
    ...(status[0] ? { status: status[0] } : {}),
    purposes: purposes.map((purpose, i) => ({ purpose, legalBasis: bases[i] ?? null })),
    sources: [...new Set(defined(each('sources', splitList(cell('sources')), parseSource)))],
    retention: {
      period: retention.period,
      unit: retention.unit,
      trigger: [retention.rest, cell('retentionTrigger')].filter((t) => t !== '').join('; '),
      deletion: cell('deletionMethod'),
    },
    securityMeasures: cell('securityMeasures'),
    lastReviewedOn: lastReviewed[0] ?? null,
    categoryIds: matcher.taxonomy('categories', splitList(cell('categories')), report),
    subjectIds: matcher.taxonomy('subjects', splitList(cell('subjects')), report),
    transfers: countries.map((country, i) => ({ country, mechanism: mechanisms[i] ?? null })),
  };
  return { draft, systems: matcher.named('systems', splitList(cell('systems')), report), recipients: matcher.named('recipients', splitList(cell('recipients')), report) };
}

/** Values that go with a list by position: none, one for all, or exactly one each. */
function aligned<V>(field: ActivityColumnField, count: number, [noun, nouns]: [string, string], values: (V | null)[], report: Report): (V | null)[] {
  if (values.length === 0) return [];
  if (count === 0) {
    if (values.some((v) => v !== null)) report(field, `${columnLabel(field)} given, but no ${nouns}: add the ${nouns} in their column, or clear this cell.`);
    return [];
  }
  if (values.length === 1) return Array.from({ length: count }, () => values[0]!);
  if (values.length === count) return values;
  report(
    field,
    `${count} ${count === 1 ? noun : nouns} but ${values.length} values in ${columnLabel(field)}: give one per ${noun} in the same order (separated by “;”), or a single one for all.`,
  );
  return [];
}

const NOUN: Record<'categories' | 'subjects', [string, string]> = { categories: ['data category', 'Data categories'], subjects: ['data subject', 'Data subjects'] };

/** Matches names in cells against the workspace, and remembers which systems and recipients the import will create. */
class RowMatcher {
  private readonly taxonomies: Record<'categories' | 'subjects', { byKey: Map<string, TaxonomyRef>; byName: Map<string, TaxonomyRef[]> }>;
  private readonly existing: Record<'systems' | 'recipients', Set<string>>;
  private readonly created = { systems: new Set<string>(), recipients: new Set<string>() };

  constructor(lookups: SheetLookups) {
    const index = (refs: readonly TaxonomyRef[]) => {
      const byName = new Map<string, TaxonomyRef[]>();
      for (const ref of refs) byName.set(fold(ref.name), [...(byName.get(fold(ref.name)) ?? []), ref]);
      return { byKey: new Map(refs.map((r) => [r.key.toLowerCase(), r])), byName };
    };
    this.taxonomies = { categories: index(lookups.categories), subjects: index(lookups.subjects) };
    this.existing = { systems: new Set(lookups.systems.map(fold)), recipients: new Set(lookups.recipients.map(fold)) };
  }

  taxonomy(area: 'categories' | 'subjects', names: string[], report: Report): number[] {
    const { byKey, byName } = this.taxonomies[area];
    const [noun, page] = NOUN[area];
    const ids: number[] = [];
    for (const name of names) {
      const byItsKey = byKey.get(name.toLowerCase());
      const named = byName.get(fold(name)) ?? [];
      const active = named.filter((r) => !r.archived);
      const candidates = active.length > 0 ? active : named;
      const found = byItsKey ?? (candidates.length === 1 ? candidates[0] : undefined);
      if (found) ids.push(found.id);
      else if (candidates.length > 1) report(area, `More than one ${noun} is called “${name}”: write its key instead (${candidates.map((c) => c.key).join(' or ')}).`);
      else report(area, `Unknown ${noun} “${name}”: add it in ${page} first or fix the spelling.`);
    }
    return [...new Set(ids)];
  }

  /** System or recipient names, each once; too long a name is reported. */
  named(area: 'systems' | 'recipients', names: string[], report: Report): string[] {
    const seen = new Map<string, string>();
    for (const name of names) {
      if (name.length > MAX_NAME) report(area, `The ${area === 'systems' ? 'system' : 'recipient'} name “${name.slice(0, 40)}…” is longer than ${MAX_NAME} characters: shorten it.`);
      else if (!seen.has(fold(name))) seen.set(fold(name), name);
    }
    return [...seen.values()];
  }

  noteCreated(systems: string[], recipients: string[], into: { systems: string[]; recipients: string[] }): void {
    for (const [area, names] of [['systems', systems], ['recipients', recipients]] as const) {
      for (const name of names) {
        const key = fold(name);
        if (this.existing[area].has(key) || this.created[area].has(key)) continue;
        this.created[area].add(key);
        into[area].push(name);
      }
    }
  }
}

/** Names compared as the workspace compares them for uniqueness: without case ("Müller" and "MÜLLER" are one). */
export const fold = (name: string) => name.trim().normalize('NFC').toLowerCase();

/** The column a rule's objection belongs to, from its path into the draft. */
function fieldOfIssue(path: readonly PropertyKey[]): ActivityColumnField | undefined {
  const [root, , leaf] = path;
  switch (root) {
    case 'purposes':
      return leaf === 'legalBasis' ? 'legalBases' : 'purposes';
    case 'retention':
      return path[1] === 'trigger' ? 'retentionTrigger' : path[1] === 'deletion' ? 'deletionMethod' : 'retention';
    case 'transfers':
      return leaf === 'mechanism' ? 'transferMechanism' : 'transferCountries';
    case 'categoryIds':
      return 'categories';
    case 'subjectIds':
      return 'subjects';
    default:
      return ACTIVITY_COLUMNS.some((c) => c.field === root) ? (root as ActivityColumnField) : undefined;
  }
}

function describeIssue(issue: DraftIssue): string {
  const field = fieldOfIssue(issue.path);
  if (field === 'name' && issue.path.length === 1 && /name/i.test(issue.message)) return 'The name is empty: every processing activity needs one.';
  if (field === 'retention' && issue.path[1] === 'period') return 'Retention: give a period of 1 to 1,000 days, months or years, such as “6 years”.';
  if (issue.code === 'too_big' && issue.origin === 'array' && field) return `${columnLabel(field)}: at most ${String(issue.maximum)} values in one cell.`;
  const position = issue.path.find((p): p is number => typeof p === 'number');
  const where = position === undefined ? '' : ` (value ${position + 1})`;
  return `${field ? columnLabel(field) : 'This row'}${where}: ${issue.message}`;
}
