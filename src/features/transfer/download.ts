// Files leave Tropa as downloads made in the page: a Blob, an object URL and a click on a
// temporary <a download>. Nothing is sent anywhere.

/** Characters that some file system refuses, and control characters. */
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;

/** yyyy-mm-dd in local time: the day the user sees on their calendar. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Buying a car: v2" on 2026-11-25 -> "Buying a car- v2 2026-11-25.json". */
export function fileNameFor(title: string, extension: string, now = new Date(), fallback = 'Tropa'): string {
  const base = title.replace(UNSAFE, '-').replace(/\s+/g, ' ').replace(/^[\s.-]+|[\s.]+$/g, '').slice(0, 80).trim();
  return `${base || fallback} ${localDate(now)}.${extension}`;
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
