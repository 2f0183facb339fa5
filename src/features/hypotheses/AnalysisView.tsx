import type { Analysis, ConversionAnalysis, Look, ValueAnalysis } from '../../domain/hypotheses/analysis';
import type { Language } from '../../i18n/language';
import { useLanguage, useT, type T } from '../../i18n/useT';
import { formatChance, formatDifference, formatNumber, formatPp, formatPValue, formatRate, formatRelative, verdictSentence } from './format';
import { RatesChart } from './RatesChart';
import { SequentialChart } from './SequentialChart';

/** Every figure of the comparison, each named, and the verdict in plain words; a broken split and provisional figures said first. */
export function AnalysisView({ analysis: a, looks = [] }: { analysis: Analysis; looks?: Look[] }) {
  const t = useT();
  const language = useLanguage();
  const alpha = a.verdict.kind === 'noData' ? 0.05 : a.verdict.alpha;
  const level = formatNumber((1 - alpha) * 100, language, 1);
  const planned = a.plannedPerArm === null ? '' : formatNumber(a.plannedPerArm, language, 0);
  return (
    <div className="analysis">
      {a.srmBroken && (
        <p className="hint-box warning srm-warning" role="alert">
          {t('hyp.srm.warning', { p: formatPValue(a.srmPValue ?? 0, language) })}
        </p>
      )}
      <p className={`verdict ${a.verdict.kind}`} role="status" aria-label={t('hyp.verdict.label')}>
        {verdictSentence(a, t, language)}
      </p>
      {a.provisional && (
        <p className="hint-box provisional" role="note">
          {t('hyp.provisional.note', { planned })}
        </p>
      )}
      {a.plannedPerArm === null && (
        <p className="hint-box" role="note">
          {t('hyp.noPlan.note')}
        </p>
      )}
      {a.sequentialInterval && (
        <dl className="figures">
          <dt>{t('hyp.analysis.sequential', { level })}</dt>
          <dd>
            {formatDifference(a, a.sequentialInterval[0], t, language)} … {formatDifference(a, a.sequentialInterval[1], t, language)}
          </dd>
        </dl>
      )}
      {a.metricKind === 'value' ? <ValueFigures a={a} t={t} language={language} level={level} /> : <ConversionFigures a={a} t={t} language={language} level={level} />}
      <SequentialChart analysis={a} looks={looks} />
    </div>
  );
}

/** "(provisional until 231 per group)" after a fixed-sample figure's name while the planned sample is not reached. */
function fixedLabel(a: Analysis, label: string, t: T, language: Language): string {
  if (!a.provisional || a.plannedPerArm === null) return label;
  return t('hyp.provisional.label', { label, planned: formatNumber(a.plannedPerArm, language, 0) });
}

interface FiguresProps<A> {
  a: A;
  t: T;
  language: Language;
  level: string;
}

function ConversionFigures({ a, t, language, level }: FiguresProps<ConversionAnalysis>) {
  const c = a.comparison;
  const alpha = a.verdict.kind === 'noData' ? 0.05 : a.verdict.alpha;
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
    <>
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
        <dt>{fixedLabel(a, t('hyp.analysis.ci', { level }), t, language)}</dt>
        <dd>
          {formatPp(a.differenceInterval[0], t, language)} … {formatPp(a.differenceInterval[1], t, language)}
        </dd>
        <dt>{fixedLabel(a, t('hyp.analysis.z'), t, language)}</dt>
        <dd>{t('hyp.analysis.zValue', { z: formatNumber(c.z, language, 3), p: formatPValue(c.pValue, language) })}</dd>
        <dt>{fixedLabel(a, t('hyp.analysis.fisher'), t, language)}</dt>
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
    </>
  );
}

function ValueFigures({ a, t, language, level }: FiguresProps<ValueAnalysis>) {
  const w = a.welch;
  const line = (arm: 'control' | 'treatment') =>
    t('hyp.analysis.mean', {
      arm: t(`hyp.arm.${arm}`),
      n: formatNumber(a[arm].n, language, 0),
      mean: formatNumber(a[arm].mean, language, 2),
      sd: formatNumber(a[arm].sd, language, 2),
    });
  return (
    <>
      <ul className="rates">
        <li>{line('control')}</li>
        <li>{line('treatment')}</li>
      </ul>
      <dl className="figures">
        <dt>{t('hyp.analysis.meanDifference')}</dt>
        <dd>
          {w.relative === null
            ? formatDifference(a, w.difference, t, language)
            : t('hyp.analysis.upliftValue', { absolute: formatDifference(a, w.difference, t, language), relative: formatRelative(w.relative, language) })}
        </dd>
        <dt>{fixedLabel(a, t('hyp.analysis.welchCi', { level }), t, language)}</dt>
        <dd>
          {formatDifference(a, w.ci[0], t, language)} … {formatDifference(a, w.ci[1], t, language)}
        </dd>
        <dt>{fixedLabel(a, t('hyp.analysis.welch'), t, language)}</dt>
        <dd>{t('hyp.analysis.welchValue', { t: formatNumber(w.t, language, 3), df: formatNumber(w.df, language, 1), p: formatPValue(w.p, language) })}</dd>
      </dl>
    </>
  );
}
