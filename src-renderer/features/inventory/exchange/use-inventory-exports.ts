import { useState } from 'react';
import { call, type Result } from '../../../app/api';
import { base64ToBlob } from '../../../ui/base64';
import { notifyError } from '../../../ui/notify';
import { offerExport } from '../../../ui/offer-export';

export type SheetFormat = 'csv' | 'xlsx';

/** The exports of the Inventory: each asks the main process for the file, then offers it as a download. */
export function useInventoryExports() {
  const [exporting, setExporting] = useState(false);

  async function run<T>(request: Promise<Result<T>>, toFile: (value: T) => { fileName: string; content: Blob }) {
    setExporting(true);
    const result = await request;
    setExporting(false);
    if (!result.ok) {
      notifyError(result.error);
      return;
    }
    const { fileName, content } = toFile(result.value);
    offerExport(fileName, content);
  }

  return {
    exporting,
    exportActivities: (format: SheetFormat) =>
      run(call('inventory.spreadsheet.export', { format, archived: 'active' }), (file) => ({
        fileName: file.fileName,
        content: base64ToBlob(file.contentBase64, file.mimeType),
      })),
    exportInventory: () =>
      run(call('inventory.exportJson', {}), (file) => ({ fileName: file.fileName, content: new Blob([file.content], { type: 'application/json' }) })),
  };
}
