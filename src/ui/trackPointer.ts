/**
 * Follow a drag from its pointerdown to its end: `onMove` for every move, then `onEnd` once.
 *
 * The drag ends on pointerup (`cancelled` false: commit) or on pointercancel (`cancelled` true:
 * put everything back as it was before the drag). The system cancels a pointer when a touch
 * turns into a scroll or a system gesture takes over; no pointerup follows, so a drag that only
 * listened for one stayed stuck to the pointer, and the next release far away committed it.
 */
export function trackPointer(onMove: (event: PointerEvent) => void, onEnd: (cancelled: boolean) => void): void {
  const end = (cancelled: boolean) => {
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('pointercancel', onCancel);
    onEnd(cancelled);
  };
  const onUp = () => end(false);
  const onCancel = () => end(true);
  window.addEventListener('pointermove', onMove);
  window.addEventListener('pointerup', onUp);
  window.addEventListener('pointercancel', onCancel);
}
