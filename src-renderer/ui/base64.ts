/**
 * Files as base64 text, the way the contract carries them. Encoded in chunks:
 * one String.fromCharCode call per 24 KiB keeps clear of the engine's argument
 * limit, and a chunk size divisible by 3 lets the pieces join without padding.
 */
const CHUNK_BYTES = 3 * 8 * 1024;

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(start, start + CHUNK_BYTES))));
  }
  return parts.join('');
}

export function base64ToBlob(base64: string, type: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type });
}
