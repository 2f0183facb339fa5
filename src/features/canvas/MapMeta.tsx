import { useMemo } from 'react';
import { rankedSegments } from '../../domain/operations';
import type { JourneyMap } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { useSaveStatus } from '../../store/saveStatus';
import { useWorkspace } from '../../store/workspace';

interface MapMetaProps {
  map: JourneyMap;
  personaOpen: boolean;
  onTogglePersona: () => void;
}

/** Who the map is for (segment and persona, changeable here) and when it last reached the disk. */
export function MapMeta({ map, personaOpen, onTogglePersona }: MapMetaProps) {
  const t = useT();
  const language = useLanguage();
  const segmentsRecord = useWorkspace((ws) => ws.segments);
  const personasRecord = useWorkspace((ws) => ws.personas);
  const segments = useMemo(() => rankedSegments({ segments: segmentsRecord }), [segmentsRecord]);
  const personas = useMemo(
    () => Object.values(personasRecord).filter((p) => p.segmentId === map.segmentId),
    [personasRecord, map.segmentId],
  );
  const savedAt = useSaveStatus((s) => s.lastSavedAt);
  return (
    <div className="map-meta-bar">
      <select
        aria-label={t('binding.segment')}
        title={t('binding.segment')}
        value={map.segmentId ?? ''}
        onChange={(e) => actions.bindMap(map.id, e.target.value || null, null)}
      >
        <option value="">{t('binding.none')}</option>
        {segments.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {map.segmentId && (
        <select
          aria-label={t('binding.persona')}
          title={t('binding.persona')}
          value={map.personaId ?? ''}
          onChange={(e) => actions.bindMap(map.id, map.segmentId, e.target.value || null)}
        >
          <option value="">{t('binding.none')}</option>
          {personas.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      )}
      {map.personaId && (
        <button type="button" aria-pressed={personaOpen} onClick={onTogglePersona}>
          {personaOpen ? t('personaPanel.hide') : t('personaPanel.show')}
        </button>
      )}
      {savedAt !== null && (
        <span className="saved-at">
          {t('editor.savedAt', { time: new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(savedAt) })}
        </span>
      )}
    </div>
  );
}
