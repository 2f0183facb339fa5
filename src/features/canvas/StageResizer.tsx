import { MAX_STAGE_WIDTH, MIN_STAGE_WIDTH } from '../../domain/defaults';
import type { Stage } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { trackPointer } from '../../ui/trackPointer';
import { useEditorStore } from './editorStore';

const KEY_STEP = 20;

const clampWidth = (width: number) => Math.max(MIN_STAGE_WIDTH, Math.min(MAX_STAGE_WIDTH, width));

/**
 * The handle on a stage header's right edge: drag it, or focus it and press the arrow keys,
 * to change the column's width. A drag previews live and is committed once, as one undo step.
 */
export function StageResizer({ stage }: { stage: Stage }) {
  const t = useT();
  return (
    <div
      className="stage-resizer nodrag nopan"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('stage.resize', { name: stage.name })}
      aria-valuemin={MIN_STAGE_WIDTH}
      aria-valuemax={MAX_STAGE_WIDTH}
      aria-valuenow={stage.width}
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
          e.preventDefault();
          e.stopPropagation();
          actions.setStageWidth(stage.id, clampWidth(stage.width + (e.key === 'ArrowRight' ? KEY_STEP : -KEY_STEP)));
        }
      }}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.preventDefault();
        e.stopPropagation();
        const header = e.currentTarget.parentElement!;
        // The canvas may be zoomed: pointer movement is in screen pixels.
        const scale = header.getBoundingClientRect().width / header.offsetWidth || 1;
        const startX = e.clientX;
        let width = stage.width;
        const onMove = (ev: PointerEvent) => {
          width = Math.round(clampWidth(stage.width + (ev.clientX - startX) / scale));
          useEditorStore.setState({ resizing: { stageId: stage.id, width } });
        };
        trackPointer(onMove, (cancelled) => {
          useEditorStore.setState({ resizing: null });
          if (!cancelled && width !== stage.width) actions.setStageWidth(stage.id, width);
        });
      }}
    />
  );
}
