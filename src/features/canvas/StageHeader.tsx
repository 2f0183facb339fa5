import { memo, useState } from 'react';
import type { Stage } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { InlineTextInput } from '../../ui/InlineTextInput';
import { MenuButton } from '../../ui/MenuButton';
import { StageResizer } from './StageResizer';

interface StageHeaderProps {
  stage: Stage;
  index: number;
  count: number;
}

export const StageHeader = memo(function StageHeader({ stage, index, count }: StageHeaderProps) {
  const t = useT();
  const [renaming, setRenaming] = useState(false);
  const insert = (at: number) => actions.addStage(stage.mapId, t('stage.defaultName', { n: count + 1 }), at);
  return (
    <div className="stage-header" data-stage-id={stage.id}>
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
        <MenuButton
          label={t('stage.options', { name: stage.name })}
          items={[
            { label: t('stage.insertBefore'), onSelect: () => insert(index) },
            { label: t('stage.insertAfter'), onSelect: () => insert(index + 1) },
            { label: t('stage.moveLeft'), onSelect: () => actions.moveStage(stage.id, index - 1), disabled: index === 0 },
            {
              label: t('stage.moveRight'),
              onSelect: () => actions.moveStage(stage.id, index + 1),
              disabled: index === count - 1,
            },
            stage.goalAlignment === 'conflict'
              ? { label: t('stage.markUnknown'), onSelect: () => actions.setGoalAlignment(stage.id, 'unknown') }
              : { label: t('stage.markConflict'), onSelect: () => actions.setGoalAlignment(stage.id, 'conflict') },
            stage.goalAlignment === 'aligned'
              ? { label: t('stage.markUnknown'), onSelect: () => actions.setGoalAlignment(stage.id, 'unknown') }
              : { label: t('stage.markAligned'), onSelect: () => actions.setGoalAlignment(stage.id, 'aligned') },
            { label: t('stage.deleteItem'), onSelect: () => actions.deleteStage(stage.id), danger: true },
          ]}
        >
          ⋯
        </MenuButton>
      </div>
      <StageResizer stage={stage} />
    </div>
  );
});
