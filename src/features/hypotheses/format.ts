// Figures as a marketer reads them, in the user's language. Nothing here ever prints NaN:
// callers only pass finite numbers from the analysis.
import type { Analysis } from '../../domain/hypotheses/analysis';
import type { HypothesisStatus } from '../../domain/types';
import { formatWhen } from '../../domain/showableTime';
import type { Language } from '../../i18n/language';
import type { T } from '../../i18n/useT';

const locale = (language: Language) => (language === 'ru' ? 'ru-RU' : 'en-GB');

/**
 * A rate as a percentage, e.g. 12.9%. Below 1% (rare conversions, such as 9 sales from 10,000
 * visitors) two significant digits, 0.09% rather than 0.1%, and never 0.0% for a rate above zero.
 */
export function formatRate(rate: number, language: Language): string {
  // Up to 0.95% two significant digits stay below 1%; above that "1.0%" reads the same either way.
  const digits = rate > 0 && rate < 0.0095 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 1, minimumFractionDigits: 1 };
  return new Intl.NumberFormat(locale(language), { style: 'percent', ...digits }).format(rate);
}

/** A difference of rates in percentage points, signed: +4.3 pp. */
export function formatPp(diff: number, t: T, language: Language, signed = true): string {
  const value = new Intl.NumberFormat(locale(language), {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'never',
  }).format(diff * 100);
  return t('hyp.pp', { value });
}

/** A relative change, signed: +76.3%. */
export function formatRelative(change: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change);
}

export function formatPValue(p: number, language: Language): string {
  if (p < 0.0001) return `< ${new Intl.NumberFormat(locale(language), { maximumFractionDigits: 4 }).format(0.0001)}`;
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 4 }).format(p);
}

export function formatNumber(value: number, language: Language, digits = 2): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(value);
}

export function formatChance(chance: number, language: Language): string {
  const percent = new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 });
  // Never round a near-certainty up to 100% or a slim chance down to 0%.
  if (chance < 1 && chance >= 0.995) return `> ${percent.format(0.99)}`;
  if (chance > 0 && chance < 0.005) return `< ${percent.format(0.01)}`;
  return percent.format(chance);
}

/** A time (ms) or a yyyy-mm-dd day; a dash, never an exception, for one no calendar holds. */
export function formatDate(ms: number | string, language: Language): string {
  return formatWhen(ms, locale(language), { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A difference of mean values, signed, in the value's own units: +1,250.5. */
export function formatSignedValue(diff: number, language: Language, signed = true): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 2, signDisplay: signed ? 'exceptZero' : 'never' }).format(diff);
}

/** The difference treatment - control as the metric shows it: percentage points or value units. */
export function formatDifference(a: Analysis, diff: number, t: T, language: Language, signed = true): string {
  return a.metricKind === 'value' ? formatSignedValue(diff, language, signed) : formatPp(diff, t, language, signed);
}

/** The always-valid interval as a phrase: "-2.1 pp to +19.8 pp". */
function sequentialRange(a: Analysis, t: T, language: Language): { lo: string; hi: string } | null {
  if (!a.sequentialInterval) return null;
  return { lo: formatDifference(a, a.sequentialInterval[0], t, language), hi: formatDifference(a, a.sequentialInterval[1], t, language) };
}

