import { useEffect, useRef } from 'react';

/**
 * A native <dialog> opened as a modal for as long as the component is mounted: the browser
 * traps focus and gives Escape; closing happens by unmounting.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return ref;
}
