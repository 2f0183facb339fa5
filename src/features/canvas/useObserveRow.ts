import { useEffect, useRef } from 'react';
import { observeRow } from './rowHeights';

/** Reports the element's height as the height of row `rowId`. */
export function useObserveRow<T extends HTMLElement>(rowId: string) {
  const ref = useRef<T>(null);
  useEffect(() => (ref.current ? observeRow(ref.current, rowId) : undefined), [rowId]);
  return ref;
}
