/**
 * A report's whole text, one line per title, paragraph, list item, field and table row: what tests
 * search, and what pdftotext of the rendered PDF must contain.
 */
import type { Block, ReportDocument } from './document';

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
    case 'subheading':
    case 'missing':
      return [block.text];
    case 'list':
      return block.items;
    case 'fields':
      return block.rows.map((r) => `${r.label}: ${r.value}`);
    case 'table':
      return [block.columns.map((c) => c.header).join(' | '), ...block.rows.map((row) => row.join(' | '))];
    case 'chart':
      return [block.chart.title, block.chart.categories.join(' | '), ...block.chart.series.map((s) => `${s.name}: ${s.values.join(' ')}`)];
  }
}

export function documentText(doc: ReportDocument): string {
  return [
    doc.title,
    doc.subtitle,
    doc.organisation,
    doc.generatedAt,
    ...doc.cover.map((c) => `${c.label}: ${c.value}`),
    ...doc.sections.flatMap((s) => [s.title, ...s.blocks.flatMap(blockLines)]),
  ].join('\n');
}

/** The texts of the 'missing' blocks: what the workspace still lacks. */
export function missingTexts(doc: ReportDocument): string[] {
  return doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'missing' ? [b.text] : [])));
}
