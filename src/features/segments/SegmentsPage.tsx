import { useMemo, useState } from 'react';
import { rankedSegments } from '../../domain/operations';
import { MAX_KEY_SEGMENTS } from '../../domain/validation';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { useWorkspace } from '../../store/workspace';
import { SegmentForm } from './SegmentForm';
import { SegmentRow } from './SegmentRow';
import { PanelBoundary } from '../../ui/PanelBoundary';

export function SegmentsPage() {
  const t = useT();
  const segmentsRecord = useWorkspace((ws) => ws.segments);
  const segments = useMemo(() => rankedSegments({ segments: segmentsRecord }), [segmentsRecord]);
  const [creating, setCreating] = useState(false);
  const totalShare = segments.reduce((sum, s) => sum + (s.revenueShare ?? 0), 0);

  return (
    <main className="segments-page">
      <div className="page-heading">
        <h1>{t('segments.title')}</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          {t('segments.new')}
        </button>
      </div>
      {segments.length > MAX_KEY_SEGMENTS && (
        <p className="hint-box" role="note">
          {t('segments.tooMany', { n: segments.length })}
        </p>
      )}
      {totalShare > 100 && (
        <p className="hint-box warning" role="note">
          {t('segments.shareOver', { total: Math.round(totalShare * 10) / 10 })}
        </p>
      )}
      <PanelBoundary name={t('segments.list')}>
      {segments.length === 0 ? (
        <p className="empty">{t('segments.empty')}</p>
      ) : (
        <ol className="segment-list" aria-label={t('segments.list')}>
          {segments.map((segment, index) => (
            <SegmentRow key={segment.id} segment={segment} index={index} count={segments.length} />
          ))}
        </ol>
      )}
      </PanelBoundary>
      {creating && (
        <SegmentForm
          title={t('segments.new')}
          onCancel={() => setCreating(false)}
          onSave={(fields) => {
            actions.addSegment(fields);
            setCreating(false);
          }}
        />
      )}
    </main>
  );
}
