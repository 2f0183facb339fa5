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
  if (p < 0.0001) return `< ${new Intl.NumberFormat(locale(language)).format(0.0001)}`;
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

/** The plain-words verdict, e.g. "Treatment converts 4.3 pp better (95% CI 0.2 to 8.4 pp). 96% chance it beats control. Significant at 5%." */
export function verdictSentence(a: Analysis, t: T, language: Language): string {
  const v = a.verdict;
  if (v.kind === 'noData') return t('hyp.analysis.empty');
  const level = formatNumber((1 - v.alpha) * 100, language, 1);
  const alpha = formatNumber(v.alpha * 100, language, 1);
  const [lo, hi] = a.differenceInterval;
  const interval = { level, lo: formatPp(lo, t, language), hi: formatPp(hi, t, language) };
  const uplift = formatPp(Math.abs(a.comparison.absoluteUplift), t, language, false);
  const parts = [
    t(`hyp.verdict.${v.direction}`, { uplift, ...interval }),
    t('hyp.verdict.chance', { chance: formatChance(a.chanceToBeat, language) }),
  ];
  if (v.kind === 'significant') parts.push(t('hyp.verdict.significant', { alpha }));
  else if (v.moreNeeded !== null) parts.push(t('hyp.verdict.notSignificantMore', { more: formatNumber(v.moreNeeded, language, 0) }));
  else parts.push(t('hyp.verdict.notSignificant', { alpha }));
  return parts.join(' ');
}

/** The short result a recommendation card shows, e.g. "+4.3 pp, adopted". */
export function badgeSummary(status: HypothesisStatus, a: Analysis | null, t: T, language: Language): string {
  const label = t(`status.${status}`);
  const decided = status === 'adopted' || status === 'rejected' || status === 'inconclusive';
  if (!decided || !a) return label;
  return t('hyp.badgeResult', { uplift: formatPp(a.comparison.absoluteUplift, t, language), status: label.toLocaleLowerCase(language) });
}
