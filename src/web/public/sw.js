// Crampwise service worker: keeps /relief usable offline after one visit.
// /relief is network-first (the latest good copy is kept); other page loads fall back to a small
// offline page when the network is gone. Nothing else is cached, and /api/* is never touched.

const VERSION = 'v1';
const PREFIX = 'crampwise-';
const CACHE = `${PREFIX}relief-${VERSION}`;
const RELIEF = '/relief';
/** How long a /relief load waits for the network before showing the saved copy. */
const NETWORK_WAIT_MS = 4000;

const OFFLINE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="dark"><meta name="theme-color" content="#11141a">
<title>Offline · Crampwise</title><style>
html{background:#11141a;color-scheme:dark}
body{margin:0 auto;max-width:34rem;padding:2rem 1rem;color:#ece8e1;font:1.2rem/1.5 system-ui,sans-serif}
h1{font-size:1.8rem;line-height:1.2}
a{display:flex;align-items:center;justify-content:center;min-height:60px;border-radius:18px;margin:1.5rem 0;
background:#f2b880;color:#1a1208;font-weight:700;text-decoration:none}
</style></head><body><main><h1>You are offline</h1>
<p>This page needs a connection. The cramp steps are saved on this device.</p>
<a href="/relief">Relief now</a>
<p>In an emergency, call your local emergency number.</p></main></body></html>`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.add(RELIEF);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)),
      );
      if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.mode !== 'navigate' || request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  event.respondWith(url.pathname === RELIEF ? relief(event) : page(event));
});

async function fromNetwork(event) {
  return (await event.preloadResponse) || fetch(event.request);
}

async function savedRelief() {
  const cache = await caches.open(CACHE);
  return cache.match(RELIEF, { ignoreVary: true, ignoreSearch: true });
}

async function reliefFromNetwork(event) {
  const response = await fromNetwork(event);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    event.waitUntil(caches.open(CACHE).then((cache) => cache.put(RELIEF, copy)));
    return response;
  }
  if (response.status < 500) return response;
  return (await savedRelief()) || response;
}

// Network first; the saved copy when the network fails or errs, or when it is slow and a copy exists.
function relief(event) {
  const fallback = reliefFromNetwork(event).catch(async () => (await savedRelief()) || offlinePage());
  const slow = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS))
    .then(savedRelief)
    .then((saved) => saved || fallback);
  return Promise.race([fallback, slow]);
}

function page(event) {
  return fromNetwork(event).catch(offlinePage);
}

function offlinePage() {
  return new Response(OFFLINE_PAGE, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}
