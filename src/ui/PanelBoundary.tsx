import type { ReactNode } from 'react';
import { BackupButton } from './BackupButton';
import { useT } from '../i18n/useT';
import { ErrorBoundary } from './ErrorBoundary';
import './panelError.css';

/**
 * A screen or panel that fails shows what happened and offers a backup, instead of blanking
 * the page: the rest of the app and the data stay usable.
 */
export function PanelBoundary({ name, children }: { name: string; children: ReactNode }) {
  return (
    <ErrorBoundary fallback={(error, reset) => <PanelError name={name} error={error} reset={reset} />}>{children}</ErrorBoundary>
  );
}

function PanelError({ name, error, reset }: { name: string; error: Error; reset: () => void }) {
  const t = useT();
  return (
    <section className="panel-error" role="alert" aria-label={name}>
      <p>{t('safety.panelFailed', { reason: error.message || error.name })}</p>
      <div className="panel-error-actions">
        <BackupButton />
        <button type="button" onClick={reset}>
          {t('error.retry')}
        </button>
      </div>
    </section>
  );
}
