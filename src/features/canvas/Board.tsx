import { memo, useCallback, useMemo } from 'react';
import { MAX_LANES_PER_MAP, MAX_STAGES_PER_MAP } from '../../domain/limits';
import { cellKey, mapLinks } from '../../domain/selectors';
import type { Id, Stage } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { useWorkspace } from '../../store/workspace';
import { ADD_COLUMN_WIDTH, LANE_HEADER_WIDTH } from '../../ui/boardMetrics';
import { Cell } from './Cell';
import { EmotionRow } from './EmotionRow';
import { useEditorStore } from './editorStore';
import { MenuButton } from '../../ui/MenuButton';
import { LaneHeader } from './LaneHeader';
import { LinksLayer } from './LinksLayer';
import { laneTitle } from '../../ui/laneTitle';
import { StageHeader } from './StageHeader';
import { useCardsByCell } from './useCellCards';
import { useMapGrid } from './useMapGrid';
import { useObserveRow } from './useObserveRow';
import { useBoardKeyboard } from './useBoardKeyboard';
import { useReveal } from './useReveal';
import { useBoxSelect } from './useBoxSelect';

/**
 * The whole stages x lanes grid as one CSS grid: rows grow to their tallest cell and
 * columns take each stage's width, with no measuring round-trips.
 */
export const Board = memo(function Board({ mapId }: { mapId: Id }) {
  const t = useT();
  const grid = useMapGrid(mapId);
  const { lanes, allLanes } = grid;
  const focusStageId = useEditorStore((s) => s.focusStageId);
  const focused = grid.stages.find((s) => s.id === focusStageId);
  const stages = useMemo(() => (focused ? [focused] : grid.stages), [focused, grid.stages]);
  const hidden = allLanes.filter((l) => l.hidden);
  // A drop among the visible lanes, as a position among all the map's lanes but the dragged one.
  const visibleToIndex = useCallback(
    (laneId: Id, visibleIndex: number) => {
      const rest = allLanes.filter((l) => l.id !== laneId);
      const visible = rest.filter((l) => !l.hidden);
      const before = visible[visibleIndex];
      if (before) return rest.indexOf(before);
      const last = visible.at(-1);
      return last ? rest.indexOf(last) + 1 : rest.length;
    },
    [allLanes],
  );
  const cornerRef = useObserveRow<HTMLDivElement>('');
  const cardsOf = useCardsByCell(mapId);
  const resizing = useEditorStore((s) => s.resizing);
  const widthOf = useCallback(
    (stage: Stage) => (resizing?.stageId === stage.id ? resizing.width : stage.width),
    [resizing],
  );
  const linksRecord = useWorkspace((ws) => ws.links);
  // Barriers that some recommendation answers; the others are flagged.
  const answered = useMemo(
    () => new Set(mapLinks({ links: linksRecord }, mapId).map((l) => l.toCardId)),
    [linksRecord, mapId],
  );
  const onKeyDown = useBoardKeyboard(stages, lanes);
  const reveal = useReveal();
  const boardRef = useBoxSelect();
  const barrierLanes = lanes.filter((l) => l.kind === 'barriers');
  const barrierCount = (stage: Stage) =>
    barrierLanes.reduce((n, lane) => n + cardsOf(cellKey(stage.id, lane.id)).length, 0);
  const columns = `${LANE_HEADER_WIDTH}px ${stages.map((s) => `${widthOf(s)}px`).join(' ')} ${ADD_COLUMN_WIDTH}px`;

  return (
    <div
      className="board"
      role="region"
      aria-label={t('editor.canvas')}
      style={{ gridTemplateColumns: columns }}
      ref={boardRef}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        // Only keyboard focus pans: a mouse press must not move what is under the pointer.
        const target = e.target as HTMLElement;
        if (target.matches(':focus-visible') && !target.matches('input, textarea, select')) reveal(target);
      }}
    >
      <div className="board-row">
        <div className="corner" aria-hidden="true" ref={cornerRef}>
          {t('editor.corner')}
        </div>
        {stages.map((stage, index) => (
          <StageHeader
            key={stage.id}
            stage={stage}
            index={focused ? grid.stages.indexOf(focused) : index}
            count={grid.stages.length}
            barriers={barrierLanes.length ? barrierCount(stage) : null}
          />
        ))}
        <button
          type="button"
          className="add-stage nodrag"
          aria-label={t('stage.add')}
          // At the cap the button says why a click is refused (with a toast, by the store).
          title={grid.stages.length >= MAX_STAGES_PER_MAP ? t('limit.stagesFull', { limit: MAX_STAGES_PER_MAP }) : t('stage.add')}
          onClick={() => actions.addStage(mapId, t('stage.defaultName', { n: grid.stages.length + 1 }))}
        >
          +
        </button>
      </div>
      {lanes.map((lane) => {
        const title = laneTitle(lane, t);
        return (
          <div className="board-row" key={lane.id}>
            <LaneHeader
              lane={lane}
              title={title}
              index={allLanes.indexOf(lane)}
              count={allLanes.length}
              visibleToIndex={visibleToIndex}
            />
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
                  answered={lane.kind === 'barriers' ? answered : null}
                  t={t}
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
          title={allLanes.length >= MAX_LANES_PER_MAP ? t('limit.lanesFull', { limit: MAX_LANES_PER_MAP }) : undefined}
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
      <LinksLayer mapId={mapId} />
    </div>
  );
});
