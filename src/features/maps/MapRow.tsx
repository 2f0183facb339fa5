import { Copy } from 'lucide-react';
import { memo, useState } from 'react';
import { fitName } from '../../domain/limits';
import { mapCardCount } from '../../domain/selectors';
import { formatWhen } from '../../domain/showableTime';
import type { JourneyMap } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { useWorkspace } from '../../store/workspace';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { InlineTextInput } from '../../ui/InlineTextInput';
import { mapHref } from '../../ui/route';
import { ExportMenu } from '../transfer/ExportMenu';

interface MapRowProps {
  map: JourneyMap;
  onDelete: (map: JourneyMap) => void;
}

export const MapRow = memo(function MapRow({ map, onDelete }: MapRowProps) {
  const t = useT();
  const language = useLanguage();
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const cards = useWorkspace((ws) => mapCardCount(ws, map.id));
  const stages = useWorkspace((ws) => Object.values(ws.stages).filter((s) => s.mapId === map.id).length);
  const segmentName = useWorkspace((ws) => (map.segmentId ? ws.segments[map.segmentId]?.name : undefined));
  const title = map.title || t('common.untitled');
  const updated = formatWhen(map.updatedAt, language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <li className="map-row">
      <div className="map-row-main">
        {renaming ? (
          <InlineTextInput
            initial={map.title}
            label={t('maps.titleField')}
            validate={(value) => (value.trim() ? null : t('maps.titleRequired'))}
            onCommit={(value) => {
              actions.renameMap(map.id, value.trim());
              setRenaming(false);
            }}
            onCancel={() => setRenaming(false)}
          />
        ) : (
          <a className="map-title" href={mapHref(map.id)} aria-label={t('maps.open', { title })}>
            {title}
          </a>
        )}
        <div className="map-meta">
          {segmentName && <span>{t('maps.segment', { name: segmentName })}</span>}
          <span>{t('maps.stats', { stages, cards })}</span>
          <span>{t('maps.updated', { date: updated })}</span>
        </div>
      </div>
      <div className="map-row-actions">
        <button type="button" onClick={() => setRenaming(true)} aria-label={t('maps.renameMap', { title })}>
          {t('common.rename')}
        </button>
        <button
          type="button"
          onClick={() => actions.duplicateMap(map.id, fitName(title, (base) => t('maps.copyTitle', { title: base })))}
          aria-label={t('maps.duplicateMap', { title })}
        >
          <Copy size={14} aria-hidden="true" />
        </button>
        <ExportMenu map={map} />
        <button
          type="button"
          className="danger"
          onClick={() => setConfirming(true)}
          aria-label={t('maps.deleteMap', { title })}
        >
          {t('common.delete')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('maps.confirmDelete.title', { title })}
          body={t('maps.confirmDelete.body', { cards })}
          confirmLabel={t('common.delete')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onDelete(map);
          }}
        />
      )}
    </li>
  );
});
