import { memo, useState } from 'react';
import type { Stage } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { InlineTextInput } from '../../ui/InlineTextInput';

export const StageHeader = memo(function StageHeader({ stage, index }: { stage: Stage; index: number }) {
  const t = useT();
  const [renaming, setRenaming] = useState(false);
  return (
    <div className="stage-header">
      <span className="stage-number" aria-hidden="true">
        {index + 1}
      </span>
      {renaming ? (
        <InlineTextInput
          initial={stage.name}
          label={t('stage.nameField')}
          onCommit={(name) => {
            actions.renameStage(stage.id, name.trim());
            setRenaming(false);
          }}
          onCancel={() => setRenaming(false)}
        />
      ) : (
        <h2 className="stage-name" onDoubleClick={() => setRenaming(true)}>
          {stage.name}
        </h2>
      )}
      {stage.goalAlignment === 'conflict' && (
        <span className="goal-badge goal-conflict" role="img" aria-label={t('goal.conflict')} title={t('goal.conflict')}>
          ⚡
        </span>
      )}
      {stage.goalAlignment === 'aligned' && (
        <span className="goal-badge goal-aligned" role="img" aria-label={t('goal.aligned')} title={t('goal.aligned')}>
          ✓
        </span>
      )}
      <div className="header-actions">
        <button
          type="button"
          className="icon-button nodrag"
          aria-label={t('stage.rename', { name: stage.name })}
          onClick={() => setRenaming(true)}
        >
          ✎
        </button>
        <button
          type="button"
          className="icon-button nodrag"
          aria-label={t('stage.delete', { name: stage.name })}
          onClick={() => actions.deleteStage(stage.id)}
        >
          ×
        </button>
      </div>
    </div>
  );
});
