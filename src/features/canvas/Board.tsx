import { memo } from 'react';
import { cellKey } from '../../domain/selectors';
import type { Id, Stage } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { ADD_COLUMN_WIDTH, LANE_HEADER_WIDTH } from './boardMetrics';
import { Cell } from './Cell';
import { EmotionRow } from './EmotionRow';
import { useEditorStore } from './editorStore';
import { MenuButton } from '../../ui/MenuButton';
import { LaneHeader } from './LaneHeader';
import { laneTitle } from './laneTitle';
import { StageHeader } from './StageHeader';
import { useCardsByCell } from './useCellCards';
import { useMapGrid } from './useMapGrid';
import { useObserveRow } from './useObserveRow';

/**
 * The whole stages x lanes grid as one CSS grid: rows grow to their tallest cell and
 * columns take each stage's width, with no measuring round-trips.
 */
export const Board = memo(function Board({ mapId }: { mapId: Id }) {
  const t = useT();
  const { stages, lanes, allLanes } = useMapGrid(mapId);
  const hidden = allLanes.filter((l) => l.hidden);
  const cornerRef = useObserveRow<HTMLDivElement>('');
  const cardsOf = useCardsByCell(mapId);
  const resizing = useEditorStore((s) => s.resizing);
  const widthOf = (stage: Stage) => (resizing?.stageId === stage.id ? resizing.width : stage.width);
  const columns = `${LANE_HEADER_WIDTH}px ${stages.map((s) => `${widthOf(s)}px`).join(' ')} ${ADD_COLUMN_WIDTH}px`;

  return (
    <div className="board" role="region" aria-label={t('editor.canvas')} style={{ gridTemplateColumns: columns }}>
      <div className="board-row">
        <div className="corner" aria-hidden="true" ref={cornerRef}>
          {t('editor.corner')}
        </div>
        {stages.map((stage, index) => (
          <StageHeader key={stage.id} stage={stage} index={index} count={stages.length} />
        ))}
        <button
          type="button"
          className="add-stage nodrag"
          aria-label={t('stage.add')}
          title={t('stage.add')}
          onClick={() => actions.addStage(mapId, t('stage.defaultName', { n: stages.length + 1 }))}
        >
          +
        </button>
      </div>
      {lanes.map((lane) => {
        const title = laneTitle(lane, t);
        return (
          <div className="board-row" key={lane.id}>
            <LaneHeader lane={lane} title={title} index={allLanes.indexOf(lane)} count={allLanes.length} />
            {lane.kind === 'emotions' ? (
              <EmotionRow lane={lane} stages={stages} widthOf={widthOf} />
            ) : (
              stages.map((stage) => (
                <Cell
                  key={stage.id}
                  stage={stage}
                  lane={lane}
                  laneName={title}
                  cards={cardsOf(cellKey(stage.id, lane.id))}
                />
              ))
            )}
            <div className="row-end" aria-hidden="true" />
          </div>
        );
      })}
      <div className="board-footer">
        <button
          type="button"
          className="add-lane nodrag"
          onClick={() => actions.addLane(mapId, 'text', t('lane.newName'))}
        >
          {t('lane.add')}
        </button>
        {hidden.length > 0 && (
          <MenuButton
            label={t('lane.hiddenLanes', { n: hidden.length })}
            className="hidden-lanes"
            items={hidden.map((lane) => ({
              label: t('lane.show', { name: laneTitle(lane, t) }),
              onSelect: () => actions.setLaneHidden(lane.id, false),
            }))}
          >
            {t('lane.hiddenLanes', { n: hidden.length })}
          </MenuButton>
        )}
      </div>
    </div>
  );
});
