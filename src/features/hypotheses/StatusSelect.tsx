import { useState } from 'react';
import { analyseHypothesis } from '../../domain/hypotheses/analysis';
import { HYPOTHESIS_STATUSES, type HypothesisStatus } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { useWorkspace } from '../../store/workspace';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { verdictSentence } from './format';

interface Props {
  hypothesisId: string;
  status: HypothesisStatus;
  id?: string;
  label?: string;
  className?: string;
}

/**
 * Moves a hypothesis to another status; each change is dated in its history. Adopting before the
 * verdict is decided asks first, and the change is recorded as a test stopped early.
 */
export function StatusSelect({ hypothesisId, status, id, label, className }: Props) {
  const t = useT();
  const language = useLanguage();
  const hypothesis = useWorkspace((ws) => ws.hypotheses[hypothesisId]);
  const [confirming, setConfirming] = useState(false);
  const analysis = hypothesis ? analyseHypothesis(hypothesis) : null;
  const decided = analysis !== null && (analysis.verdict.kind === 'decided' || analysis.verdict.kind === 'significant');
  const change = (next: HypothesisStatus) => {
    if (next === 'adopted' && !decided) setConfirming(true);
    else actions.setHypothesisStatus(hypothesisId, next);
  };
  return (
    <>
      <select id={id} className={className} aria-label={label} value={status} onChange={(e) => change(e.target.value as HypothesisStatus)}>
        {HYPOTHESIS_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
      {confirming && (
        <ConfirmDialog
          title={t('hyp.earlyAdopt.title', { title: hypothesis?.title ?? '' })}
          body={t('hyp.earlyAdopt.body', { verdict: analysis ? verdictSentence(analysis, t, language) : t('hyp.analysis.empty') })}
          confirmLabel={t('hyp.earlyAdopt.confirm')}
          onConfirm={() => {
            actions.setHypothesisStatus(hypothesisId, 'adopted', true);
            setConfirming(false);
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}
