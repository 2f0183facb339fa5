import { useT } from '../i18n/useT';
import { useSaveStatus } from '../store/saveStatus';

export function SaveIndicator() {
  const t = useT();
  const status = useSaveStatus((s) => s.status);
  return (
    <span className={`save-indicator save-${status}`} role="status" aria-live="polite" data-save-status={status}>
      {t(`save.${status}`)}
    </span>
  );
}
