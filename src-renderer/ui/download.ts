/** Long enough for the browser (or Electron's save dialog) to start reading the file. */
const KEEP_URL_MS = 60_000;

/**
 * Offers a file made in memory as a download: an object URL clicked through a
 * hidden `<a download>`. The browser mode saves it to the downloads folder;
 * Electron opens its save dialog. Nothing crosses the network.
 */
export function offerDownload(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
