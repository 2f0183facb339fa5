import { memo } from 'react';
import { EMOTION_MAX, EMOTION_MIN } from '../../domain/defaults';
import type { Id } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';

const FACES: Record<number, string> = { [-2]: '😣', [-1]: '🙁', 0: '😐', 1: '🙂', 2: '😄' };
const LABELS = { [-2]: 'emotion.-2', [-1]: 'emotion.-1', 0: 'emotion.0', 1: 'emotion.1', 2: 'emotion.2' } as const;
const SCORES = Array.from({ length: EMOTION_MAX - EMOTION_MIN + 1 }, (_, i) => EMOTION_MIN + i);

interface EmotionCellProps {
  laneId: Id;
  stageId: Id;
  stageName: string;
  score: number | undefined;
}

export const EmotionCell = memo(function EmotionCell({ laneId, stageId, stageName, score }: EmotionCellProps) {
  const t = useT();
  return (
    <div className={`emotion emotion-${score ?? 'none'}`}>
      <span className="emotion-face" aria-hidden="true">
        {score === undefined ? '·' : FACES[score]}
      </span>
      <select
        className="nodrag"
        aria-label={t('emotion.label', { stage: stageName })}
        value={score ?? ''}
        onChange={(e) => actions.setEmotion(laneId, stageId, e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{t('emotion.none')}</option>
        {SCORES.map((s) => (
          <option key={s} value={s}>
            {`${s > 0 ? '+' : ''}${s} ${t(LABELS[s as keyof typeof LABELS])}`}
          </option>
        ))}
      </select>
    </div>
  );
});
