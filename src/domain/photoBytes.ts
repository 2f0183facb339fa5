// The bytes behind a persona photo Blob. Reading a Blob is asynchronous, but an edit is written
// to its document synchronously; whoever makes a photo Blob from bytes (the photo resizer, the
// importer, the document reader) remembers them here, so the edit can store them at once.
const known = new WeakMap<Blob, Uint8Array>();

export function rememberPhotoBytes(blob: Blob, bytes: Uint8Array): void {
  known.set(blob, bytes);
}

export function photoBytesOf(blob: Blob): Uint8Array | undefined {
  return known.get(blob);
}

/** A Blob of these bytes whose bytes are known from the start. */
export function photoBlobFromBytes(bytes: Uint8Array, type: string): Blob {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  known.set(blob, bytes);
  return blob;
}

/** Read a Blob's bytes once and remember them. */
export async function loadPhotoBytes(blob: Blob): Promise<Uint8Array> {
  const cached = known.get(blob);
  if (cached) return cached;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  known.set(blob, bytes);
  return bytes;
}
