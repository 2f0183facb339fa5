// Text that every part of Tropa can show and save: the board, the documents (Yjs writes
// UTF-8, where a lone surrogate cannot go) and the SVG picture (XML 1.0 allows no C0 control
// but tab, line feed and carriage return, and no U+FFFE or U+FFFF; encodeURIComponent throws
// on a lone surrogate). Such characters arrive from pastes (Word's manual line break is U+000B)
// and from hand-made files. Nothing visible is lost: the manual line break becomes a line
// break, a broken character becomes the replacement character, invisible controls go.

/**
 * C0 controls but \t \n \r, the two non-characters XML refuses, and surrogates without their
 * pair. No `u` flag: the pattern looks at UTF-16 code units, which is where a half pair lives.
 */
const UNSHOWABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const EVERY_UNSHOWABLE = new RegExp(UNSHOWABLE.source, 'g');

function replacement(char: string): string {
  if (char === '\u000B') return '\n';
  return char < ' ' ? '' : '\uFFFD';
}

/** `text` with every character that cannot be shown or saved replaced (or dropped). */
export function cleanText(text: string): string {
  // Nearly every text is already clean: then the same string comes back, not a copy.
  return UNSHOWABLE.test(text) ? text.replace(EVERY_UNSHOWABLE, replacement) : text;
}

/** A copy of `fields` with each text value cleaned; other values (numbers, null, lists) as they are. */
export function cleanFields<T extends object>(fields: T): T {
  const out = { ...fields } as Record<string, unknown>;
  for (const [key, value] of Object.entries(out)) if (typeof value === 'string') out[key] = cleanText(value);
  return out as T;
}
