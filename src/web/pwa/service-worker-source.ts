// Builds the service worker's source text from the list of files a build produced. Kept pure
// (text in, text out) so it is tested without a browser; vite.config.ts calls it at build time.
//
// Strategy: precache the app shell at install; pages fall back to the cached index.html when
// offline; the knowledge base is served from cache and refreshed in the background; every
// other API call goes to the network only, so health data is never kept in a cache.

export function serviceWorkerSource(version: string, precache: readonly string[]): string {
  const files = JSON.stringify(['/', ...precache.filter((f) => f !== '/' && !f.endsWith('.map'))]);
  return `// Unknot service worker ${version}. Generated at build time; do not edit.
const CACHE = 'unknot-${version}';
const PRECACHE = ${files};
const CONTENT = '/api/content';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('unknot-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function fromNetworkElseShell(request) {
  try {
    return await fetch(request);
  } catch {
    const cache = await caches.open(CACHE);
    return (await cache.match('/')) || Response.error();
  }
}

async function staleWhileRevalidate(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  const fresh = fetch(request)
    .then((response) => {
      if (response.ok) cache.put(request, response.clone());
      return response;
    })
    .catch(() => cached || Response.error());
  return cached || fresh;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === CONTENT) {
    event.respondWith(staleWhileRevalidate(request));
    return;
  }
  if (url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(fromNetworkElseShell(request));
    return;
  }
  event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
});
`;
}
