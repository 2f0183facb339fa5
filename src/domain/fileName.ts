// File names for everything Tropa saves: the title, what part of it, and the day.

const FORBIDDEN_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** yyyy-mm-dd in the user's time zone. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * "Map title 2026-11-25.png": the title with characters that no file system accepts removed,
 * spaces collapsed, leading dots dropped (no hidden files), cut to a sane length.
 */
export function exportFileName(title: string, date: Date, extension: string, part = '', fallback = 'journey-map'): string {
  const clean = (text: string) =>
    text
      .replace(FORBIDDEN_IN_FILE_NAMES, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[.\s]+|[.\s]+$/g, '');
  const base = clean(title).slice(0, 80).trim() || fallback;
  const detail = clean(part).slice(0, 40).trim();
  return `${base}${detail ? ` - ${detail}` : ''} ${isoDate(date)}.${extension}`;
}

