import { HYPOTHESIS_STATUSES, type HypothesisStatus } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';

interface Props {
  hypothesisId: string;
  status: HypothesisStatus;
  id?: string;
  label?: string;
  className?: string;
}

/** Moves a hypothesis to another status; each change is dated in its history. */
export function StatusSelect({ hypothesisId, status, id, label, className }: Props) {
  const t = useT();
  return (
    <select
      id={id}
      className={className}
      aria-label={label}
      value={status}
      onChange={(e) => actions.setHypothesisStatus(hypothesisId, e.target.value as HypothesisStatus)}
    >
      {HYPOTHESIS_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(`status.${s}`)}
        </option>
      ))}
    </select>
  );
}
