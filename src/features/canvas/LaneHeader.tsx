import { memo, useCallback, useState } from 'react';
import type { Lane } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { InlineTextInput } from '../../ui/InlineTextInput';
import { MenuButton } from '../../ui/MenuButton';
import { useObserveRow } from './useObserveRow';
import { useDragReorder } from '../../ui/useDragReorder';

interface LaneHeaderProps {
  lane: Lane;
  title: string;
  /** Position among all the map's lanes, hidden ones included. */
  index: number;
  count: number;
  /** Converts a position among the visible lanes into a position among all lanes. */
  visibleToIndex: (laneId: string, visibleIndex: number) => number;
}

export const LaneHeader = memo(function LaneHeader({ lane, title, index, count, visibleToIndex }: LaneHeaderProps) {
  const t = useT();
  const [renaming, setRenaming] = useState(false);
  const ref = useObserveRow<HTMLDivElement>(lane.id);
  // Hidden lanes are not on the board, so the drop index among visible lanes is mapped back.
  const startDrag = useDragReorder(
    'y',
    '.board',
    '.lane-header',
    useCallback((to: number) => actions.moveLane(lane.id, visibleToIndex(lane.id, to)), [lane.id, visibleToIndex]),
  );
  return (
    <div className={`lane-header lane-${lane.kind} nopan`} ref={ref} data-lane-id={lane.id} onPointerDown={startDrag}>
      {renaming ? (
        <InlineTextInput
          initial={title}
          label={t('lane.nameField')}
          onCommit={(name) => {
            actions.renameLane(lane.id, name.trim());
            setRenaming(false);
          }}
          onCancel={() => setRenaming(false)}
        />
      ) : (
        <h3 className="lane-name" onDoubleClick={() => setRenaming(true)}>
          {title}
        </h3>
      )}
      <div className="header-actions">
        <button
          type="button"
          className="icon-button nodrag"
          aria-label={t('lane.rename', { name: title })}
          onClick={() => setRenaming(true)}
        >
          ✎
        </button>
        <MenuButton
          label={t('lane.options', { name: title })}
          items={[
            { label: t('lane.moveUp'), onSelect: () => actions.moveLane(lane.id, index - 1), disabled: index === 0 },
            { label: t('lane.moveDown'), onSelect: () => actions.moveLane(lane.id, index + 1), disabled: index === count - 1 },
            { label: t('lane.hide'), onSelect: () => actions.setLaneHidden(lane.id, true) },
            { label: t('lane.deleteItem'), onSelect: () => actions.deleteLane(lane.id), danger: true },
          ]}
        >
          ⋯
        </MenuButton>
      </div>
    </div>
  );
});
