import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byOrder, ordersBetween, placeAllAt, placeAt, sortByOrder, type Ordered } from './order';

type Records = Map<string, Ordered>;

const clamp = (index: number, length: number) => Math.max(0, Math.min(index, length));
const idsOf = (records: Iterable<Ordered>) => sortByOrder(records).map((r) => r.id);
const isStrictlyIncreasing = (list: Ordered[]) => list.every((r, i) => i === 0 || list[i - 1]!.order < r.order);

/**
 * Place `ids` (existing records move, unknown ids are created) at `index` among the others,
 * as the operations do, and report what was written.
 */
function place(records: Records, ids: string[], index: number) {
  const moving = new Set(ids);
  const siblings = sortByOrder(records.values()).filter((r) => !moving.has(r.id));
  const items = ids.map((id) => records.get(id) ?? { id, order: 0 });
  const before = new Map([...records.values()].map((r) => [r.id, r.order]));
  const at = clamp(index, siblings.length);
  const plainFit = ordersBetween(siblings[at - 1]?.order, siblings[at]?.order, items.length) !== null;
  const respaced = placeAllAt(siblings, items, index).map((r) => r.id);
  for (const item of items) records.set(item.id, item);
  const written = [...records.values()].filter((r) => before.get(r.id) !== r.order).map((r) => r.id);
  return { written, respaced, plainFit };
}

/** The reference model: a plain array of ids. */
function modelPlace(model: string[], ids: string[], index: number): string[] {
  const rest = model.filter((id) => !ids.includes(id));
  rest.splice(clamp(index, rest.length), 0, ...ids);
  return rest;
}

type Op =
  | { kind: 'insert'; index: number; count: number }
  | { kind: 'run'; index: number; count: number }
  | { kind: 'move'; picks: number[]; index: number }
  | { kind: 'remove'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), index: fc.nat(12), count: fc.integer({ min: 1, max: 3 }) }) },
  // One insert after another, each right after the previous one: halves the same gap until
  // the doubles run out, so the respacing fallback gets exercised.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('run' as const), index: fc.nat(12), count: fc.integer({ min: 30, max: 70 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('move' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), index: fc.nat(12) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }) },
);

/** How often the respacing fallback ran, so the tests can tell that they reached it. */
let respacings = 0;

/** Apply one op to the records and return the new model, checking what the op wrote. */
function apply(records: Records, model: string[], op: Op, fresh: () => string): string[] {
  const placeChecked = (current: string[], ids: string[], index: number) => {
    const { written, respaced, plainFit } = place(records, ids, index);
    // Only the placed records are written, unless the plain placement did not fit.
    expect(written.filter((id) => !ids.includes(id)).sort()).toEqual([...respaced].sort());
    if (respaced.length > 0) {
      expect(plainFit).toBe(false);
      respacings++;
    }
    return modelPlace(current, ids, index);
  };
  if (op.kind === 'insert') return placeChecked(model, Array.from({ length: op.count }, fresh), op.index);
  if (op.kind === 'run') {
    let next = model;
    for (let i = 0; i < op.count; i++) next = placeChecked(next, [fresh()], op.index + i);
    return next;
  }
  if (model.length === 0) return model;
  if (op.kind === 'remove') {
    const id = model[op.pick % model.length]!;
    const before = new Map([...records.values()].map((r) => [r.id, r.order]));
    records.delete(id);
    // Removal rewrites nothing: gaps are fine.
    expect([...records.values()].every((r) => before.get(r.id) === r.order)).toBe(true);
    return model.filter((m) => m !== id);
  }
  const ids = [...new Set(op.picks.map((p) => model[p % model.length]!))];
  return placeChecked(model, ids, op.index);
}

