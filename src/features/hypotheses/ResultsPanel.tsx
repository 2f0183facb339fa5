import { useMemo } from 'react';
import { analyseHypothesis } from '../../domain/hypotheses/analysis';
import type { Hypothesis } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { AddReadingForm } from './AddReadingForm';
import { AnalysisView } from './AnalysisView';
import { formatDate, formatNumber } from './format';

/** The recorded readings of both groups, a form for the next one, and what they add up to. */
export function ResultsPanel({ hypothesis: h }: { hypothesis: Hypothesis }) {
  const t = useT();
  const language = useLanguage();
  const analysis = useMemo(() => analyseHypothesis(h), [h]);
  return (
    <section className="hypothesis-section" aria-labelledby="hyp-results">
      <h2 id="hyp-results">{t('hyp.section.results')}</h2>
      <p className="hint">{t('hyp.results.hint')}</p>
      {h.readings.length === 0 ? (
        <p>{t('hyp.reading.none')}</p>
      ) : (
        <table className="readings" aria-label={t('hyp.readings')}>
          <thead>
            <tr>
              <th scope="col">{t('hyp.reading.date')}</th>
              <th scope="col">{t('hyp.reading.arm')}</th>
              <th scope="col">{t('hyp.reading.users')}</th>
              <th scope="col">{t('hyp.reading.conversions')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {h.readings.map((r) => (
              <tr key={r.id}>
                <td>{formatDate(r.date, language)}</td>
                <td>{t(`hyp.arm.${r.arm}`)}</td>
                <td className="number">{formatNumber(r.users, language, 0)}</td>
                <td className="number">{formatNumber(r.conversions, language, 0)}</td>
                <td>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('hyp.reading.delete', { date: formatDate(r.date, language), arm: t(`hyp.arm.${r.arm}`) })}
                    onClick={() => actions.deleteReading(h.id, r.id)}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddReadingForm hypothesisId={h.id} />
      <h3>{t('hyp.analysis')}</h3>
      {analysis ? <AnalysisView analysis={analysis} /> : <p>{t('hyp.analysis.empty')}</p>}
    </section>
  );
}
