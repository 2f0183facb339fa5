import type { Hypothesis } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { CommitField } from '../../ui/CommitField';

/** The title as the page heading: editable in place, never empty. */
export function HypothesisTitle({ hypothesis: h }: { hypothesis: Hypothesis }) {
  const t = useT();
  return (
    <div className="hypothesis-title">
      <h1 className="visually-hidden">{h.title}</h1>
      <CommitField
        label={t('hyp.titleField')}
        value={h.title}
        wide
        onCommit={(value) => (value.trim() ? void actions.updateHypothesis(h.id, { title: value.trim() }) : t('hyp.titleRequired'))}
      />
    </div>
  );
}
