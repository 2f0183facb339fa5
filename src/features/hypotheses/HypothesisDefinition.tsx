import { weeksBetween } from '../../domain/hypotheses/planner';
import { isAmbiguous, parseNumber } from '../../domain/numberInput';
import type { Hypothesis, MetricKind } from '../../domain/types';
import { say, useLanguage, useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { CommitField } from '../../ui/CommitField';

/** The statement, the metric, what each group gets, the dates, the target and the owner. */
export function HypothesisDefinition({ hypothesis: h }: { hypothesis: Hypothesis }) {
  const t = useT();
  const language = useLanguage();
  const update = (field: 'statement' | 'metric' | 'treatment' | 'control' | 'owner' | 'conclusion' | 'plannedStart' | 'plannedEnd') =>
    (value: string) => actions.updateHypothesis(h.id, { [field]: field.startsWith('planned') ? value : value.trim() });
  const weeks = weeksBetween(h.plannedStart, h.plannedEnd);
  const reversed = Boolean(h.plannedStart && h.plannedEnd && weeks === null);
  return (
    <section className="hypothesis-section" aria-labelledby="hyp-definition">
      <h2 id="hyp-definition">{t('hyp.section.definition')}</h2>
      <div className="form-fields">
        <CommitField label={t('hyp.statement')} value={h.statement} onCommit={update('statement')} multiline wide />
        <CommitField label={t('hyp.metric')} value={h.metric} onCommit={update('metric')} multiline wide />
        <div className="field">
          <label htmlFor={`metric-kind-${h.id}`}>{t('hyp.metricKind')}</label>
          <select
            id={`metric-kind-${h.id}`}
            value={h.metricKind ?? 'conversion'}
            onChange={(e) => actions.updateHypothesis(h.id, { metricKind: e.target.value as MetricKind })}
          >
            {(['conversion', 'value'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {t(`hyp.metricKind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <CommitField label={t('hyp.treatment')} value={h.treatment} onCommit={update('treatment')} multiline />
        <CommitField label={t('hyp.control')} value={h.control} onCommit={update('control')} multiline />
        <CommitField label={t('hyp.plannedStart')} value={h.plannedStart} type="date" onCommit={update('plannedStart')} />
        <CommitField
          label={t('hyp.plannedEnd')}
          value={h.plannedEnd}
          type="date"
          onCommit={update('plannedEnd')}
          problem={reversed ? t('hyp.datesReversed') : null}
        />
        <CommitField
          label={t('hyp.targetSample')}
          value={h.targetSample?.toString() ?? ''}
          inputMode="numeric"
          onCommit={(value) => {
            const n = parseNumber(value, language);
            if (isAmbiguous(n)) return say(t, n);
            if (n === 'invalid' || (n !== null && (n <= 0 || !Number.isInteger(n)))) return t('hyp.reading.usersInvalid');
            actions.updateHypothesis(h.id, { targetSample: n });
          }}
        />
        <CommitField label={t('hyp.owner')} value={h.owner} onCommit={update('owner')} />
        {weeks !== null && <p className="hint wide">{t('hyp.lengthHint', { weeks: Math.floor(weeks) })}</p>}
        <CommitField label={t('hyp.conclusion')} value={h.conclusion} onCommit={update('conclusion')} multiline wide />
      </div>
    </section>
  );
}
