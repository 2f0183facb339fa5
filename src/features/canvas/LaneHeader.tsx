import { memo, useState } from 'react';
import type { Lane } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { InlineTextInput } from '../../ui/InlineTextInput';
import { useObserveRow } from './useObserveRow';

export const LaneHeader = memo(function LaneHeader({ lane, title }: { lane: Lane; title: string }) {
  const t = useT();
  const [renaming, setRenaming] = useState(false);
  const ref = useObserveRow<HTMLDivElement>(lane.id);
  return (
    <div className={`lane-header lane-${lane.kind}`} ref={ref}>
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
        <button
          type="button"
          className="icon-button nodrag"
          aria-label={t('lane.delete', { name: title })}
          onClick={() => actions.deleteLane(lane.id)}
        >
          ×
        </button>
      </div>
    </div>
  );
});
