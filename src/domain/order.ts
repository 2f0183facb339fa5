/** Helpers for records that carry an `order` field and are shown sorted by it. */

export interface Ordered {
  id: string;
  order: number;
}

export function byOrder<T extends Ordered>(a: T, b: T): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sortByOrder<T extends Ordered>(items: Iterable<T>): T[] {
  return [...items].sort(byOrder);
}

/**
 * Put `item` at `index` among `siblings` (sorted, not containing item) and renumber
 * every record whose position changed. Only changed records are written, so a move
 * touches as few rows as possible.
 */
export function placeAt<T extends Ordered>(siblings: T[], item: T, index: number): void {
  const clamped = Math.max(0, Math.min(index, siblings.length));
  const list = [...siblings];
  list.splice(clamped, 0, item);
  list.forEach((entry, i) => {
    if (entry.order !== i) entry.order = i;
  });
}

/** Renumber 0..n-1 after a removal, writing only what changed. */
export function compact<T extends Ordered>(items: T[]): void {
  sortByOrder(items).forEach((entry, i) => {
    if (entry.order !== i) entry.order = i;
  });
}
