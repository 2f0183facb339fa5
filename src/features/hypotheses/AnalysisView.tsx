import type { Analysis } from '../../domain/hypotheses/analysis';
import { useLanguage, useT } from '../../i18n/useT';
import { formatChance, formatNumber, formatPp, formatPValue, formatRate, formatRelative, verdictSentence } from './format';
import { RatesChart } from './RatesChart';

/** Every figure of the comparison, each named, and the verdict in plain words. */
export function AnalysisView({ analysis: a }: { analysis: Analysis }) {
  const t = useT();
  const language = useLanguage();
  const c = a.comparison;
  const alpha = a.verdict.kind === 'noData' ? 0.05 : a.verdict.alpha;
  const level = formatNumber((1 - alpha) * 100, language, 1);
  const rateLine = (arm: 'control' | 'treatment') => {
    const counts = a[arm];
    const [lo, hi] = arm === 'control' ? a.controlInterval : a.treatmentInterval;
    return t(alpha === 0.05 ? 'hyp.analysis.rate' : 'hyp.analysis.rateAlpha', {
      arm: t(`hyp.arm.${arm}`),
      conversions: formatNumber(counts.conversions, language, 0),
      users: formatNumber(counts.users, language, 0),
      rate: formatRate(arm === 'control' ? c.controlRate : c.treatmentRate, language),
      lo: formatRate(lo, language),
      hi: formatRate(hi, language),
      level,
    });
  };
  const absolute = formatPp(c.absoluteUplift, t, language);
  return (
    <div className="analysis">
      <p className={`verdict ${a.verdict.kind}`} role="status" aria-label={t('hyp.verdict.label')}>
        {verdictSentence(a, t, language)}
      </p>
      <ul className="rates">
        <li>{rateLine('control')}</li>
        <li>{rateLine('treatment')}</li>
      </ul>
      <dl className="figures">
        <dt>{t('hyp.analysis.uplift')}</dt>
        <dd>
          {c.relativeUplift === null
            ? t('hyp.analysis.upliftNoRelative', { absolute })
            : t('hyp.analysis.upliftValue', {
                absolute,
                relative: formatRelative(c.relativeUplift, language),
              })}
        </dd>
        <dt>{t('hyp.analysis.ci', { level })}</dt>
        <dd>
          {formatPp(a.differenceInterval[0], t, language)} … {formatPp(a.differenceInterval[1], t, language)}
        </dd>
        <dt>{t('hyp.analysis.z')}</dt>
        <dd>{t('hyp.analysis.zValue', { z: formatNumber(c.z, language, 3), p: formatPValue(c.pValue, language) })}</dd>
        <dt>{t('hyp.analysis.fisher')}</dt>
        <dd>{t('hyp.analysis.fisherValue', { p: formatPValue(a.fisherPValue, language) })}</dd>
        <dt>{t('hyp.analysis.chance')}</dt>
        <dd>{formatChance(a.chanceToBeat, language)}</dd>
      </dl>
      {a.fisherRecommended && (
        <p className="hint-box" role="note">
          {t('hyp.analysis.fisherRecommended')}
        </p>
      )}
      <RatesChart analysis={a} />
    </div>
  );
}
