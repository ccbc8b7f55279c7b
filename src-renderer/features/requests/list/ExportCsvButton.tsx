import { Button, Tooltip } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { call, type CallInput } from '../../../app/api';
import { base64ToBlob } from '../../../ui/base64';
import { notifyError } from '../../../ui/notify';
import { offerExport, PLAINTEXT_WARNING } from '../../../ui/offer-export';

/** The filtered list as CSV (no requester details), offered as a download. */
export function ExportCsvButton({ query }: { query: CallInput<'requests.exportCsv'> }) {
  const [exporting, setExporting] = useState(false);

  async function exportList() {
    setExporting(true);
    const result = await call('requests.exportCsv', query);
    setExporting(false);
    if (!result.ok) return notifyError(result.error);
    const { fileName, contentBase64, mimeType } = result.value;
    offerExport(fileName, base64ToBlob(contentBase64, mimeType));
  }

  return (
    <Tooltip label={PLAINTEXT_WARNING} multiline w={260}>
      <Button variant="default" leftSection={<IconFileTypeCsv size={16} />} loading={exporting} onClick={() => void exportList()}>
        Export CSV
      </Button>
    </Tooltip>
  );
}
