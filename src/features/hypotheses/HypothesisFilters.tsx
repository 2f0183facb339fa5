import { useId } from 'react';
import { distinct, type HypothesisFilter, type HypothesisRow } from '../../domain/hypotheses/table';
import { HYPOTHESIS_STATUSES } from '../../domain/types';
import { useT } from '../../i18n/useT';

interface Props {
  rows: HypothesisRow[];
  filter: HypothesisFilter;
  onChange: (filter: HypothesisFilter) => void;
}

/** Map, segment, stage, status and owner filters; the choices come from the hypotheses themselves. */
export function HypothesisFilters({ rows, filter, onChange }: Props) {
  const t = useT();
  const id = useId();
  const pairs = (key: 'map' | 'segment') => {
    const seen = new Map<string, string>();
    for (const r of rows) {
      const id = key === 'map' ? r.mapId : r.segmentId;
      if (id) seen.set(id, key === 'map' ? r.mapTitle : r.segmentName);
    }
    return [...seen].sort((a, b) => a[1].localeCompare(b[1]));
  };
  const stages = distinct(rows.filter((r) => !filter.mapId || r.mapId === filter.mapId).map((r) => r.stageName));
  const select = (field: keyof HypothesisFilter, label: string, options: [string, string][]) => (
    <div className="filter">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <select id={`${id}-${field}`} value={filter[field]} onChange={(e) => onChange({ ...filter, [field]: e.target.value })}>
        <option value="">{t('hyp.filter.any')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="hypothesis-filters">
      {select('mapId', t('hyp.filter.map'), pairs('map'))}
      {select('segmentId', t('hyp.filter.segment'), pairs('segment'))}
      {select('stageName', t('hyp.filter.stage'), stages.map((s) => [s, s]))}
      {select('status', t('hyp.filter.status'), HYPOTHESIS_STATUSES.map((s) => [s, t(`status.${s}`)]))}
      {select('owner', t('hyp.filter.owner'), distinct(rows.map((r) => r.owner)).map((o) => [o, o]))}
    </div>
  );
}
