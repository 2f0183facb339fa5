import { memo, useCallback, useMemo, useState } from 'react';
import { Copy } from 'lucide-react';
import { fitName } from '../../domain/limits';
import type { Persona, Segment } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { useWorkspace } from '../../store/workspace';
import { useToasts } from '../../ui/toastStore';
import { useDragReorder } from '../../ui/useDragReorder';
import { mapHref, navigate } from '../../ui/route';
import { DeleteSegmentDialog } from './DeleteSegmentDialog';
import { PersonaCard } from './PersonaCard';
import { PersonaForm } from './PersonaForm';
import { SegmentForm } from './SegmentForm';

interface SegmentRowProps {
  segment: Segment;
  index: number;
  count: number;
}

export const SegmentRow = memo(function SegmentRow({ segment, index, count }: SegmentRowProps) {
  const t = useT();
  const showToast = useToasts((s) => s.show);
  const mapsRecord = useWorkspace((ws) => ws.maps);
  const personasRecord = useWorkspace((ws) => ws.personas);
  const maps = useMemo(() => Object.values(mapsRecord).filter((m) => m.segmentId === segment.id), [mapsRecord, segment.id]);
  const personas = useMemo(
    () => Object.values(personasRecord).filter((p) => p.segmentId === segment.id).sort((a, b) => a.createdAt - b.createdAt),
    [personasRecord, segment.id],
  );
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [personaForm, setPersonaForm] = useState<Persona | 'new' | null>(null);
  const name = segment.name;
  const startDrag = useDragReorder(
    'y',
    '.segment-list',
    '.segment-row',
    useCallback((to: number) => actions.moveSegment(segment.id, to), [segment.id]),
  );

  const newMap = () => {
    // A segment with a single persona leaves no choice to make: the map is for that persona.
    // With several the user picks one on the map (none is the default), as before.
    const persona = personas.length === 1 ? personas[0]!.id : null;
    const id = actions.createMap(t('maps.newTitle'), [1, 2, 3].map((n) => t('stage.defaultName', { n })), segment.id, persona);
    // Null: refused for a limit, and the user was told why.
    if (id) navigate(mapHref(id));
  };

  return (
    <li className="segment-row">
      <div className="segment-head" onPointerDown={startDrag}>
        <span className="rank" aria-label={t('segments.rank', { n: index + 1 })}>
          {index + 1}
        </span>
        <div className="segment-main">
          <h2>{name}</h2>
          {segment.description && <p>{segment.description}</p>}
          <div className="map-meta">
            {segment.revenueShare !== null && <span>{t('segments.share', { share: segment.revenueShare })}</span>}
            {segment.relationship && <span>{t(`relationship.${segment.relationship}`)}</span>}
            <span>{t('segments.maps', { n: maps.length })}</span>
          </div>
        </div>
        <div className="map-row-actions">
          <button type="button" aria-label={t('segments.moveUp', { name })} disabled={index === 0} onClick={() => actions.moveSegment(segment.id, index - 1)}>
            ↑
          </button>
          <button
            type="button"
            aria-label={t('segments.moveDown', { name })}
            disabled={index === count - 1}
            onClick={() => actions.moveSegment(segment.id, index + 1)}
          >
            ↓
          </button>
          <button type="button" aria-label={t('segments.edit', { name })} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </button>
          <button
            type="button"
            aria-label={t('segments.duplicate', { name })}
            onClick={() => actions.duplicateSegment(segment.id, fitName(name, (base) => t('segments.copyName', { name: base })))}
          >
            <Copy size={14} aria-hidden="true" />
          </button>
          <button type="button" className="danger" aria-label={t('segments.delete', { name })} onClick={() => setDeleting(true)}>
            {t('common.delete')}
          </button>
        </div>
      </div>
      <div className="segment-maps">
        {maps.length === 0 ? <span className="empty">{t('segments.noMaps')}</span> : null}
        {maps.map((map) => (
          <a key={map.id} href={mapHref(map.id)} aria-label={t('maps.open', { title: map.title })}>
            {map.title}
          </a>
        ))}
        <button type="button" onClick={newMap}>
          {t('segments.newMap')}
        </button>
      </div>
      <section className="personas" aria-label={t('personas.title')}>
        {personas.map((persona) => (
          <div className="persona-item" key={persona.id}>
            <PersonaCard persona={persona} />
            <div className="persona-actions">
              <button type="button" aria-label={t('personas.edit', { name: persona.name })} onClick={() => setPersonaForm(persona)}>
                {t('common.edit')}
              </button>
              <button
                type="button"
                className="danger"
                aria-label={t('personas.delete', { name: persona.name })}
                onClick={() => {
                  actions.deletePersona(persona.id);
                  showToast({ message: t('personas.deleted', { name: persona.name }), action: { label: t('common.undo'), run: actions.undo } });
                }}
              >
                {t('common.delete')}
              </button>
            </div>
          </div>
        ))}
        <button type="button" className="add-persona" onClick={() => setPersonaForm('new')}>
          {t('personas.new', { name })}
        </button>
      </section>
      {editing && (
        <SegmentForm
          segment={segment}
          title={t('segments.edit', { name })}
          onCancel={() => setEditing(false)}
          onSave={(fields) => {
            actions.updateSegment(segment.id, fields);
            setEditing(false);
          }}
        />
      )}
      {deleting && (
        <DeleteSegmentDialog
          segment={segment}
          mapCount={maps.length}
          onCancel={() => setDeleting(false)}
          onDelete={(mode) => {
            setDeleting(false);
            actions.deleteSegment(segment.id, mode);
            showToast({ message: t('segments.deleted', { name }), action: { label: t('common.undo'), run: actions.undo } });
          }}
        />
      )}
      {personaForm && (
        <PersonaForm
          persona={personaForm === 'new' ? undefined : personaForm}
          title={personaForm === 'new' ? t('personas.new', { name }) : t('personas.edit', { name: personaForm.name })}
          onCancel={() => setPersonaForm(null)}
          onSave={(fields) => {
            if (personaForm === 'new') actions.addPersona(segment.id, fields);
            else actions.updatePersona(personaForm.id, fields);
            setPersonaForm(null);
          }}
        />
      )}
    </li>
  );
});
