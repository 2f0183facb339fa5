// Merging one person's text edit into text that others may have changed since they started.
// The person's edit is the one changed region between what they started from (`base`) and what
// they wrote (`mine`); it is moved to where that region now is in `current`. Insertions made by
// others elsewhere stay, as a text CRDT keeps them when both type live.

export interface TextEdit {
  index: number;
  deleteCount: number;
  insert: string;
}

/** The single region where `to` differs from `from`: [start, fromEnd) in `from` became [start, toEnd) in `to`. */
export function changedRegion(from: string, to: string): { start: number; fromEnd: number; toEnd: number } {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let fromEnd = from.length;
  let toEnd = to.length;
  while (fromEnd > start && toEnd > start && from.charCodeAt(fromEnd - 1) === to.charCodeAt(toEnd - 1)) {
    fromEnd--;
    toEnd--;
  }
  return { start, fromEnd, toEnd };
}

/** The edit to apply to `current` so that it carries the change from `base` to `mine`. */
export function mergeText(base: string, mine: string, current: string): TextEdit {
  const own = changedRegion(base, mine);
  const insert = mine.slice(own.start, own.toEnd);
  if (base === current) return { index: own.start, deleteCount: own.fromEnd - own.start, insert };
  const theirs = changedRegion(base, current);
  const shift = theirs.toEnd - theirs.fromEnd;
  // A position in `base` as it is in `current`; inside their changed region it lands after it.
  const map = (x: number) => (x <= theirs.start ? x : x >= theirs.fromEnd ? x + shift : theirs.toEnd);
  const index = Math.min(map(own.start), current.length);
  const end = Math.max(index, Math.min(map(own.fromEnd), current.length));
  return { index, deleteCount: end - index, insert };
}
