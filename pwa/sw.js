// Tropa's service worker, generated at build time by the tropa-offline Vite plugin (vite.config.ts):
// the precache list becomes every built file and the version a hash of their contents.
// It makes the app open with no network after the first visit. A new version installs in the
// background and then waits: the page offers "Reload" and posts SKIP_WAITING when accepted.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `tropa-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('tropa-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Every page of the app is the one index.html of this version (routes live in the hash).
      const key = request.mode === 'navigate' ? new URL('./index.html', self.registration.scope).href : request;
      // ignoreVary: the server may answer "Vary: Origin", and module scripts are requested with
      // an Origin header that the precache requests did not have.
      const cached = await cache.match(key, { ignoreSearch: request.mode === 'navigate', ignoreVary: true });
      return cached || fetch(request);
    })(),
  );
});
