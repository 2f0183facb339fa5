import { memo, useState } from 'react';
import { EMOTION_COLORS as COLORS, EMOTION_ROW_HEIGHT as HEIGHT, emotionScoreAt as scoreAt, emotionY as yOf, smoothPath } from '../../domain/curve';
import { EMOTION_MAX, EMOTION_MIN } from '../../domain/defaults';
import type { Lane, Stage } from '../../domain/types';
import { useT, type T } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { trackPointer } from '../../ui/trackPointer';
import { GRID_GAP } from '../../ui/boardMetrics';

const LABELS = { [-2]: 'emotion.-2', [-1]: 'emotion.-1', 0: 'emotion.0', 1: 'emotion.1', 2: 'emotion.2' } as const;


export function emotionText(score: number | undefined, t: T): string {
  if (score === undefined) return t('emotion.none');
  return `${score > 0 ? '+' : ''}${score}, ${t(LABELS[score as keyof typeof LABELS])}`;
}

interface EmotionRowProps {
  lane: Lane;
  stages: Stage[];
  widthOf: (stage: Stage) => number;
}

/**
 * The emotion lane as one curve across the stages: a point per stage, dragged up or down
 * (or moved with the arrow keys) in whole steps from -2 to +2.
 */
export const EmotionRow = memo(function EmotionRow({ lane, stages, widthOf }: EmotionRowProps) {
  const t = useT();
  const [preview, setPreview] = useState<{ stageId: string; score: number } | null>(null);
  let left = 0;
  const columns = stages.map((stage) => {
    const width = widthOf(stage);
    const column = { stage, x: left + width / 2, width };
    left += width + GRID_GAP;
    return column;
  });
  const totalWidth = Math.max(0, left - GRID_GAP);
  const scoreOf = (stageId: string) => (preview?.stageId === stageId ? preview.score : lane.scores[stageId]);
  const rated = columns.filter((c) => scoreOf(c.stage.id) !== undefined);
  const path = smoothPath(rated.map((c) => ({ x: c.x, y: yOf(scoreOf(c.stage.id)!) })));

  return (
    <div className="emotion-row" style={{ gridColumn: `2 / span ${stages.length}` }}>
      <svg width={totalWidth} height={HEIGHT} className="emotion-svg" role="group" aria-label={t('lane.kind.emotions')}>
        <line x1={0} x2={totalWidth} y1={yOf(0)} y2={yOf(0)} className="emotion-zero" />
        <path d={path} className="emotion-curve" />
        {columns.map(({ stage, x }) => {
          const score = scoreOf(stage.id);
          const y = yOf(score ?? 0);
          return (
            <g
              key={stage.id}
              className={`emotion-point nodrag nopan ${score === undefined ? 'unrated' : ''}`}
              role="slider"
              tabIndex={0}
              aria-label={t('emotion.label', { stage: stage.name })}
              aria-valuemin={EMOTION_MIN}
              aria-valuemax={EMOTION_MAX}
              aria-valuenow={score}
              aria-valuetext={emotionText(score, t)}
              aria-orientation="vertical"
              onKeyDown={(e) => {
                const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
                if (step) {
                  e.preventDefault();
                  e.stopPropagation();
                  actions.setEmotion(lane.id, stage.id, (score ?? 0) + (score === undefined ? 0 : step));
                } else if (e.key === 'Delete' || e.key === 'Backspace') {
                  e.preventDefault();
                  e.stopPropagation();
                  actions.setEmotion(lane.id, stage.id, null);
                }
              }}
              onPointerDown={(e) => {
                if (e.button !== 0) return;
                e.preventDefault();
                e.stopPropagation();
                const svg = (e.currentTarget as SVGGElement).ownerSVGElement!;
                const box = svg.getBoundingClientRect();
                const scale = box.height / HEIGHT || 1;
                let next = score ?? 0;
                const onMove = (ev: PointerEvent) => {
                  next = scoreAt((ev.clientY - box.top) / scale);
                  setPreview({ stageId: stage.id, score: next });
                };
                trackPointer(onMove, (cancelled) => {
                  setPreview(null);
                  if (!cancelled && next !== score) actions.setEmotion(lane.id, stage.id, next);
                });
              }}
            >
              <circle cx={x} cy={y} r={18} className="emotion-hit" />
              <circle className="emotion-dot" cx={x} cy={y} r={score === undefined ? 6 : 9} fill={score === undefined ? '#fff' : COLORS[score]} />
              {score !== undefined && <Face x={x + 22} y={y - 14} score={score} />}
            </g>
          );
        })}
      </svg>
    </div>
  );
});

/** A small drawn face: the mouth bends with the score. Drawn, not an emoji, so it looks the same everywhere. */
function Face({ x, y, score }: { x: number; y: number; score: number }) {
  const bend = score * 2.2;
  return (
    <g className="emotion-face" aria-hidden="true" transform={`translate(${x} ${y})`}>
      <circle r={9} fill="#fff" stroke={COLORS[score]} strokeWidth={1.5} />
      <circle cx={-3} cy={-2.5} r={1.2} fill="#333" />
      <circle cx={3} cy={-2.5} r={1.2} fill="#333" />
      <path d={`M -4 ${3 - bend / 2} Q 0 ${3 + bend} 4 ${3 - bend / 2}`} fill="none" stroke="#333" strokeWidth={1.3} strokeLinecap="round" />
    </g>
  );
}
