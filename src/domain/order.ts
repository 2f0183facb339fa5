/**
 * Helpers for records that carry an `order` field and are shown sorted by it.
 *
 * `order` is a fractional index, not a position: the records are merged field by field
 * (last writer wins per field), so two people who renumbered the same siblings at once
 * would leave mixed, duplicated numbers. Placing an item therefore writes only that item,
 * with an order strictly between its new neighbours; siblings keep theirs, and removals
 * leave gaps. Any set of numbers is a valid state, because `byOrder` breaks ties by id.
 * Only when no number fits between two neighbours are a few siblings respaced (see
 * `placeAllAt`): after equal orders from concurrent inserts, or dozens of inserts at one spot.
 */

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
 * `count` increasing orders strictly between `before` and `after` (undefined: no neighbour
 * on that side): evenly spread between two neighbours, steps of 1 beyond the first or last,
 * 0, 1, … in an empty list. Null when no such numbers exist: the neighbours are equal (two
 * concurrent inserts at one place) or too close for distinct doubles.
 */
export function ordersBetween(before: number | undefined, after: number | undefined, count: number): number[] | null {
  const orders = Array.from({ length: count }, (_, i) => {
    if (before === undefined) return after === undefined ? i : after - count + i;
    if (after === undefined) return before + 1 + i;
    return before + ((after - before) * (i + 1)) / (count + 1);
  });
  // Rounding decides whether the numbers really are distinct, so check instead of predicting.
  let previous = before ?? -Infinity;
  for (const order of orders) {
    if (!Number.isFinite(order) || !(order > previous)) return null;
    previous = order;
  }
  return after === undefined || previous < after ? orders : null;
}

/**
 * How much wider than the doubles' resolution a respaced gap must be: room for about 20
 * halvings, so inserts that keep hitting one spot respace now and then, not every time.
 */
const ROOM = Number.EPSILON * 2 ** 20;

/**
 * Whether respacing a run to `orders` leaves room. Longer runs must be spread wider (the
 * list-labelling trick): a fixed bar would leave every respaced run just at the bar, and the
 * next respacing nearby would have to reach past it, wider each time.
 */
function roomy(orders: number[], before: number | undefined, after: number | undefined): boolean {
  const all = [before, ...orders, after].filter((order) => order !== undefined);
  const scale = all.reduce((max, order) => Math.max(max, Math.abs(order)), 1);
  return all.every((order, i) => i === 0 || order - all[i - 1]! >= scale * ROOM * orders.length);
}

/**
 * Put `items` (in this order) at `index` among `siblings` (sorted by `byOrder`, not
 * containing the items). Only the items get new orders. In the rare case that they do not
 * fit between their neighbours (equal orders from concurrent inserts, or doubles worn thin
 * by many inserts at one spot) the nearest siblings are respaced too, evenly, on a run that
 * doubles until its gaps leave room; a run reaching both ends always fits, as 0..n-1.
 * Records whose order does not change are not written. Returns the siblings that were
 * rewritten, usually none.
 */
export function placeAllAt<T extends Ordered>(siblings: T[], items: T[], index: number): T[] {
  const at = Math.max(0, Math.min(Math.trunc(index) || 0, siblings.length));
  for (let reach = 0; ; reach = reach * 2 || 1) {
    const lo = Math.max(0, at - reach);
    const hi = Math.min(siblings.length, at + reach);
    const before = siblings[lo - 1]?.order;
    const after = siblings[hi]?.order;
    const orders = ordersBetween(before, after, hi - lo + items.length);
    const whole = lo === 0 && hi === siblings.length;
    if (!orders || (reach > 0 && !whole && !roomy(orders, before, after))) continue;
    const run = [...siblings.slice(lo, at), ...items, ...siblings.slice(at, hi)];
    const respaced: T[] = [];
    run.forEach((record, i) => {
      if (record.order === orders[i]) return;
      record.order = orders[i]!;
      if (!items.includes(record)) respaced.push(record);
    });
    return respaced;
  }
}

/** `placeAllAt` for one item. */
export function placeAt<T extends Ordered>(siblings: T[], item: T, index: number): T[] {
  return placeAllAt(siblings, [item], index);
}
