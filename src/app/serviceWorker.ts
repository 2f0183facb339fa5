// The service worker makes Tropa open with no network after the first visit. A new version is
// installed in the background but waits: the user decides when to reload into it.
import { create } from 'zustand';

export const useAppUpdate = create<{ waiting: ServiceWorker | null }>(() => ({ waiting: null }));

export function registerServiceWorker(): void {
  // Only the built app has one: the dev server serves sources, not the precached build.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('./sw.js')
      .then((registration) => {
        const offer = (worker: ServiceWorker | null) => {
          // A first install (no controller yet) is no update: nothing to offer.
          if (worker && navigator.serviceWorker.controller) useAppUpdate.setState({ waiting: worker });
        };
        offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed') offer(installing);
          });
        });
      })
      .catch((error: unknown) => console.warn('Tropa: offline support unavailable', error));
  });
}

/** The user accepted the update: activate the waiting worker, then reload into it. */
export function acceptUpdate(): void {
  const worker = useAppUpdate.getState().waiting;
  if (!worker) return;
  let reloaded = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloaded) return;
    reloaded = true;
    location.reload();
  });
  worker.postMessage({ type: 'SKIP_WAITING' });
}
