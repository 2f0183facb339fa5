import type { HypothesisRow } from '../../domain/hypotheses/table';
import { HYPOTHESIS_STATUSES } from '../../domain/types';
import { StatusSelect } from './StatusSelect';
import { useLanguage, useT } from '../../i18n/useT';
import { hypothesisHref } from '../../ui/route';
import { verdictShort } from './format';

/** One column per status, idea to decided; each hypothesis a card that opens it and moves it on. */
export function StatusBoard({ rows }: { rows: HypothesisRow[] }) {
  const t = useT();
  const language = useLanguage();
  return (
    <div className="status-board" aria-label={t('hyp.list.boardLabel')} role="region">
      {HYPOTHESIS_STATUSES.map((status) => {
        const here = rows.filter((r) => r.status === status);
        return (
          <section key={status} className={`status-column status-${status}`} aria-label={t(`status.${status}`)}>
            <h2>
              {t(`status.${status}`)} <span className="muted">{here.length}</span>
            </h2>
            <ul>
              {here.map((r) => (
                <li key={r.id} className="hypothesis-card">
                  <a href={hypothesisHref(r.id)} aria-label={t('hyp.open', { title: r.title })}>
                    {r.title}
                  </a>
                  {(r.mapTitle || r.stageName) && <p className="muted">{[r.mapTitle, r.stageName].filter(Boolean).join(' · ')}</p>}
                  {r.analysis && (
                    <p className="result">
                      {t('hyp.col.uplift')}: {verdictShort(r.analysis, t, language)}
                    </p>
                  )}
                  {r.owner && <p className="muted">{r.owner}</p>}
                  <StatusSelect hypothesisId={r.id} status={r.status} className="board-status" label={t('hyp.statusOf', { title: r.title })} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
