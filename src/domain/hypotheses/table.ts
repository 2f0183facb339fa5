// The hypotheses table: one row per hypothesis with where it came from, filtered and sorted.
import { HYPOTHESIS_STATUSES, type HypothesisStatus, type Id, type MetricKind, type Workspace } from '../types';
import { analyseHypothesis, metricKindOf, type Analysis } from './analysis';

export interface HypothesisRow {
  id: Id;
  title: string;
  status: HypothesisStatus;
  mapId: Id | null;
  mapTitle: string;
  segmentId: Id | null;
  segmentName: string;
  stageName: string;
  recommendation: string;
  owner: string;
  plannedStart: string;
  plannedEnd: string;
  targetSample: number | null;
  metricKind: MetricKind;
  analysis: Analysis | null;
  conclusion: string;
  updatedAt: number;
}

export function hypothesisRows(ws: Workspace): HypothesisRow[] {
  return Object.values(ws.hypotheses).map((h) => {
    const map = h.mapId ? ws.maps[h.mapId] : undefined;
    const segment = map?.segmentId ? ws.segments[map.segmentId] : undefined;
    return {
      id: h.id,
      title: h.title,
      status: h.status,
      mapId: map?.id ?? null,
      mapTitle: map?.title ?? '',
      segmentId: segment?.id ?? null,
      segmentName: segment?.name ?? '',
      stageName: (h.stageId && ws.stages[h.stageId]?.name) || '',
      recommendation: (h.recommendationCardId && ws.cards[h.recommendationCardId]?.text) || '',
      owner: h.owner,
      plannedStart: h.plannedStart,
      plannedEnd: h.plannedEnd,
      targetSample: h.targetSample,
      metricKind: metricKindOf(h),
      analysis: analyseHypothesis(h),
      conclusion: h.conclusion,
      updatedAt: h.updatedAt,
    };
  });
}

/** Empty filter values mean "any". */
export interface HypothesisFilter {
  mapId: string;
  segmentId: string;
  stageName: string;
  status: string;
  owner: string;
}

export const NO_FILTER: HypothesisFilter = { mapId: '', segmentId: '', stageName: '', status: '', owner: '' };

export function filterRows(rows: HypothesisRow[], f: HypothesisFilter): HypothesisRow[] {
  return rows.filter(
    (r) =>
      (!f.mapId || r.mapId === f.mapId) &&
      (!f.segmentId || r.segmentId === f.segmentId) &&
      (!f.stageName || r.stageName === f.stageName) &&
      (!f.status || r.status === f.status) &&
      (!f.owner || r.owner === f.owner),
  );
}

export const SORT_KEYS = ['title', 'status', 'mapTitle', 'stageName', 'owner', 'plannedStart', 'uplift', 'updatedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

function sortValue(r: HypothesisRow, key: SortKey): string | number | null {
  switch (key) {
    case 'status':
      return HYPOTHESIS_STATUSES.indexOf(r.status);
    case 'uplift':
      return r.analysis?.difference ?? null;
    case 'updatedAt':
      return r.updatedAt;
    default:
      return r[key] || null;
  }
}

/** Sorted by the key; rows without a value go last either way, ties by title. */
export function sortRows(rows: HypothesisRow[], key: SortKey, direction: 'asc' | 'desc'): HypothesisRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) return x === y ? a.title.localeCompare(b.title) : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order * sign || a.title.localeCompare(b.title);
  });
}

/** Distinct non-empty values, sorted, for a filter's choices. */
export function distinct(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
