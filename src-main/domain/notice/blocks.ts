/** Small builders the report functions share, so every report writes blocks, names and gaps alike. */
import { transferStatus } from '../countries';
import type { Organisation } from '../inventory/records';
import type { Block, Column, ReportDocument, Section } from './document';
import { dateFormats, type DateFormats, type ReportOptions } from './options';

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const subheading = (text: string): Block => ({ kind: 'subheading', text });
export const missing = (text: string): Block => ({ kind: 'missing', text });
export const list = (items: string[]): Block => ({ kind: 'list', items });
export const fields = (rows: [label: string, value: string][]): Block => ({ kind: 'fields', rows: rows.map(([label, value]) => ({ label, value })) });

/** A table from [header, relative width, align?] columns. */
export function table(columns: [header: string, width: number, align?: 'right'][], rows: string[][]): Block {
  return { kind: 'table', columns: columns.map(([header, width, align]): Column => (align ? { header, width, align } : { header, width })), rows };
}

export const section = (title: string, level: 1 | 2, blocks: Block[]): Section => ({ title, level, blocks });

const regions = new Intl.DisplayNames('en', { type: 'region' });

/** Names by code: Intl's lookup is slow next to the rest of a record of thousands of activities, and a code's name never changes. */
const countryNames = new Map<string, string>();

/** "United States (US)": the English name with the code an auditor can check; the code alone when Intl has no name. */
export function countryName(code: string): string {
  let named = countryNames.get(code);
  if (named === undefined) {
    let name: string | undefined;
    try {
      name = regions.of(code);
    } catch {
      name = undefined;
    }
    named = name && name !== code ? `${name} (${code})` : code;
    countryNames.set(code, named);
  }
  return named;
}

/** Outside the EEA: a transfer under Chapter V GDPR (Art. 44) needs a basis there. */
export const isThirdCountry = (code: string): boolean => transferStatus(code) !== 'eea';

/** Each value once, in first-seen order, blanks dropped. */
export function unique(values: Iterable<string>): string[] {
  return [...new Set([...values].map((v) => v.trim()).filter((v) => v !== ''))];
}

export const joined = (values: readonly string[], none = '—'): string => (values.length === 0 ? none : values.join(', '));

export const orDash = (value: string | null | undefined): string => (value === null || value === undefined || value.trim() === '' ? '—' : value);

/** How a report names the organisation when the profile has no name yet. */
export const UNNAMED_ORGANISATION = 'Organisation (name not recorded)';

/** The frame every report shares: title, organisation, generation time in the chosen language, cover lines. */
export function reportFrame(
  organisation: Pick<Organisation, 'name' | 'timeZone'>,
  options: ReportOptions,
  generatedAt: Date,
  describe: (formats: DateFormats) => { title: string; subtitle: string; subject: string; cover: [label: string, value: string][] },
): { formats: DateFormats; frame: (sections: Section[]) => ReportDocument } {
  const formats = dateFormats(options.dateLocale, organisation.timeZone);
  const parts = describe(formats);
  const name = organisation.name.trim() === '' ? UNNAMED_ORGANISATION : organisation.name;
  return {
    formats,
    frame: (sections) => ({
      title: parts.title,
      subtitle: parts.subtitle,
      organisation: name,
      subject: parts.subject,
      generatedAt: formats.instant(generatedAt),
      generatedInstant: generatedAt,
      cover: parts.cover.map(([label, value]) => ({ label, value })),
      sections,
    }),
  };
}