/** The plain-words verdict: a broken split first, then the difference, then whether it is decided and how far the test still has to go. */
export function verdictSentence(a: Analysis, t: T, language: Language): string {
  const v = a.verdict;
  if (v.kind === 'noData') return t('hyp.analysis.empty');
  const level = formatNumber((1 - v.alpha) * 100, language, 1);
  const alpha = formatNumber(v.alpha * 100, language, 1);
  const parts: string[] = [];
  if (v.kind === 'srm') {
    parts.push(
      t('hyp.verdict.srm', {
        control: formatNumber(a.metricKind === 'value' ? a.control.n : a.control.users, language, 0),
        treatment: formatNumber(a.metricKind === 'value' ? a.treatment.n : a.treatment.users, language, 0),
        p: formatPValue(a.srmPValue ?? 0, language),
      }),
    );
  }
  if (a.metricKind === 'value') {
    const [lo, hi] = a.welch.ci;
    parts.push(
      t(`hyp.verdict.value.${v.direction}`, {
        diff: formatSignedValue(Math.abs(a.difference), language, false),
        treatmentMean: formatNumber(a.treatment.mean, language, 2),
        controlMean: formatNumber(a.control.mean, language, 2),
        level,
        lo: formatSignedValue(lo, language),
        hi: formatSignedValue(hi, language),
      }),
      t('hyp.verdict.welch', { t: formatNumber(a.welch.t, language, 3), df: formatNumber(a.welch.df, language, 1), p: formatPValue(a.welch.p, language) }),
    );
  } else {
    const [lo, hi] = a.differenceInterval;
    const uplift = formatPp(Math.abs(a.comparison.absoluteUplift), t, language, false);
    parts.push(
      t(`hyp.verdict.${v.direction}`, { uplift, level, lo: formatPp(lo, t, language), hi: formatPp(hi, t, language) }),
      t('hyp.verdict.chance', { chance: formatChance(a.chanceToBeat, language) }),
    );
  }
  if (v.kind === 'srm') return parts.join(' ');
  const range = sequentialRange(a, t, language);
  if (v.kind === 'decided' && range) parts.push(t('hyp.verdict.decided', { level, ...range }));
  else if (v.kind === 'undecided') {
    const way = v.direction === 'better' ? 'ahead' : v.direction === 'worse' ? 'behind' : 'level';
    parts.push(range ? t(`hyp.verdict.${way}Undecided`, { level, ...range }) : t('hyp.verdict.undecidedNoInterval'));
  } else if (v.kind === 'significant') parts.push(t('hyp.verdict.significant', { alpha }));
  else if (v.moreNeeded === null) parts.push(t('hyp.verdict.notSignificant', { alpha }));
  if (v.toTarget !== null && a.plannedPerArm !== null) {
    parts.push(t('hyp.verdict.toTarget', { more: formatNumber(v.toTarget, language, 0), planned: formatNumber(a.plannedPerArm, language, 0) }));
  }
  if (v.moreNeeded !== null) {
    const more = formatNumber(v.moreNeeded, language, 0);
    parts.push(t(v.kind === 'notSignificant' ? 'hyp.verdict.notSignificantMore' : 'hyp.verdict.moreNeeded', { more }));
    if (v.moreBasis) parts.push(t(`hyp.verdict.basis.${v.moreBasis}`));
  }
  return parts.join(' ');
}

/** The short verdict the board, the table and a recommendation card show, e.g. "+1.2 pp (p = 0.26, not significant)". */
export function verdictShort(a: Analysis, t: T, language: Language): string {
  const v = a.verdict;
  const uplift = formatDifference(a, a.difference, t, language);
  if (v.kind === 'noData') return uplift;
  const p = formatPValue(a.decisivePValue, language);
  return t(`hyp.short.${v.kind}`, { uplift, p });
}

/** The short result a recommendation card shows: "+9.8 pp, adopted", or the verdict that says why it is not that simple. */
export function badgeSummary(status: HypothesisStatus, a: Analysis | null, t: T, language: Language): string {
  const label = t(`status.${status}`);
  if (!a) return label;
  const decided = status === 'adopted' || status === 'rejected' || status === 'inconclusive';
  const clear = a.verdict.kind === 'significant' || a.verdict.kind === 'decided';
  if (decided && clear) return t('hyp.badgeResult', { uplift: formatDifference(a, a.difference, t, language), status: label.toLocaleLowerCase(language) });
  if (decided) return t('hyp.badgeResult', { uplift: verdictShort(a, t, language), status: label.toLocaleLowerCase(language) });
  return t('hyp.badgeRunning', { status: label, verdict: verdictShort(a, t, language) });
}
