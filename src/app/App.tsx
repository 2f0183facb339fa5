import { lazy, Suspense, useEffect } from 'react';
import { DEMO_MAP_ID } from '../domain/demo/demoWorkspace';
import { useLanguage, useT } from '../i18n/useT';
import { useWorkspaceState } from '../store/workspace';
import { MapsPage } from '../features/maps/MapsPage';
import { SegmentsPage } from '../features/segments/SegmentsPage';
import { PanelBoundary } from '../ui/PanelBoundary';
import { useStorageStatus } from '../store/storageStatus';
import { useWorkshop, workshopActions } from '../store/workshop';
import { useToasts } from '../ui/toastStore';
import { Toasts } from '../ui/Toasts';
import { Header } from './Header';
import { SafetyBanners } from './SafetyBanners';
import { lastMap } from '../ui/lastMap';
import { mapHref, MAPS_HREF, navigate, parseRoute, useHash } from '../ui/route';
import { useUndoShortcuts } from './useUndoShortcuts';

// The canvas pulls in @xyflow/react: load it only when a map is opened - but when the app
// starts on a map, fetch it right away, alongside the workspace, not after it.
const loadMapEditor = () => import('../features/canvas/MapEditor');
const MapEditor = lazy(loadMapEditor);
// Screens a visit may never open load on first use, keeping the first download small.
const HypothesesPage = lazy(() => import('../features/hypotheses/HypothesesPage').then((m) => ({ default: m.HypothesesPage })));
const HypothesisPage = lazy(() => import('../features/hypotheses/HypothesisPage').then((m) => ({ default: m.HypothesisPage })));
const ComparePage = lazy(() => import('../features/compare/ComparePage').then((m) => ({ default: m.ComparePage })));
if (parseRoute(location.hash).name === 'map' || parseRoute(location.hash).name === 'home') void loadMapEditor();

export function App({ loadError }: { loadError: string | null }) {
  const t = useT();
  const language = useLanguage();
  const loadState = useWorkspaceState((s) => s.loadState);
  const blocked = useStorageStatus((s) => s.blocked);
  const hash = useHash();
  const route = parseRoute(hash);
  useUndoShortcuts();

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.name');
  }, [language, t]);

  // A room link joins the room, then shows its map (the link, with its key, leaves the address bar).
  useEffect(() => {
    if (loadState !== 'ready' || route.name !== 'room') return;
    void workshopActions.join(route.roomId, route.key).then((mapId) => {
      navigate(mapId ? mapHref(mapId) : MAPS_HREF, true);
      // Refused, or offline on a first visit: say so where the person lands.
      const status = useWorkshop.getState().status;
      if (!mapId && (status === 'denied' || status === 'offline')) useToasts.getState().show({ message: t(`workshop.status.${status}`) }, 20_000);
    });
  }, [loadState, route, t]);

  // A bare address opens the last map (the demo map for a newcomer), else the list.
  const maps = useWorkspaceState((s) => s.workspace.maps);
  useEffect(() => {
    if (loadState !== 'ready' || route.name !== 'home') return;
    const target = [lastMap(), DEMO_MAP_ID].find((id) => id && maps[id]);
    navigate(target ? mapHref(target) : MAPS_HREF, true);
  }, [loadState, route.name, maps]);

  if (loadError) {
    return (
      <main className="app-message" role="alert">
        {t('app.loadFailed', { reason: loadError })}
      </main>
    );
  }
  if (loadState !== 'ready') {
    return (
      <main className="app-message" aria-busy="true">
        {blocked ? t('safety.blocked') : t('app.loading')}
      </main>
    );
  }
  return (
    <div className="app">
      <Header current={route.name === 'home' || route.name === 'compare' || route.name === 'room' ? 'maps' : route.name === 'hypothesis' ? 'hypotheses' : route.name} />
      <SafetyBanners />
      <PanelBoundary key={hash} name={t('error.title')}>
        <Suspense fallback={<main className="app-message">{t('app.loading')}</main>}>
        {route.name === 'map' ? (
          <MapEditor mapId={route.mapId} />
        ) : route.name === 'room' ? (
          <main className="app-message">{t('workshop.joining')}</main>
        ) : route.name === 'segments' ? (
          <SegmentsPage />
        ) : route.name === 'hypotheses' ? (
          <HypothesesPage />
        ) : route.name === 'hypothesis' ? (
          <HypothesisPage hypothesisId={route.hypothesisId} />
        ) : route.name === 'compare' ? (
          <ComparePage a={route.a} b={route.b} />
        ) : (
          <MapsPage />
        )}
        </Suspense>
      </PanelBoundary>
      <Toasts />
    </div>
  );
}
