import { useT } from '../i18n/useT';
import { useSaveStatus } from '../store/saveStatus';
import { useStorageStatus } from '../store/storageStatus';
import { BackupButton } from '../ui/BackupButton';
import { acceptUpdate, useAppUpdate } from './serviceWorker';
import './safety.css';

/**
 * A browser's or library's error message without the web addresses some of them carry
 * (Dexie links to its docs): the banner speaks of the user's work, not of where to read more.
 */
export function plainReason(reason: string | null): string {
  return (reason ?? '').replace(/\s*Please visit\s+\S+/gi, '').replace(/\s*https?:\/\/\S+/g, '').trim().replace(/[.\s]+$/, '');
}

/** What threatens the user's work right now, said plainly, with what to do about it. */
export function SafetyBanners() {
  const t = useT();
  const mode = useStorageStatus((s) => s.mode);
  const reason = useStorageStatus((s) => s.reason);
  const failure = useSaveStatus((s) => s.failure);
  const error = useSaveStatus((s) => s.error);
  const update = useAppUpdate((s) => s.waiting);
  return (
    <>
      {mode === 'outdated' ? (
        <div className="safety-banner danger" role="alert">
          <p>{t('safety.outdated')}</p>
          <button type="button" className="primary" onClick={() => location.reload()}>
            {t('safety.reload')}
          </button>
        </div>
      ) : mode === 'memory' ? (
        <div className="safety-banner danger" role="alert">
          <p>{t('safety.memory', { reason: plainReason(reason) })}</p>
          <BackupButton />
        </div>
      ) : failure ? (
        <div className="safety-banner danger" role="alert">
          <p>{failure === 'quota' ? t('safety.quota') : t('safety.failed', { reason: plainReason(error) })}</p>
          <BackupButton />
        </div>
      ) : null}
      {update && (
        <div className="safety-banner" role="status">
          <p>{t('safety.update')}</p>
          <button type="button" className="primary" onClick={acceptUpdate}>
            {t('safety.reload')}
          </button>
        </div>
      )}
    </>
  );
}
