import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { useWorkspace } from '../../store/workspace';
import { useToasts } from '../../ui/toastStore';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { HYPOTHESES_HREF, navigate } from '../../ui/route';
import { HypothesisDefinition } from './HypothesisDefinition';
import { HypothesisSource } from './HypothesisSource';
import { HypothesisTitle } from './HypothesisTitle';
import { ResultsPanel } from './ResultsPanel';
import { SamplePlanner } from './SamplePlanner';
import { StatusPanel } from './StatusPanel';
import './hypotheses.css';

/** One hypothesis, from its statement through its plan to its results and verdict. */
export function HypothesisPage({ hypothesisId }: { hypothesisId: string }) {
  const t = useT();
  const hypothesis = useWorkspace((ws) => ws.hypotheses[hypothesisId]);
  const [confirming, setConfirming] = useState(false);
  if (!hypothesis) {
    return (
      <main className="hypothesis-page">
        <a href={HYPOTHESES_HREF}>← {t('hyp.back')}</a>
        <p role="alert">{t('hyp.notFound')}</p>
      </main>
    );
  }
  const remove = () => {
    const title = hypothesis.title;
    actions.deleteHypothesis(hypothesis.id);
    setConfirming(false);
    navigate(HYPOTHESES_HREF);
    useToasts.getState().show({ message: t('hyp.deleted', { title }), action: { label: t('common.undo'), run: actions.undo } });
  };
  return (
    <main className="hypothesis-page">
      <div className="page-heading">
        <a href={HYPOTHESES_HREF}>← {t('hyp.back')}</a>
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('hyp.delete')}
        </button>
      </div>
      <HypothesisTitle hypothesis={hypothesis} />
      <div className="hypothesis-columns">
        <HypothesisSource hypothesis={hypothesis} />
        <StatusPanel hypothesis={hypothesis} />
      </div>
      <HypothesisDefinition hypothesis={hypothesis} />
      <SamplePlanner hypothesis={hypothesis} />
      <ResultsPanel hypothesis={hypothesis} />
      {confirming && (
        <ConfirmDialog
          title={t('hyp.confirmDelete.title', { title: hypothesis.title })}
          body={t('hyp.confirmDelete.body')}
          confirmLabel={t('common.delete')}
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        />
      )}
    </main>
  );
}
