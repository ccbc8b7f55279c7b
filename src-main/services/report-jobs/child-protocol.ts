import type { ReportDocument } from '../../domain/notice/document';

/**
 * What the main process sends a render child, once: one plain document to lay out. Never the
 * workspace, its path or its key: the child holds only what the report prints.
 */
export interface RenderTask {
  document: ReportDocument;
  fontsDir: string | undefined;
}

/** What a render child answers: progress, then the PDF (with the child's peak memory) or the reason it failed. */
export type ChildMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; pdf: Uint8Array; peakRssBytes: number }
  | { type: 'failed'; message: string };
