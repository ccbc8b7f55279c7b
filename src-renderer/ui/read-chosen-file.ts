/** Why a chosen file could not be read, for the person who chose it. */
export const UNREADABLE_FILE = 'The file could not be read: it may have been moved, deleted or locked by another program. Choose it again.';

/** Reads a file the person chose with `read`; null when the browser cannot read it any more. */
export async function readChosenFile<T>(file: File, read: (file: File) => Promise<T>): Promise<T | null> {
  try {
    return await read(file);
  } catch {
    return null;
  }
}
