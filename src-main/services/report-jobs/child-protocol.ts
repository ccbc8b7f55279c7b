import type { ReportDocument } from '../../domain/notice/document';
import type { ReportRecipe } from '../../domain/notice/recipe';

/**
 * What a child lays out: a document, or a report's recipe, which the child composes itself so that
 * the document (tens of megabytes for a large inventory) is never built in the main process.
 */
export type ReportSource = { document: ReportDocument } | { recipe: ReportRecipe };

/**
 * What the main process sends a render child, once: plain data to lay out. Never the workspace,
 * its path or its key: the child holds only what the report prints.
 */
export interface RenderTask {
  source: ReportSource;
  fontsDir: string | undefined;
}

/** What a render child answers: progress, then the PDF (with the child's peak memory) or the reason it failed. */
export type ChildMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; pdf: Uint8Array; peakRssBytes: number }
  | { type: 'failed'; message: string };
