// A URL typed by a user becomes a link only if it is web or mail: never javascript:, data:,
// file: or anything else a browser would run or open silently.

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** The URL to put in an href, or null when it must stay plain text. */
export function safeHref(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  // Control characters and whitespace inside a scheme ("java\tscript:") are stripped by
  // browsers when parsing; refuse them instead of guessing.
  if (/[\u0000-\u001f\u007f]/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!ALLOWED.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  return url.href;
}
