import { Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { counted } from '../../ui/counted';
import { FailureAlert } from '../../ui/FailureAlert';
import { drawPage, openPdf } from './pdf-document';

/** How many pages the preview draws, and how wide each is on screen. */
const PREVIEW_PAGES = 3;
const PAGE_WIDTH = 272;

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; document: PDFDocumentProxy };

function PageCanvas({ document, pageNumber }: { document: PDFDocumentProxy; pageNumber: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    void drawPage(document, pageNumber, canvas, PAGE_WIDTH).then(() => setDrawn(true));
  }, [document, pageNumber]);
  return (
    <Paper shadow="sm" withBorder radius={0} style={{ overflow: 'hidden', lineHeight: 0 }}>
      <canvas ref={ref} role="img" aria-label={`Page ${pageNumber} of ${document.numPages}`} aria-busy={!drawn} width={PAGE_WIDTH} />
    </Paper>
  );
}

/** The first pages of a finished report, drawn by pdf.js in the app itself, with the page count. Keyed by the report, so a new one starts afresh. */
export function PdfPreview({ pdf }: { pdf: Blob }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    const opening = openPdf(pdf);
    opening.then(
      (document) => current && setLoaded({ state: 'ready', document }),
      (error: unknown) => current && setLoaded({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
      void opening.then((document) => document.destroy(), () => undefined);
    };
  }, [pdf]);

  if (loaded.state === 'loading') {
    return (
      <Center h={160}>
        <Loader aria-label="Drawing the preview" />
      </Center>
    );
  }
  if (loaded.state === 'failed') {
    return <FailureAlert title="The preview could not be drawn">{loaded.message} The PDF itself can still be saved.</FailureAlert>;
  }
  const { document } = loaded;
  const shown = Math.min(PREVIEW_PAGES, document.numPages);
  return (
    <Stack gap="sm">
      <Text size="sm" fw={500}>
        {counted(document.numPages, 'page', 'pages')}
        {document.numPages > shown ? `, the first ${shown} shown` : ''}
      </Text>
      <Group gap="md" align="flex-start" justify="center" p="md" bg="var(--mantine-color-default-hover)" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
        {Array.from({ length: shown }, (_, index) => (
          <PageCanvas key={index} document={document} pageNumber={index + 1} />
        ))}
      </Group>
    </Stack>
  );
}
