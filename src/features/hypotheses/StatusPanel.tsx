import type { Hypothesis } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/useT';
import { StatusSelect } from './StatusSelect';
import { formatDate } from './format';

/** The status, idea -> planned -> running -> analysing -> decided, with the dated changes. */
export function StatusPanel({ hypothesis: h }: { hypothesis: Hypothesis }) {
  const t = useT();
  const language = useLanguage();
  return (
    <section className="hypothesis-section" aria-labelledby="hyp-status">
      <h2 id="hyp-status">{t('hyp.section.status')}</h2>
      <div className="field">
        <label htmlFor={`status-${h.id}`}>{t('hyp.status')}</label>
        <StatusSelect id={`status-${h.id}`} hypothesisId={h.id} status={h.status} />
      </div>
      {h.status === 'adopted' && h.history.at(-1)?.early && (
        <p className="hint-box warning" role="note">
          {t('hyp.stoppedEarly')}
        </p>
      )}
      <h3>{t('hyp.history')}</h3>
      <ol className="status-history" aria-label={t('hyp.history')}>
        {h.history.map((change, i) => (
          <li key={i}>
            {t('hyp.historyEntry', { status: t(`status.${change.status}`), date: formatDate(change.at, language) })}
            {change.early && <strong className="early-stop"> ({t('hyp.earlyAdopt.note')})</strong>}
          </li>
        ))}
      </ol>
    </section>
  );
}
