/**
 * A report as plain data, before any PDF: what each report says is decided by pure functions
 * in domain/notice (and tested on this model), how it looks by the layout kit in reports/.
 * Every string is final text: dates are already formatted in the report's language.
 */

/** A table column; widths are relative (a column of width 2 is twice as wide as one of width 1). */
export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

export interface BarChart {
  type: 'bar';
  title: string;
  /** The labels along the horizontal axis. */
  categories: string[];
  /** One value per category in each series; several series are stacked. */
  series: { name: string; values: number[] }[];
}

export interface LineChart {
  type: 'line';
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
}

export type Chart = BarChart | LineChart;

export type Block =
  | { kind: 'paragraph'; text: string }
  /** A heading inside a section; not listed in the contents. */
  | { kind: 'subheading'; text: string }
  | { kind: 'list'; items: string[] }
  /** Label and value pairs, such as a controller's contact details. */
  | { kind: 'fields'; rows: { label: string; value: string }[] }
  /** Rows wrap long text, and the header repeats on every page the table spans. */
  | { kind: 'table'; columns: Column[]; rows: string[][] }
  | { kind: 'chart'; chart: Chart }
  /** Something the report needs but the workspace does not hold yet: printed as a marked note, never left out silently. */
  | { kind: 'missing'; text: string };

export interface Section {
  title: string;
  /** 1 starts on a new page; 2 follows on the same page. Both are listed in the contents. */
  level: 1 | 2;
  blocks: Block[];
}

export interface ReportDocument {
  /** Report title: on the cover, in the running header and in the PDF metadata. */
  title: string;
  subtitle: string;
  /** The organisation's name: on the cover and in the running header; the PDF's author. */
  organisation: string;
  /** The PDF metadata's subject. */
  subject: string;
  /** When the report was generated, as the cover and footer print it (already formatted). */
  generatedAt: string;
  /** The same instant for the PDF metadata (creation and modification dates). */
  generatedInstant: Date;
  /** Label and value lines on the cover, after the title: period, scope, options. */
  cover: { label: string; value: string }[];
  sections: Section[];
}
