import { useOnViewportChange, useReactFlow, ViewportPortal } from '@xyflow/react';
import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { useWorkshop, workshopActions } from '../../store/workshop';
import { useEditorStore } from './editorStore';

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

  useEffect(() => {
    const pane = document.querySelector('.map-editor .canvas');
    if (!pane) return;
    // Every move is handed over; the connection sends the latest at most every 60 ms.
    const onMove = (event: Event) => {
      const e = event as PointerEvent;
      workshopActions.share({ cursor: flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }) });
    };
    const onLeave = () => workshopActions.share({ cursor: null });
    // Moving the board oneself (dragging its background, scrolling) stops following.
    const onOwnMove = (event: Event) => {
      if (!useWorkshop.getState().following) return;
      if (event.type === 'wheel' || (event.target as Element).closest?.('.react-flow__pane')) workshopActions.follow(false);
    };
    pane.addEventListener('pointermove', onMove);
    pane.addEventListener('pointerleave', onLeave);
    pane.addEventListener('pointerdown', onOwnMove);
    pane.addEventListener('wheel', onOwnMove, { passive: true });
    return () => {
      pane.removeEventListener('pointermove', onMove);
      pane.removeEventListener('pointerleave', onLeave);
      pane.removeEventListener('pointerdown', onOwnMove);
      pane.removeEventListener('wheel', onOwnMove);
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

  // By value: presence arrives many times a second with new objects for the same view.
  const view = peers.find((p) => p.facilitator && p.viewport)?.viewport;
  const [x, y, zoom] = view ? [view.x, view.y, view.zoom] : [null, null, null];
  useEffect(() => {
    if (following && x !== null && y !== null && zoom !== null) void flow.setViewport({ x, y, zoom }, { duration: 200 });
  }, [following, x, y, zoom, flow]);

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
