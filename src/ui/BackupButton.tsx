import { useState } from 'react';
import { downloadWorkspaceBackup } from './downloadBackup';
import { useT } from '../i18n/useT';
import { errorReason } from '../domain/errorReason';

/** "Download backup": offered wherever the user's work may be at risk. */
export function BackupButton() {
  const t = useT();
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setFailure(null);
          downloadWorkspaceBackup().catch((error: unknown) => setFailure(errorReason(error)));
        }}
      >
        {t('safety.backup')}
      </button>
      {failure && <span role="alert">{t('safety.backupFailed', { reason: failure })}</span>}
    </>
  );
}
