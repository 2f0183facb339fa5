import { create } from 'zustand';

/**
 * Heights of the board's rows as laid out by the CSS grid, keyed by lane id ('' = the stage
 * header row). The mirrored sticky headers need them; the grid itself never does.
 */
interface RowHeightsState {
  heights: Record<string, number>;
  set(rowId: string, height: number): void;
  /** A row left the board (its map was closed, its lane deleted): forget it, so the record stays the board's size. */
  forget(rowId: string): void;
}

export const useRowHeights = create<RowHeightsState>((set) => ({
  heights: {},
  set: (rowId, height) =>
    set((s) => (s.heights[rowId] === height ? s : { heights: { ...s.heights, [rowId]: height } })),
  forget: (rowId) =>
    set((s) => {
      if (!(rowId in s.heights)) return s;
      const { [rowId]: _gone, ...heights } = s.heights;
      return { heights };
    }),
}));

// One observer for every row: cheaper than one per header on a big map.
let observer: ResizeObserver | null = null;
const rowOf = new WeakMap<Element, string>();

export function observeRow(element: HTMLElement, rowId: string): () => void {
  const forget = () => useRowHeights.getState().forget(rowId);
  if (typeof ResizeObserver === 'undefined') return forget;
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const id = rowOf.get(entry.target);
      const box = entry.borderBoxSize?.[0];
      if (id !== undefined) useRowHeights.getState().set(id, box ? box.blockSize : (entry.target as HTMLElement).offsetHeight);
    }
  });
  rowOf.set(element, rowId);
  observer.observe(element);
  return () => {
    observer?.unobserve(element);
    forget();
  };
}
