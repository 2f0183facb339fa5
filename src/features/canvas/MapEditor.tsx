import { Controls, MiniMap, ReactFlow, type Node, type NodeProps, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Id } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { useWorkspace } from '../../store/workspace';
import { InlineTextInput } from '../../ui/InlineTextInput';
import { rememberLastMap } from '../../ui/lastMap';
import { MAPS_HREF } from '../../ui/route';
import { Board } from './Board';
import { INITIAL_EDITOR_STATE, selectedCards, useEditorStore } from './editorStore';
import { EditorToolbar } from './EditorToolbar';
import { MapMeta } from './MapMeta';
import { PersonaCard } from '../segments/PersonaCard';
import { StickyHeaders } from './StickyHeaders';
import { useMapGrid } from './useMapGrid';
import { useClipboard } from './useClipboard';
import { PanelBoundary } from '../../ui/PanelBoundary';
import { ExportButtons } from '../export/ExportButtons';
import { RoomPresence } from './RoomPresence';
import { WorkshopButton } from '../workshop/WorkshopButton';
import { useWorkshop } from '../../store/workshop';

type BoardNode = Node<{ mapId: Id }, 'board'>;

const BoardNodeView = memo(function BoardNodeView({ data }: NodeProps<BoardNode>) {
  return <Board mapId={data.mapId} />;
});

const nodeTypes: NodeTypes = { board: BoardNodeView };

export default function MapEditor({ mapId }: { mapId: Id }) {
  const t = useT();
  const map = useWorkspace((ws) => ws.maps[mapId]);
  const [renaming, setRenaming] = useState(false);
  const [personaOpen, setPersonaOpen] = useState(false);
  const persona = useWorkspace((ws) => (map?.personaId ? ws.personas[map.personaId] : undefined));
  const canvasRef = useRef<HTMLDivElement>(null);
  const settle = useRef<ReturnType<typeof setTimeout>>(undefined);
  const { stages, lanes } = useMapGrid(mapId);
  useClipboard();
  const nodes = useMemo<BoardNode[]>(
    () => [
      {
        id: 'board',
        type: 'board',
        position: { x: 0, y: 0 },
        data: { mapId },
        draggable: false,
        selectable: false,
        focusable: false,
        // React Flow turns pointer events off for a node that is neither draggable nor
        // selectable; the board's cells and cards need them.
        style: { pointerEvents: 'all' },
      },
    ],
    [mapId],
  );

  const exists = map !== undefined;
  // A participant who just opened a room link: the map arrives with the room's first sync.
  const joining = useWorkshop((s) => s.mapId === mapId && (s.status === 'connecting' || s.status === 'connected'));
  useEffect(() => {
    if (exists) rememberLastMap(mapId);
  }, [mapId, exists]);
  // View state (selection, search, focus mode) belongs to one map: start clean on another.
  useEffect(() => () => useEditorStore.setState(INITIAL_EDITOR_STATE), [mapId]);

  if (!map) {
    if (joining) return <main className="app-message" aria-busy="true">{t('workshop.joining')}</main>;
    return (
      <main className="app-message" role="alert">
        <p>{t('editor.notFound')}</p>
        <a href={MAPS_HREF}>{t('editor.back')}</a>
      </main>
    );
  }

  return (
    <main className="map-editor">
      <div className="editor-bar">
        <a href={MAPS_HREF} className="back-link">
          ← {t('editor.back')}
        </a>
        {renaming ? (
          <InlineTextInput
            initial={map.title}
            label={t('editor.titleField')}
            validate={(value) => (value.trim() ? null : t('maps.titleRequired'))}
            onCommit={(title) => {
              actions.renameMap(mapId, title.trim());
              setRenaming(false);
            }}
            onCancel={() => setRenaming(false)}
          />
        ) : (
          <h1 className="map-heading">
            <button type="button" className="title-button" onClick={() => setRenaming(true)} title={t('editor.titleField')}>
              {map.title || t('common.untitled')}
            </button>
          </h1>
        )}
        <MapMeta map={map} personaOpen={personaOpen} onTogglePersona={() => setPersonaOpen((open) => !open)} />
        <EditorToolbar mapId={mapId} />
        <ExportButtons mapId={mapId} getSelection={selectedCards} />
        <WorkshopButton mapId={mapId} />
      </div>
      <div className="canvas" ref={canvasRef}>
        <PanelBoundary name={t('editor.canvas')}>
        <ReactFlow
          nodes={nodes}
          edges={[]}
          nodeTypes={nodeTypes}
          // Start readable at the first stages; the Fit view control shows the whole map.
          defaultViewport={{ x: 16, y: 16, zoom: 0.85 }}
          minZoom={0.05}
          maxZoom={2}
          zoomOnDoubleClick={false}
          panOnScroll
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          nodesConnectable={false}
          proOptions={{ hideAttribution: true }}
          // While the view moves, the board is one composited layer that the compositor only
          // shifts; at rest it is painted normally, so typing repaints just the edited card.
          // (onMove, not onMoveStart: a press that does not pan must still reach the board.)
          onMove={() => {
            // Cleared by a timer rather than onMoveEnd, which not every viewport change sends.
            canvasRef.current?.classList.add('moving');
            clearTimeout(settle.current);
            settle.current = setTimeout(() => canvasRef.current?.classList.remove('moving'), 300);
          }}
        >
          <Controls />
          <MiniMap pannable zoomable />
          <StickyHeaders stages={stages} lanes={lanes} />
          <RoomPresence mapId={mapId} />
        </ReactFlow>
        </PanelBoundary>
        {personaOpen && persona && (
          <aside className="persona-panel" aria-label={t('editor.persona', { name: persona.name })}>
            <PanelBoundary name={t('editor.persona', { name: persona.name })}>
              <PersonaCard persona={persona} />
            </PanelBoundary>
          </aside>
        )}
      </div>
    </main>
  );
}
