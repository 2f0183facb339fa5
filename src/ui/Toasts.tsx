import { useEffect } from 'react';
import { useT } from '../i18n/useT';
import { onRefused } from '../store/refusals';
import { limitText } from './limitText';
import { useToasts } from './toastStore';

export function Toasts() {
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  const show = useToasts((s) => s.show);
  const t = useT();
  // Edits refused for a limit say why here, wherever they were made.
  useEffect(() => onRefused((problem) => show({ message: limitText(problem, t) })), [show, t]);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div className="toast" key={toast.id}>
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              onClick={() => {
                toast.action!.run();
                dismiss(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="icon-button" aria-label={t('common.close')} onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
