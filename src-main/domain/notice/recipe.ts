import type { ReportDocument } from './document';
import { buildReport } from './index';
import type { ReportInputs } from './inputs';
import type { ReportName, ReportOptions } from './options';

/**
 * What a report is made from, once read from the workspace: plain data that a render child
 * composes itself, so the document and the garbage of composing it never weigh on the main process.
 * The audit log's head is read with the input, so the PDF can be tied to the log as it stood.
 */
export type ReportRecipe = {
  [N in ReportName]: { name: N; input: ReportInputs[N]; options: ReportOptions; generatedAt: Date; auditHead: { seq: number; hash: string } };
}[ReportName];

/** The report's document, with the audit log's head on its cover (the entry logging the report follows it). */
export function composeReport(recipe: ReportRecipe): ReportDocument {
  const { name, input, options, generatedAt, auditHead } = recipe;
  const document = buildReport(name, input as ReportInputs[typeof name], options, generatedAt);
  // In groups of 16, as fingerprints are printed: the line wraps between groups, and a reader can compare it by eye.
  const hash = auditHead.hash.match(/.{1,16}/g)!.join(' ');
  return { ...document, cover: [...document.cover, { label: 'Audit log head', value: `entry ${auditHead.seq}, sha256 ${hash}` }] };
}