describe('ordersBetween', () => {
  it('takes the midpoint, steps of 1 at the ends and 0.. in an empty list', () => {
    expect(ordersBetween(undefined, undefined, 1)).toEqual([0]);
    expect(ordersBetween(undefined, undefined, 3)).toEqual([0, 1, 2]);
    expect(ordersBetween(undefined, 5, 1)).toEqual([4]);
    expect(ordersBetween(undefined, 5, 2)).toEqual([3, 4]);
    expect(ordersBetween(5, undefined, 2)).toEqual([6, 7]);
    expect(ordersBetween(0, 1, 1)).toEqual([0.5]);
    expect(ordersBetween(0, 1, 3)).toEqual([0.25, 0.5, 0.75]);
    expect(ordersBetween(0, 1, 0)).toEqual([]);
  });

  it('is null when no distinct numbers fit', () => {
    expect(ordersBetween(1, 1, 1)).toBeNull();
    expect(ordersBetween(2, 1, 1)).toBeNull();
    expect(ordersBetween(1, 1 + Number.EPSILON, 1)).toBeNull();
    expect(ordersBetween(1, 1 + 2 * Number.EPSILON, 2)).toBeNull();
    expect(ordersBetween(2 ** 53, undefined, 1)).toBeNull();
    expect(ordersBetween(-Number.MAX_VALUE, Number.MAX_VALUE, 1)).toBeNull();
  });

  it('gives increasing numbers strictly between its bounds, or null', () => {
    const bound = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: undefined });
    fc.assert(
      fc.property(bound, bound, fc.integer({ min: 0, max: 20 }), (before, after, count) => {
        const orders = ordersBetween(before, after, count);
        if (!orders) return;
        expect(orders).toHaveLength(count);
        const all = [before ?? -Infinity, ...orders, after ?? Infinity];
        expect(all.every((o, i) => i === 0 || all[i - 1]! < o)).toBe(true);
      }),
    );
  });
});

