import { useMemo, useState } from 'react';
import { rankedSegments } from '../../domain/operations';
import { mapsByRecency } from '../../domain/selectors';
import type { JourneyMap } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { useWorkspace } from '../../store/workspace';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useToasts } from '../../ui/toastStore';
import { compareHref, mapHref, navigate } from '../../ui/route';
import { MapRow } from './MapRow';
import { TransferActions } from '../transfer/TransferActions';
import { PanelBoundary } from '../../ui/PanelBoundary';

const NONE = '__none__';

export function MapsPage() {
  const t = useT();
  const language = useLanguage();
  const mapsRecord = useWorkspace((ws) => ws.maps);
  const segmentsRecord = useWorkspace((ws) => ws.segments);
  const segments = useMemo(() => rankedSegments({ segments: segmentsRecord }), [segmentsRecord]);
  // '' = every map, NONE = maps without a segment, else a segment id.
  const [filter, setFilter] = useState('');
  const [grouped, setGrouped] = useState(false);
  const maps = useMemo(
    () =>
      mapsByRecency({ maps: mapsRecord }).filter((m) =>
        filter === '' ? true : filter === NONE ? m.segmentId === null : m.segmentId === filter,
      ),
    [mapsRecord, filter],
  );
  const showToast = useToasts((s) => s.show);
  const [confirmReset, setConfirmReset] = useState(false);

  const createMap = () => {
    const stageNames = [1, 2, 3].map((n) => t('stage.defaultName', { n }));
    const id = actions.createMap(t('maps.newTitle'), stageNames, filter && filter !== NONE ? filter : null);
    // Null: refused for a limit, and the user was told why.
    if (id) navigate(mapHref(id));
  };

  const deleteMap = (map: JourneyMap) => {
    actions.deleteMap(map.id);
    showToast({ message: t('maps.deleted', { title: map.title }), action: { label: t('common.undo'), run: actions.undo } });
  };

  return (
    <main className="maps-page">
      <div className="page-heading">
        <h1>{t('maps.title')}</h1>
        <div className="page-actions">
          <button type="button" className="primary" onClick={createMap}>
            {t('maps.new')}
          </button>
          <a className="button-link" href={compareHref(null, null)}>
            {t('compare.open')}
          </a>
          <button type="button" onClick={() => setConfirmReset(true)}>
            {t('maps.resetDemo')}
          </button>
        </div>
      </div>
      <TransferActions />
      {segments.length > 0 && (
        <label className="segment-filter">
          {t('maps.filterSegment')}
          <select value={filter} onChange={(e) => setFilter(e.target.value)}>
            <option value="">{t('maps.allSegments')}</option>
            {segments.map((segment) => (
              <option key={segment.id} value={segment.id}>
                {segment.name}
              </option>
            ))}
            <option value={NONE}>{t('maps.noSegment')}</option>
          </select>
        </label>
      )}
      {segments.length > 0 && (
        <label className="segment-filter">
          <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />
          {t('maps.group')}
        </label>
      )}
      <PanelBoundary name={t('maps.list')}>
      {maps.length === 0 ? (
        <p className="empty">{t('maps.empty')}</p>
      ) : grouped ? (
        [...segments.map((s) => ({ id: s.id, title: s.name })), { id: null, title: t('maps.noSegment') }].map((group) => {
          const inGroup = maps.filter((m) => m.segmentId === group.id);
          if (inGroup.length === 0) return null;
          return (
            <section key={group.id ?? NONE} className="map-group" aria-label={group.title}>
              <h2>{group.title}</h2>
              <ul className="map-list">
                {inGroup.map((map) => (
                  <MapRow key={map.id} map={map} onDelete={deleteMap} />
                ))}
              </ul>
            </section>
          );
        })
      ) : (
        <ul className="map-list" aria-label={t('maps.list')}>
          {maps.map((map) => (
            <MapRow key={map.id} map={map} onDelete={deleteMap} />
          ))}
        </ul>
      )}
      </PanelBoundary>
      {confirmReset && (
        <ConfirmDialog
          title={t('maps.confirmReset.title')}
          body={t('maps.confirmReset.body')}
          confirmLabel={t('maps.resetDemo')}
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => {
            setConfirmReset(false);
            actions.resetDemo(language);
            showToast({ message: t('maps.demoReset'), action: { label: t('common.undo'), run: actions.undo } });
          }}
        />
      )}
    </main>
  );
}
