import { hypothesisPlan } from '../../domain/operations';
import { absoluteEffect, planSample, RULE_OF_THUMB_DEALS } from '../../domain/hypotheses/planner';
import type { Hypothesis, HypothesisPlan } from '../../domain/types';
import { isAmbiguous, parseNumber, type ParsedNumber } from '../../domain/numberInput';
import type { Language } from '../../i18n/language';
import { say, useLanguage, useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { CommitField } from '../../ui/CommitField';
import { formatNumber } from './format';

/** A percentage typed by a person as a fraction, or an error when it is not strictly between 0 and 100. */
function percentField(raw: string, language: Language): ParsedNumber {
  const n = parseNumber(raw, language);
  if (typeof n !== 'number') return n;
  return n > 0 && n < 100 ? n / 100 : 'invalid';
}

const shown = (fraction: number | null, language: 'ru' | 'en') => (fraction === null ? '' : formatNumber(fraction * 100, language, 4));

/** Baseline, effect, significance and power -> customers per group and weeks, with warnings. */
export function SamplePlanner({ hypothesis: h }: { hypothesis: Hypothesis }) {
  const t = useT();
  const language = useLanguage();
  const plan = hypothesisPlan(h);
  const result = planSample(plan, h);
  const value = h.metricKind === 'value';
  const positiveOrEmpty = (save: (n: number | null) => void, allowNegative = false) => (raw: string) => {
    const n = parseNumber(raw, language);
    if (isAmbiguous(n)) return say(t, n);
    if (n === 'invalid' || n === 0 || (n !== null && !allowNegative && n < 0)) return t('hyp.plan.valueInvalid');
    save(n);
  };
  const update = (fields: Partial<HypothesisPlan>) => actions.updateHypothesisPlan(h.id, fields);
  const relative = plan.effectMode === 'relative';
  const requiredPercent = (save: (fraction: number) => void) => (raw: string) => {
    const fraction = percentField(raw, language);
    if (isAmbiguous(fraction)) return say(t, fraction);
    if (fraction === 'invalid' || fraction === null) return t('hyp.plan.percentInvalid');
    save(fraction);
  };
  const effectShown =
    plan.minDetectableEffect === null
      ? ''
      : relative && plan.baselineRate
        ? formatNumber((plan.minDetectableEffect / plan.baselineRate) * 100, language, 4)
        : shown(plan.minDetectableEffect, language);

  return (
    <section className="hypothesis-section" aria-labelledby="hyp-planner">
      <h2 id="hyp-planner">{t('hyp.section.planner')}</h2>
      <div className="form-fields planner-fields">
        {value && (
          <>
            <CommitField
              label={t('hyp.plan.valueSd')}
              value={plan.valueSd == null ? '' : formatNumber(plan.valueSd, language, 4)}
              inputMode="decimal"
              onCommit={positiveOrEmpty((valueSd) => update({ valueSd }))}
            />
            <CommitField
              label={t('hyp.plan.valueEffect')}
              value={plan.valueEffect == null ? '' : formatNumber(plan.valueEffect, language, 4)}
              inputMode="decimal"
              problem={result.kind === 'invalid' ? t('hyp.plan.valueInvalid') : null}
              onCommit={positiveOrEmpty((valueEffect) => update({ valueEffect }), true)}
            />
          </>
        )}
        {!value && (
          <>
            <CommitField
              label={t('hyp.plan.baseline')}
              value={shown(plan.baselineRate, language)}
              inputMode="decimal"
              onCommit={(raw) => {
                const baselineRate = percentField(raw, language);
                if (isAmbiguous(baselineRate)) return say(t, baselineRate);
                if (baselineRate === 'invalid') return t('hyp.plan.percentInvalid');
                // A relative effect stays the same share of the new baseline.
                const keepRelative = relative && plan.baselineRate && plan.minDetectableEffect !== null && baselineRate !== null;
                update({
                  baselineRate,
                  ...(keepRelative ? { minDetectableEffect: (plan.minDetectableEffect! / plan.baselineRate!) * baselineRate } : {}),
                });
              }}
            />
            <fieldset className="effect-mode">
              <legend>{t('hyp.plan.effectMode')}</legend>
              {(['absolute', 'relative'] as const).map((mode) => (
                <label key={mode}>
                  <input type="radio" name={`effect-mode-${h.id}`} checked={plan.effectMode === mode} onChange={() => update({ effectMode: mode })} />
                  {t(`hyp.plan.${mode}`)}
                </label>
              ))}
            </fieldset>
            <CommitField
              label={t(relative ? 'hyp.plan.effectRelative' : 'hyp.plan.effectAbsolute')}
              value={effectShown}
              inputMode="decimal"
              problem={result.kind === 'invalid' ? t('hyp.plan.effectInvalid') : null}
              onCommit={(raw) => {
                const n = parseNumber(raw, language);
                if (isAmbiguous(n)) return say(t, n);
                if (n === 'invalid' || n === 0) return t('hyp.plan.effectInvalid');
                if (n === null) return void update({ minDetectableEffect: null });
                if (relative && !plan.baselineRate) return t('hyp.plan.incomplete');
                const absolute = relative ? absoluteEffect(plan.baselineRate!, n / 100) : n / 100;
                const target = (plan.baselineRate ?? 0.5) + absolute;
                if (!(target > 0 && target < 1)) return t('hyp.plan.effectInvalid');
                update({ minDetectableEffect: absolute });
              }}
            />
          </>
        )}
        <CommitField
          label={t('hyp.plan.alpha')}
          value={shown(plan.alpha, language)}
          inputMode="decimal"
          onCommit={requiredPercent((value) => update({ alpha: value }))}
        />
        <CommitField
          label={t('hyp.plan.power')}
          value={shown(plan.power, language)}
          inputMode="decimal"
          onCommit={requiredPercent((value) => update({ power: value }))}
        />
        <CommitField
          label={t('hyp.plan.perWeek')}
          value={plan.customersPerWeek?.toString() ?? ''}
          inputMode="decimal"
          onCommit={(raw) => {
            const n = parseNumber(raw, language);
            if (isAmbiguous(n)) return say(t, n);
            if (n === 'invalid' || (n !== null && n <= 0)) return t('hyp.plan.perWeekInvalid');
            update({ customersPerWeek: n });
          }}
        />
      </div>
      <div className="planner-result" role="status" aria-label={t('hyp.section.planner')}>
        {result.kind !== 'ok' ? (
          <p>{t(value ? 'hyp.plan.incompleteValue' : 'hyp.plan.incomplete')}</p>
        ) : (
          <>
            <p className="planner-figure">
              {t('hyp.plan.perArm', { perArm: formatNumber(result.perArm, language, 0), total: formatNumber(result.total, language, 0) })}
            </p>
            {value ? (
              <p>{t('hyp.plan.valueBasis', { sd: formatNumber(plan.valueSd!, language, 4), effect: formatNumber(plan.valueEffect!, language, 4) })}</p>
            ) : (
              <p>
                {t('hyp.plan.effectIs', {
                  absolute: formatNumber(plan.minDetectableEffect! * 100, language, 2),
                  from: formatNumber(plan.baselineRate! * 100, language, 2),
                  to: formatNumber((plan.baselineRate! + plan.minDetectableEffect!) * 100, language, 2),
                })}
              </p>
            )}
            {result.weeks !== null && (
              <p>{t('hyp.plan.weeks', { perWeek: formatNumber(plan.customersPerWeek!, language), weeks: formatNumber(result.weeks, language, 0) })}</p>
            )}
            {result.warnings.includes('targetTooSmall') && (
              <p className="hint-box warning" role="note">
                {t('hyp.plan.targetTooSmall', { target: formatNumber(h.targetSample!, language, 0), perArm: formatNumber(result.perArm, language, 0) })}
              </p>
            )}
            {result.warnings.includes('datesTooShort') && (
              <p className="hint-box warning" role="note">
                {t('hyp.plan.datesTooShort', { planned: Math.floor(result.plannedWeeks!), weeks: formatNumber(result.weeks!, language, 0) })}
              </p>
            )}
            {h.targetSample !== result.perArm && (
              <button type="button" onClick={() => actions.updateHypothesis(h.id, { targetSample: result.perArm })}>
                {t('hyp.plan.useAsTarget', { perArm: formatNumber(result.perArm, language, 0) })}
              </button>
            )}
          </>
        )}
        <p className="hint">{t('hyp.plan.ruleOfThumb', RULE_OF_THUMB_DEALS)}</p>
      </div>
    </section>
  );
}
