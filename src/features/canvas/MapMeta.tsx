import type { JourneyMap } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/useT';
import { useSaveStatus } from '../../store/saveStatus';
import { useWorkspace } from '../../store/workspace';

/** Who the map is for and when it last reached the disk. */
export function MapMeta({ map }: { map: JourneyMap }) {
  const t = useT();
  const language = useLanguage();
  const segment = useWorkspace((ws) => (map.segmentId ? ws.segments[map.segmentId]?.name : undefined));
  const persona = useWorkspace((ws) => (map.personaId ? ws.personas[map.personaId]?.name : undefined));
  const savedAt = useSaveStatus((s) => s.lastSavedAt);
  return (
    <div className="map-meta-bar">
      {segment && <span className="meta-chip">{t('editor.segment', { name: segment })}</span>}
      {persona && <span className="meta-chip">{t('editor.persona', { name: persona })}</span>}
      {savedAt !== null && (
        <span className="saved-at">
          {t('editor.savedAt', { time: new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(savedAt) })}
        </span>
      )}
    </div>
  );
}
