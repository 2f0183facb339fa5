/** The largest upload accepted; bigger files are refused before anything is read. */
export const MAX_PHOTO_MB = 15;
/** The stored portrait is at most this many pixels a side. */
export const PHOTO_SIZE_PX = 320;

export type PhotoProblem = { key: 'photo.notImage' } | { key: 'photo.tooLarge'; size: number } | { key: 'photo.unreadable' };

/**
 * Shrink an uploaded picture to a small JPEG in the browser. The original is never stored
 * and never sent anywhere.
 */
export async function preparePhoto(file: File): Promise<Blob | PhotoProblem> {
  if (!file.type.startsWith('image/')) return { key: 'photo.notImage' };
  if (file.size > MAX_PHOTO_MB * 1024 * 1024) return { key: 'photo.tooLarge', size: Math.round((file.size / 1024 / 1024) * 10) / 10 };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { key: 'photo.unreadable' };
  }
  const scale = Math.min(1, PHOTO_SIZE_PX / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) return { key: 'photo.unreadable' };
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  return blob ?? { key: 'photo.unreadable' };
}