describe('placing among siblings', () => {
  it('keeps a strict order matching an array model, writing only what it places', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        const records: Records = new Map();
        let model: string[] = [];
        let n = 0;
        for (const op of ops) {
          model = apply(records, model, op, () => `r${n++}`);
          const sorted = sortByOrder(records.values());
          expect(sorted.map((r) => r.id)).toEqual(model);
          expect(isStrictlyIncreasing(sorted)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
    // The fallback must have been exercised for the check above to mean something.
    expect(respacings).toBeGreaterThan(0);
  });

  it('keeps matching the model from any starting orders, ties included', () => {
    const start = fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true, noDefaultInfinity: true })), { maxLength: 12 });
    fc.assert(
      fc.property(start, fc.array(opArb, { maxLength: 15 }), (orders, ops) => {
        const records: Records = new Map(orders.map((order, i) => [`s${i}`, { id: `s${i}`, order }]));
        let model = idsOf(records.values());
        let n = 0;
        for (const op of ops) {
          model = apply(records, model, op, () => `r${n++}`);
          expect(idsOf(records.values())).toEqual(model);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('respaces only the tied run when inserting between equal orders', () => {
    const records: Records = new Map(
      [{ id: 'a', order: 0 }, { id: 'b', order: 1 }, { id: 'c', order: 1 }, { id: 'd', order: 2 }].map((r) => [r.id, r]),
    );
    const { written, respaced } = place(records, ['x'], 2);
    expect(idsOf(records.values())).toEqual(['a', 'b', 'x', 'c', 'd']);
    expect(respaced.sort()).toEqual(['b', 'c']);
    expect(written.sort()).toEqual(['b', 'c', 'x']);
    expect(isStrictlyIncreasing(sortByOrder(records.values()))).toBe(true);
  });

  it.each([
    // Just before the last record: the gap next to it halves every time.
    ['before the last', (size: number) => size - 1],
    // The middle: the worst case for how far a respacing has to reach.
    ['in the middle', (size: number) => Math.floor(size / 2)],
  ])('survives a thousand inserts %s, respacing rarely', (_, indexFor) => {
    const records: Records = new Map([{ id: 'first', order: 0 }, { id: 'last', order: 1 }].map((r) => [r.id, r]));
    const model = ['first', 'last'];
    let respacings = 0;
    let rewritten = 0;
    for (let i = 0; i < 1000; i++) {
      const index = indexFor(records.size);
      const { respaced } = place(records, [`r${i}`], index);
      model.splice(index, 0, `r${i}`);
      if (respaced.length > 0) respacings++;
      rewritten += respaced.length;
    }
    const sorted = sortByOrder(records.values());
    expect(sorted.map((r) => r.id)).toEqual(model);
    expect(isStrictlyIncreasing(sorted)).toBe(true);
    expect(respacings).toBeLessThan(100);
    expect(rewritten / 1000).toBeLessThan(4);
  });
});

describe('concurrent edits', () => {
  const siblingsArb = fc
    .uniqueArray(fc.integer({ min: -1000, max: 1000 }), { maxLength: 10 })
    .map((orders) => orders.sort((a, b) => a - b).map((order, i) => ({ id: `s${i}`, order })));

  /** Each side places its own copy of the records; the merge takes every record's last write. */
  function merge(base: Ordered[], ...sides: Ordered[][]): Ordered[] {
    const merged = new Map(base.map((r) => [r.id, { ...r }]));
    const original = new Map(base.map((r) => [r.id, r.order]));
    for (const side of sides) for (const r of side) if (original.get(r.id) !== r.order) merged.set(r.id, { ...r });
    return sortByOrder(merged.values());
  }

  it('keeps both of two inserts computed from the same siblings, each in its gap', () => {
    fc.assert(
      fc.property(siblingsArb, fc.nat(11), fc.nat(11), fc.boolean(), (siblings, i, j, swap) => {
        const [idA, idB] = swap ? ['b-new', 'a-new'] : ['a-new', 'b-new'];
        const sideA = siblings.map((r) => ({ ...r }));
        const sideB = siblings.map((r) => ({ ...r }));
        const a = { id: idA, order: 0 };
        const b = { id: idB, order: 0 };
        placeAt(sideA, a, i);
        placeAt(sideB, b, j);
        const merged = merge(siblings, [...sideA, a], [...sideB, b]);
        const ids = merged.map((r) => r.id);
        expect(ids.filter((id) => id !== idA && id !== idB)).toEqual(siblings.map((r) => r.id));
        // Each new record has as many old siblings before it as its author asked for.
        const olderBefore = (id: string) => ids.slice(0, ids.indexOf(id)).filter((x) => x.startsWith('s')).length;
        expect(olderBefore(idA)).toBe(clamp(i, siblings.length));
        expect(olderBefore(idB)).toBe(clamp(j, siblings.length));
        // A total order: no two records compare equal.
        expect(merged.every((r, k) => k === 0 || byOrder(merged[k - 1]!, r) < 0)).toBe(true);
      }),
    );
  });

  it('lets a later insert go between two concurrent ones that tied', () => {
    const siblings = [{ id: 's0', order: 0 }, { id: 's1', order: 1 }];
    const a = { id: 'a', order: 0 };
    const b = { id: 'b', order: 0 };
    placeAt(siblings.map((r) => ({ ...r })), a, 1);
    placeAt(siblings.map((r) => ({ ...r })), b, 1);
    expect(a.order).toBe(b.order);
    const records: Records = new Map([...siblings, a, b].map((r) => [r.id, r]));
    const { respaced } = place(records, ['x'], 2);
    expect(idsOf(records.values())).toEqual(['s0', 'a', 'x', 'b', 's1']);
    expect(respaced.sort()).toEqual(['a', 'b']);
  });

  it('keeps two concurrent moves of different records apart', () => {
    fc.assert(
      fc.property(siblingsArb.filter((s) => s.length >= 2), fc.nat(), fc.nat(), fc.nat(11), fc.nat(11), (siblings, p, q, i, j) => {
        const x = siblings[p % siblings.length]!.id;
        const y = siblings[q % siblings.length]!.id;
        fc.pre(x !== y);
        const move = (id: string, index: number) => {
          const side = siblings.map((r) => ({ ...r }));
          const item = side.find((r) => r.id === id)!;
          const others = side.filter((r) => r !== item);
          const at = clamp(index, others.length);
          placeAt(others, item, index);
          return { side, neighbours: [others[at - 1]?.id, others[at]?.id] };
        };
        const moveX = move(x, i);
        const moveY = move(y, j);
        const merged = merge(siblings, moveX.side, moveY.side);
        const ids = merged.map((r) => r.id);
        expect([...ids].sort()).toEqual(siblings.map((r) => r.id).sort());
        const unmoved = siblings.map((r) => r.id).filter((id) => id !== x && id !== y);
        expect(ids.filter((id) => id !== x && id !== y)).toEqual(unmoved);
        // Where the other move did not take away a neighbour, the record sits between its neighbours.
        const orderOf = (id: string | undefined) => merged.find((r) => r.id === id)?.order;
        for (const [id, { neighbours }] of [[x, moveX], [y, moveY]] as const) {
          if (neighbours.includes(id === x ? y : x)) continue;
          const [before, after] = neighbours.map(orderOf);
          expect(orderOf(id)!).toBeGreaterThan(before ?? -Infinity);
          expect(orderOf(id)!).toBeLessThan(after ?? Infinity);
        }
      }),
    );
  });
});
