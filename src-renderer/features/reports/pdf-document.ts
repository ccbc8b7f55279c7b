import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';

/**
 * pdf.js for the preview, kept inside the app: its worker is a bundled script of the app
 * (allowed by `worker-src 'self'`), and it reads only the bytes it is given. The reports embed
 * their fonts, so no standard fonts, character maps or WebAssembly decoders are ever fetched,
 * and nothing is evaluated from strings (`script-src 'self'` forbids it).
 */
function ensureWorker(): void {
  GlobalWorkerOptions.workerPort ??= new Worker(new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url), { type: 'module' });
}

export async function openPdf(pdf: Blob): Promise<PDFDocumentProxy> {
  ensureWorker();
  // pdf.js hands the buffer to its worker, so it gets a fresh copy each time.
  const data = new Uint8Array(await pdf.arrayBuffer());
  return getDocument({ data, useSystemFonts: false, disableFontFace: false, isEvalSupported: false, useWasm: false, enableXfa: false, stopAtErrors: false })
    .promise;
}

/** Draws one page into the canvas, `cssWidth` pixels wide on screen and sharp on dense displays. */
export async function drawPage(document: PDFDocumentProxy, pageNumber: number, canvas: HTMLCanvasElement, cssWidth: number): Promise<void> {
  const page = await document.getPage(pageNumber);
  const scale = cssWidth / page.getViewport({ scale: 1 }).width;
  const viewport = page.getViewport({ scale: scale * window.devicePixelRatio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${cssWidth}px`;
  canvas.style.height = `${Math.floor(viewport.height / window.devicePixelRatio)}px`;
  await page.render({ canvas, viewport }).promise;
}
