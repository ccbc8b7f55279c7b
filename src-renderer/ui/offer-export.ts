import { offerDownload } from './download';
import { notifyInfo } from './notify';

/** Offers an export as a download and reminds the person that the copy is not encrypted. */
export function offerExport(fileName: string, content: Blob): void {
  offerDownload(fileName, content);
  notifyInfo(`“${fileName}” is not encrypted: keep it safe and delete it once done.`, { title: 'Export ready' });
}

/** Shown beside an export button or menu entry. */
export const PLAINTEXT_WARNING = 'An export is a plaintext copy of personal data, outside the encrypted workspace.';
