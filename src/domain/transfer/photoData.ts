// Persona photos travel inside the file as base64 data: URLs and come back as Blobs.

const CHUNK = 0x8000;

/**
 * A Blob as `data:<type>;base64,...`: a photo keeps its image type (JPEG when unknown); other
 * content (a font) names its type.
 */
export async function blobToDataUrl(blob: Blob, type?: string): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  const mime = type ?? (/^image\/(jpeg|png|webp|gif)$/.test(blob.type) ? blob.type : 'image/jpeg');
  return `data:${mime};base64,${btoa(binary)}`;
}

/** The bytes of a data: URL (already checked against PHOTO_DATA_URL). */
export function dataUrlToBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A data: URL (already checked against PHOTO_DATA_URL) as a Blob of its image type. */
export function dataUrlToBlob(dataUrl: string): Blob {
  const type = dataUrl.slice('data:'.length, dataUrl.indexOf(';'));
  return new Blob([dataUrlToBytes(dataUrl)], { type });
}
