import { useOnViewportChange, useReactFlow, ViewportPortal } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { useWorkshop, workshopActions } from '../../store/workshop';
import { useEditorStore } from './editorStore';

/** How often this person's pointer is sent at most: smooth enough, light on a room of thirty. */
const POINTER_EVERY_MS = 50;

/**
 * Inside the canvas, while the map is in a room: sends this person's pointer, selection, the card
 * being edited and (for the facilitator) the view; shows the others' pointers; follows the
 * facilitator's view when asked.
 */
export function RoomPresence({ mapId }: { mapId: string }) {
  const inRoom = useWorkshop((s) => s.mapId === mapId && s.status !== 'off');
  if (!inRoom) return null;
  return <Presence />;
}

function Presence() {
  const t = useT();
  const flow = useReactFlow();
  const peers = useWorkshop((s) => s.peers);
  const facilitator = useWorkshop((s) => s.facilitator);
  const following = useWorkshop((s) => s.following);
  const readOnly = useWorkshop((s) => s.readOnly);
  const status = useWorkshop((s) => s.status);
  const last = useRef(0);

  useEffect(() => {
    const pane = document.querySelector('.map-editor .canvas');
    if (!pane) return;
    const onMove = (event: Event) => {
      const e = event as PointerEvent;
      const now = performance.now();
      if (now - last.current < POINTER_EVERY_MS) return;
      last.current = now;
      workshopActions.share({ cursor: flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }) });
    };
    const onLeave = () => workshopActions.share({ cursor: null });
    pane.addEventListener('pointermove', onMove);
    pane.addEventListener('pointerleave', onLeave);
    return () => {
      pane.removeEventListener('pointermove', onMove);
      pane.removeEventListener('pointerleave', onLeave);
    };
  }, [flow]);

  useEffect(
    () =>
      useEditorStore.subscribe((state, before) => {
        if (state.editingCardId !== before.editingCardId) workshopActions.share({ editing: state.editingCardId });
        if (state.selection !== before.selection) workshopActions.share({ selection: state.selection });
      }),
    [],
  );

  // The facilitator's view is what followers see.
  useOnViewportChange({ onChange: (viewport) => facilitator && workshopActions.share({ viewport }) });
  useEffect(() => {
    if (facilitator) workshopActions.share({ viewport: flow.getViewport() });
  }, [facilitator, flow]);

  const leader = peers.find((p) => p.facilitator && p.viewport);
  useEffect(() => {
    if (following && leader?.viewport) void flow.setViewport(leader.viewport, { duration: 200 });
  }, [following, leader?.viewport, flow]);

  return (
    <>
      <ViewportPortal>
        {peers.map((peer) =>
          peer.cursor ? (
            <div
              key={peer.clientId}
              className="peer-cursor"
              role="img"
              aria-label={t('workshop.cursor', { name: peer.name || t('workshop.anonymous') })}
              style={{ transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px)`, color: peer.color }}
            >
              <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                <path d="M1 1 L1 13 L5 9.5 L8 15 L10 14 L7.5 8.5 L13 8.5 Z" fill="currentColor" stroke="#fff" strokeWidth="1" />
              </svg>
              <span style={{ background: peer.color }}>{peer.name || t('workshop.anonymous')}</span>
            </div>
          ) : null,
        )}
      </ViewportPortal>
      {(readOnly || status === 'closed' || status === 'denied') && (
        <div className="room-notice" role="alert">
          {readOnly ? t('workshop.readOnlyNotice') : t(`workshop.status.${status as 'closed' | 'denied'}`)}
        </div>
      )}
      {following && (
        <div className="follow-banner" role="status">
          {t('workshop.following')}{' '}
          <button type="button" onClick={() => workshopActions.follow(false)}>
            {t('workshop.stopFollowing')}
          </button>
        </div>
      )}
    </>
  );
}
