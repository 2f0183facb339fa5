import { useMemo } from 'react';
import { analyseHypothesis, isValueReading, metricKindOf, sequentialLooks } from '../../domain/hypotheses/analysis';
import type { Hypothesis } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { AddReadingForm } from './AddReadingForm';
import { AddValueReadingForm } from './AddValueReadingForm';
import { AnalysisView } from './AnalysisView';
import { formatDate, formatNumber } from './format';

/** The recorded readings of both groups, a form for the next one, and what they add up to. */
export function ResultsPanel({ hypothesis: h }: { hypothesis: Hypothesis }) {
  const t = useT();
  const language = useLanguage();
  const analysis = useMemo(() => analyseHypothesis(h), [h]);
  const looks = useMemo(() => sequentialLooks(h), [h]);
  const value = metricKindOf(h) === 'value';
  // Readings of the other kind (entered before the metric kind changed) stay listed but do not count.
  const readings = h.readings.filter((r) => isValueReading(r) === value);
  return (
    <section className="hypothesis-section" aria-labelledby="hyp-results">
      <h2 id="hyp-results">{t('hyp.section.results')}</h2>
      <p className="hint">{t(value ? 'hyp.results.hintValue' : 'hyp.results.hint')}</p>
      {readings.length === 0 ? (
        <p>{t('hyp.reading.none')}</p>
      ) : (
        <table className="readings" aria-label={t('hyp.readings')}>
          <thead>
            <tr>
              <th scope="col">{t('hyp.reading.date')}</th>
              <th scope="col">{t('hyp.reading.arm')}</th>
              <th scope="col">{t('hyp.reading.users')}</th>
              {value ? (
                <>
                  <th scope="col">{t('hyp.reading.sum')}</th>
                  <th scope="col">{t('hyp.reading.sumSquares')}</th>
                  <th scope="col">{t('hyp.reading.mean')}</th>
                </>
              ) : (
                <th scope="col">{t('hyp.reading.conversions')}</th>
              )}
              <th scope="col">
                <span className="visually-hidden">{t('common.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {readings.map((r) => (
              <tr key={r.id}>
                <td>{formatDate(r.date, language)}</td>
                <td>{t(`hyp.arm.${r.arm}`)}</td>
                <td className="number">{formatNumber(r.users, language, 0)}</td>
                {value ? (
                  <>
                    <td className="number">{formatNumber(r.sum ?? 0, language, 2)}</td>
                    <td className="number">{formatNumber(r.sumSquares ?? 0, language, 2)}</td>
                    <td className="number">{formatNumber((r.sum ?? 0) / r.users, language, 2)}</td>
                  </>
                ) : (
                  <td className="number">{formatNumber(r.conversions, language, 0)}</td>
                )}
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
      {value ? <AddValueReadingForm hypothesisId={h.id} /> : <AddReadingForm hypothesisId={h.id} />}
      <h3>{t('hyp.analysis')}</h3>
      {analysis ? <AnalysisView analysis={analysis} looks={looks} /> : <p>{t('hyp.analysis.empty')}</p>}
    </section>
  );
}
