import { type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { ModalDialog } from './ModalDialog';

interface FormDialogProps {
  title: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
  /** Shown above the buttons when the last submit was refused. */
  error?: string | null;
}

/** A modal form on the native <dialog>: Escape cancels, Enter in a field submits. */
export function FormDialog({ title, onSubmit, onCancel, children, error }: FormDialogProps) {
  const t = useT();
  return (
    <ModalDialog
      className="form-dialog"
      label={title}
      onCancel={onCancel}
    >
      <form
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <h2>{title}</h2>
        <div className="form-fields">{children}</div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('form.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
