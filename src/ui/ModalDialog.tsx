import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  className?: string;
  /** The dialog's accessible name: its own text, or the id of its heading. */
  label?: string;
  labelledBy?: string;
  /** Escape: the dialog stays open until the owner unmounts it. */
  onCancel: () => void;
  children: ReactNode;
}

/** A native <dialog>, modal while mounted: the browser traps focus; Escape asks the owner. */
export function ModalDialog({ className, label, labelledBy, onCancel, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-label={label}
      aria-labelledby={labelledBy}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
