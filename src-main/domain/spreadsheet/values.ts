import { COUNTRY_CODES, isCountryCode } from '../countries';
import {
  ACTIVITY_STATUSES,
  type ActivityStatus,
  DATA_SOURCES,
  type DataSource,
  LEGAL_BASES,
  type LegalBasis,
  type RetentionUnit,
  TRANSFER_MECHANISMS,
  type TransferMechanism,
} from '../inventory/vocabulary';

/**
 * How the text of one cell becomes a value of the inventory. Each parser
 * answers the value or a reason a person can act on, never both.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** Several values in one cell: split at ";", trimmed, empty ones dropped. */
export function splitList(text: string): string[] {
  return text
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Values that go with another list position by position ("Contract; ; Consent"): empty positions are kept. */
export function splitAligned(text: string): string[] {
  return text.trim() === '' ? [] : text.split(';').map((v) => v.trim());
}

/** Lower case, no accents, punctuation and brackets as single spaces: "Art. 6(1)(f)" is "art 6 1 f". */
export function normaliseValue(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A lookup from every accepted spelling (codes, labels, phrases; normalised) to a code. */
function vocabularyLookup<C extends string>(labels: Readonly<Record<C, string>>, phrases: Readonly<Record<C, readonly string[]>>): Map<string, C> {
  const map = new Map<string, C>();
  for (const code of Object.keys(labels) as C[]) {
    for (const spelling of [code, labels[code], ...phrases[code]]) map.set(normaliseValue(spelling), code);
  }
  return map;
}

const quote = (text: string) => `“${text.length > 80 ? `${text.slice(0, 80)}…` : text}”`;

// ---------------------------------------------------------------- legal bases

const BASIS_PHRASES: Record<LegalBasis, readonly string[]> = {
  consent: ['consent of the data subject', 'consent given'],
  contract: ['performance of a contract', 'performance of contract', 'contract performance', 'contractual necessity', 'necessary for a contract', 'contractual'],
  legal_obligation: ['legal obligations', 'compliance with a legal obligation', 'legal requirement', 'legal requirements', 'statutory obligation', 'required by law'],
  vital_interests: ['vital interest'],
  public_task: ['public interest', 'official authority', 'public interest or official authority', 'task in the public interest'],
  legitimate_interests: ['legitimate interest'],
};
const BASES = vocabularyLookup(LEGAL_BASES, BASIS_PHRASES);
const BASIS_BY_LETTER: Record<string, LegalBasis> = {
  a: 'consent',
  b: 'contract',
  c: 'legal_obligation',
  d: 'vital_interests',
  e: 'public_task',
  f: 'legitimate_interests',
};

/** "Contract", "legitimate_interests", "Consent (Art. 6(1)(a))", "Art. 6(1)(f)", "Art. 6 Abs. 1 lit. b", "6.1.c". */
export function parseLegalBasis(text: string): Parsed<LegalBasis> {
  // "Legitimate interest(s)": the plural as people hedge it.
  const normal = normaliseValue(text.replace(/\(s\)/gi, 's'));
  const named = BASES.get(normal);
  if (named) return ok(named);
  const letter = /(?:^|\s)6 (?:1|abs 1|para 1|paragraph 1) (?:lit |letter )?([a-f])(?:\s|$)/.exec(normal)?.[1];
  if (letter) return ok(BASIS_BY_LETTER[letter]!);
  const withoutArticle = BASES.get(normal.replace(/\s*\b(?:art|article)\b.*$/, ''));
  if (withoutArticle) return ok(withoutArticle);
  return fail(
    `Unknown legal basis ${quote(text)}: use Consent, Contract, Legal obligation, Vital interests, Public task or Legitimate interests (or Art. 6(1)(a) to (f)).`,
  );
}

// ---------------------------------------------------------------- retention

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const UNIT_WORDS: Record<string, [RetentionUnit, number]> = {
  d: ['days', 1], day: ['days', 1], days: ['days', 1],
  w: ['days', 7], wk: ['days', 7], wks: ['days', 7], week: ['days', 7], weeks: ['days', 7],
  m: ['months', 1], mo: ['months', 1], mos: ['months', 1], month: ['months', 1], months: ['months', 1],
  y: ['years', 1], yr: ['years', 1], yrs: ['years', 1], year: ['years', 1], years: ['years', 1],
};

export interface RetentionText {
  period: number | null;
  unit: RetentionUnit | null;
  /** What is left of the text once the period is read ("after the end of the contract"), or all of it. */
  rest: string;
}

/** "6 years", "90 days", "24 months", "1 year", "two weeks" (14 days), "6 years after the last order". Anything else is all rest. */
export function parseRetention(text: string): RetentionText {
  const trimmed = text.trim();
  const match = /^(\d{1,6}|[a-z]+)[\s-]*([a-z]+)\b\.?[\s,;:-]*(.*)$/is.exec(trimmed);
  if (match) {
    const count = /^\d+$/.test(match[1]!) ? Number(match[1]) : NUMBER_WORDS[match[1]!.toLowerCase()];
    const unit = UNIT_WORDS[match[2]!.toLowerCase()];
    if (count !== undefined && unit) return { period: count * unit[1], unit: unit[0], rest: match[3]!.trim() };
  }
  return { period: null, unit: null, rest: trimmed };
}

/** "6 years", "1 year": how the export writes a period, and parseRetention reads it back. */
export function formatRetention(period: number | null, unit: RetentionUnit | null): string {
  if (period === null || unit === null) return '';
  return `${period} ${period === 1 ? unit.slice(0, -1) : unit}`;
}

// ---------------------------------------------------------------- countries

const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'US', 'united states of america': 'US', 'u s a': 'US', america: 'US',
  uk: 'GB', 'united kingdom of great britain and northern ireland': 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  'czech republic': 'CZ', holland: 'NL', turkey: 'TR', turkiye: 'TR', korea: 'KR', 'republic of korea': 'KR', 'south korea': 'KR',
  'russian federation': 'RU', 'ivory coast': 'CI', uae: 'AE', emirates: 'AE', 'hong kong': 'HK', macau: 'MO', macao: 'MO', burma: 'MM', myanmar: 'MM',
  'vatican city': 'VA', vatican: 'VA', 'viet nam': 'VN', swaziland: 'SZ', 'cape verde': 'CV', 'east timor': 'TL',
};

let countryNames: Map<string, string> | undefined;

/** English country names from the runtime's own data (Intl.DisplayNames), built once. */
function countryLookup(): Map<string, string> {
  if (countryNames) return countryNames;
  const names = new Map<string, string>(Object.entries(COUNTRY_ALIASES));
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  for (const code of COUNTRY_CODES) {
    const name = display.of(code);
    if (!name || name === code) continue;
    names.set(normaliseValue(name), code);
    // "Myanmar (Burma)", "Hong Kong SAR China", "Congo - Kinshasa": also without the addition.
    const short = normaliseValue(name.replace(/\(.*\)|\bSAR\b.*$| - .*$/g, ''));
    if (short && !names.has(short)) names.set(short, code);
  }
  countryNames = names;
  return names;
}

/** "DE", "de", "Germany", "United States", "the Netherlands", "Côte d’Ivoire": the two-letter ISO code. */
export function parseCountry(text: string): Parsed<string> {
  const trimmed = text.trim();
  if (/^[a-z]{2}$/i.test(trimmed) && isCountryCode(trimmed.toUpperCase())) return ok(trimmed.toUpperCase());
  const normal = normaliseValue(trimmed).replace(/^the /, '');
  const code = countryLookup().get(normal);
  if (code) return ok(code);
  return fail(`Unknown country ${quote(trimmed)}: use a two-letter ISO code (e.g. DE, US) or the English name.`);
}

// ---------------------------------------------------------------- transfer mechanisms

/** A parser for one vocabulary: its codes, labels and the phrases people write; anything else is refused, naming the choices. */
function vocabularyParser<C extends string>(
  labels: Readonly<Record<C, string>>,
  phrases: Readonly<Record<C, readonly string[]>>,
  what: string,
  choices: string,
): (text: string) => Parsed<C> {
  const lookup = vocabularyLookup(labels, phrases);
  return (text) => {
    const code = lookup.get(normaliseValue(text));
    return code ? ok(code) : fail(`Unknown ${what} ${quote(text)}: use ${choices}.`);
  };
}

export const parseTransferMechanism = vocabularyParser<TransferMechanism>(
  TRANSFER_MECHANISMS,
  {
    adequacy: ['adequacy decision', 'adequate', 'art 45', 'article 45', 'data privacy framework', 'eu us data privacy framework', 'dpf'],
    scc: ['sccs', 'standard contractual clauses', 'standard contractual clause', 'model clauses', 'eu model clauses', 'art 46 2 c', 'article 46 2 c'],
    bcr: ['bcrs', 'binding corporate rules', 'art 47', 'article 47'],
    derogation: ['derogations', 'art 49', 'article 49', 'derogation art 49'],
    other: ['other safeguard', 'other appropriate safeguard', 'other appropriate safeguards', 'art 46', 'article 46'],
  },
  'transfer mechanism',
  'Adequacy, SCC, BCR, Derogation or Other',
);

// ---------------------------------------------------------------- sources, status, dates

export const parseSource = vocabularyParser<DataSource>(
  DATA_SOURCES,
  {
    subject: ['from the person', 'the person', 'person', 'data subject', 'from the data subject', 'directly', 'direct', 'individual'],
    automatic: ['automatically', 'collected automatically', 'automated', 'devices', 'cookies', 'logs'],
    third_party: ['third parties', 'from a third party', 'from third parties', '3rd party', 'third party source'],
    public: ['public sources', 'from public sources', 'publicly available'],
  },
  'data source',
  'From the person, Automatic, Third party or Public',
);

export const parseStatus = vocabularyParser<ActivityStatus>(
  ACTIVITY_STATUSES,
  {
    draft: ['planned', 'proposed', 'in preparation', 'new'],
    active: ['in use', 'live', 'current', 'ongoing'],
    retired: ['ended', 'inactive', 'discontinued', 'stopped', 'archived'],
  },
  'status',
  'Draft, Active or Retired',
);

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Day 0 of spreadsheet serial dates (1900 system, after Excel's leap-year quirk). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** "2026-11-29", "2026-11-29T00:00:00Z", "29.11.2026", or an Excel serial date (46355) as a CSV holds it: YYYY-MM-DD. */
export function parseDate(text: string): Parsed<string> {
  const trimmed = text.trim();
  let iso: string | null = null;
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(trimmed);
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  if (ymd) iso = isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  else if (dmy) iso = isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  else if (/^\d{5}(?:\.\d+)?$/.test(trimmed)) iso = new Date(SERIAL_EPOCH + Math.floor(Number(trimmed)) * 86_400_000).toISOString().slice(0, 10);
  return iso ? ok(iso) : fail(`${quote(trimmed)} is not a date: write it as 2026-11-29 or 29.11.2026.`);
}
