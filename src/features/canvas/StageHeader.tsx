import { memo, useCallback, useState } from 'react';
import { clipText, MAX_TEXT } from '../../domain/limits';
import type { Stage } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { InlineTextInput } from '../../ui/InlineTextInput';
import { MenuButton } from '../../ui/MenuButton';
import { StageResizer } from './StageResizer';
import { useEditorStore } from './editorStore';
import { useDragReorder } from '../../ui/useDragReorder';
import { openExport } from '../export/exportRequest';

interface StageHeaderProps {
  stage: Stage;
  index: number;
  count: number;
  /** Barriers at this stage, or null when the map has no barriers lane. */
  barriers: number | null;
}

export const StageHeader = memo(function StageHeader({ stage, index, count, barriers }: StageHeaderProps) {
  const t = useT();
  const [renaming, setRenaming] = useState(false);
  const addConflictBarrier = () => {
    const id = actions.addGoalConflictBarrier(stage.id, (customer, brand) =>
      // Worded from two cards of up to 20,000 characters each: cut to what one card holds.
      clipText(t('goal.barrierText', { customer: customer || t('goal.unknownGoal'), brand: brand || t('goal.unknownGoal') }), MAX_TEXT),
    );
    if (id) useEditorStore.getState().editCard(id);
  };
  const startDrag = useDragReorder(
    'x',
    '.board',
    '.stage-header',
    useCallback((to: number) => actions.moveStage(stage.id, to), [stage.id]),
  );
  const insert = (at: number) => actions.addStage(stage.mapId, t('stage.defaultName', { n: count + 1 }), at);
  return (
    <div className="stage-header nopan" data-stage-id={stage.id} onPointerDown={startDrag}>
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
      <div className="stage-badges">
      {stage.goalAlignment === 'conflict' && (
        <button
          type="button"
          className="goal-badge goal-conflict icon-button nodrag"
          aria-label={`${t('goal.conflict')}. ${t('goal.addBarrier')}`}
          title={`${t('goal.conflict')}. ${t('goal.addBarrier')}`}
          onClick={addConflictBarrier}
        >
          ⚡
        </button>
      )}
      {stage.goalAlignment === 'aligned' && (
        <span className="goal-badge goal-aligned" role="img" aria-label={t('goal.aligned')} title={t('goal.aligned')}>
          ✓
        </span>
      )}
      {barriers !== null && barriers > 0 && (
        <span className="barrier-count" title={t('stage.barrierCount', { n: barriers })}>
          <span className="visually-hidden">{t('stage.barrierCount', { n: barriers })}</span>
          <span aria-hidden="true">⚑ {barriers}</span>
        </span>
      )}
      </div>
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
            { label: t('focus.enter'), onSelect: () => useEditorStore.setState({ focusStageId: stage.id }) },
            { label: t('imageExport.stage'), onSelect: () => openExport({ kind: 'stage', stageId: stage.id }) },
            ...(stage.goalAlignment === 'conflict' ? [{ label: t('goal.addBarrier'), onSelect: addConflictBarrier }] : []),
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
