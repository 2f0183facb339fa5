import { useT } from '../i18n/useT';
import { useSaveStatus } from '../store/saveStatus';
import { useStorageStatus } from '../store/storageStatus';

export function SaveIndicator() {
  const t = useT();
  const status = useSaveStatus((s) => s.status);
  const lastSavedAt = useSaveStatus((s) => s.lastSavedAt);
  const mode = useStorageStatus((s) => s.mode);
  const persisted = useStorageStatus((s) => s.persisted);
  // The tooltip tells where the work lives and whether the browser promised to keep it.
  const details = [
    mode === 'memory' ? t('safety.inMemory') : persisted === true ? t('safety.persisted') : persisted === false ? t('safety.notPersisted') : '',
    lastSavedAt ? t('safety.lastSaved', { time: new Date(lastSavedAt).toLocaleTimeString() }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <span
      className={`save-indicator save-${status}`}
      role="status"
      aria-live="polite"
      data-save-status={status}
      data-persisted={persisted === null ? 'unknown' : String(persisted)}
      title={details || undefined}
    >
      {t(`save.${status}`)}
    </span>
  );
}
