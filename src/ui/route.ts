import { useSyncExternalStore } from 'react';

// Hash routes, so the built app works from any static host (file paths never reach a server).
export type Route =
  | { name: 'maps' }
  | { name: 'segments' }
  | { name: 'compare'; a: string | null; b: string | null }
  | { name: 'hypotheses' }
  | { name: 'hypothesis'; hypothesisId: string }
  | { name: 'map'; mapId: string }
  /** A workshop room link: joins the room, then shows its map. */
  | { name: 'room'; roomId: string; key: string }
  | { name: 'home' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const room = /^\/room\/([^/?]+)\?key=([^&]+)$/.exec(path);
  if (room) return { name: 'room', roomId: decodeURIComponent(room[1]!), key: decodeURIComponent(room[2]!) };
  const mapMatch = /^\/maps\/([^/]+)$/.exec(path);
  if (mapMatch) return { name: 'map', mapId: decodeURIComponent(mapMatch[1]!) };
  if (path === '/maps') return { name: 'maps' };
  if (path === '/segments') return { name: 'segments' };
  if (path === '/hypotheses') return { name: 'hypotheses' };
  const hypothesisMatch = /^\/hypotheses\/([^/]+)$/.exec(path);
  if (hypothesisMatch) return { name: 'hypothesis', hypothesisId: decodeURIComponent(hypothesisMatch[1]!) };
  const compare = /^\/compare(?:\/([^/]*))?(?:\/([^/]*))?$/.exec(path);
  if (compare) return { name: 'compare', a: compare[1] ? decodeURIComponent(compare[1]) : null, b: compare[2] ? decodeURIComponent(compare[2]) : null };
  return { name: 'home' };
}

export function mapHref(mapId: string): string {
  return `#/maps/${encodeURIComponent(mapId)}`;
}

export const MAPS_HREF = '#/maps';
export const SEGMENTS_HREF = '#/segments';
export const HYPOTHESES_HREF = '#/hypotheses';

export function hypothesisHref(id: string): string {
  return `#/hypotheses/${encodeURIComponent(id)}`;
}

export function compareHref(a: string | null, b: string | null): string {
  return `#/compare/${encodeURIComponent(a ?? '')}/${encodeURIComponent(b ?? '')}`;
}

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else location.hash = href.slice(1);
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => location.hash);
}
