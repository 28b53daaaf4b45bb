// Crampwise service worker, installed from every page. What it keeps on the phone, and why:
// - /relief, network first with a saved copy (a cramp at 3 a.m. in a basement must still get the steps),
//   kept per language too: the last one seen answers /relief, and /relief?lang=xx its own language;
// - /offline, the fallback page with the call numbers and warning signs, rendered for this person;
// - /check/offline, the whole "Should I call?" on one page with the engine in its script
//   (/check-offline.js), shown when /check or its form post cannot reach the server: the same answer offline;
//   kept per language like /relief (/check/offline?lang=xx), the last one seen answering when none is named;
// - the web app's shell and files, so /diary opens offline and logs cramps into the offline queue;
// - the person's own diary answers from the API (session, episodes, check-ins, insights), network first,
//   so the diary shows what it last knew. They are dropped when the server says nobody is signed in, and
//   the page drops them at log-out and account deletion (see src/web/device-data.ts).
// Nothing else from /api/* is touched, and nothing is ever sent anywhere.
// Built to /sw.js (the site root, so its scope is every page) by vite.scripts.config.ts; the cache names
// come from ../site-scripts/names.ts, which the web app reads too.

import { isLocale, type Locale } from '../../i18n/locales';
import shellEn from '../../i18n/messages/shell/en.json';
import shellJa from '../../i18n/messages/shell/ja.json';
import shellRu from '../../i18n/messages/shell/ru.json';
import shellZhHans from '../../i18n/messages/shell/zh-Hans.json';
import { negotiateLocale } from '../../i18n/negotiate';
import { DATA_CACHE as DATA, PAGES_CACHE as PAGES, CACHE_PREFIX as PREFIX } from '../site-scripts/names';

declare const self: ServiceWorkerGlobalScope;

/** One entry of the asset-manifest.json that Vite writes. */
type ManifestChunk = { file?: string; css?: string[] };
/** What this worker reads of GET /api/session: nobody is signed in when profile is null. */
type Session = { profile: unknown };

const RELIEF = '/relief';
const OFFLINE = '/offline';
const CHECK_OFFLINE = '/check/offline';
const SHELL = '/index.html';
const STATIC = [
  '/site.css',
  '/theme.js',
  '/search.js',
  // Built from src/web/check-script by vite.scripts.config.ts; /check itself is kept as it is visited.
  '/check.js',
  '/check-offline.js',
  '/favicon.svg',
  '/manifest.webmanifest',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
];
/** Pages the server renders; every other page is the web app's shell. */
const SERVER_PAGE = /^\/(relief|check|learn|search|offline)(\/|$)/;
/** The person's own diary answers, kept for offline reading. */
const DATA_PATH = /^\/api\/(session|episodes|checkins|insights)(\/|\?|$)/;
/** How long a /relief load waits for the network before showing the saved copy. */
const NETWORK_WAIT_MS = 4000;
/** The offline page is re-rendered at most this often, so a changed region or unit reaches it. */
const OFFLINE_REFRESH_MS = 10 * 60 * 1000;

// The last resort, when even the saved /offline page is missing: in the language of the address
// (?lang=), else the last one a page of ours was sent in, else the phone's. Its words are the shell
// catalog's, bundled here for the four languages (they have no arguments, so no formatter is needed).
const BARE_WORDS: Record<Locale, Record<string, string>> = {
  en: shellEn,
  'zh-Hans': shellZhHans,
  ru: shellRu,
  ja: shellJa,
};
/**
 * Where the last language a page was sent in is kept (a tiny entry in the pages cache), under a path no
 * page has: saved() ignores the query, so it must not share a path with a saved page.
 */
const LANGUAGE_KEY = '/sw-last-language';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function bareOffline(locale: Locale): string {
  const words = BARE_WORDS[locale];
  const t = (id: string) => escapeHtml(words[id] ?? shellEn[id as keyof typeof shellEn] ?? '');
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${t('shell.offline.title')}</title></head>
<body style="font:1.2rem/1.5 system-ui,sans-serif;max-width:34rem;margin:0 auto;padding:1rem">
<h1>${t('shell.offline.heading')}</h1><p><a href="/relief">${t('shell.reliefNow')}</a></p>
<p>${t('shell.bare.emergency')}</p>
<p>${t('shell.bare.today')}</p>
</body></html>`;
}

/** Keeps the language a page of ours was sent in (the server names it in Content-Language). */
function rememberLanguage(event: FetchEvent | ExtendableEvent, response: Response): void {
  const language = response.headers.get('content-language');
  if (!isLocale(language)) return;
  event.waitUntil(
    caches
      .open(PAGES)
      .then((cache) => cache.put(LANGUAGE_KEY, new Response(language)))
      .catch(() => {}),
  );
}

async function offlineLanguage(url: URL | undefined): Promise<Locale> {
  const asked = url?.searchParams.get('lang');
  if (isLocale(asked)) return asked;
  try {
    const last = await (await caches.open(PAGES)).match(LANGUAGE_KEY);
    const text = last ? await last.text() : null;
    if (isLocale(text)) return text;
  } catch {
    // No cache to read: the phone's languages decide.
  }
  return negotiateLocale({ acceptLanguage: self.navigator.languages.join(',') }).locale;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PAGES);
      await cache.addAll([RELIEF, OFFLINE]);
      const language = (await cache.match(OFFLINE))?.headers.get('content-language');
      if (isLocale(language)) await cache.put(LANGUAGE_KEY, new Response(language));
      // The build's hashed scripts and styles (lazy pages too), from the list Vite writes, and those the
      // shell names: they differ with every build.
      const optional = [SHELL, CHECK_OFFLINE, ...STATIC];
      try {
        const manifest = await fetch('/asset-manifest.json', { cache: 'no-cache' });
        if (manifest.ok) {
          const chunks = Object.values((await manifest.json()) as Record<string, ManifestChunk>);
          for (const chunk of chunks) {
            for (const file of [chunk.file, ...(chunk.css || [])]) if (file) optional.push(`/${file}`);
          }
        }
      } catch {
        // Without the list, lazy pages are kept when first opened.
      }
      try {
        const shell = await fetch(SHELL, { cache: 'no-cache' });
        if (shell.ok) {
          const html = await shell.clone().text();
          await cache.put(SHELL, shell);
          optional.splice(optional.indexOf(SHELL), 1);
          for (const match of html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) optional.push(match[1]!);
        }
      } catch {
        // Installed while the network dropped: the shell is fetched again on the next visit.
      }
      await Promise.allSettled([...new Set(optional)].map((url) => cache.add(url)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith(PREFIX) && n !== PAGES && n !== DATA).map((n) => caches.delete(n)),
      );
      if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // A /check step posted without JavaScript: the offline questionnaire when the server cannot be reached.
  if (request.method === 'POST' && request.mode === 'navigate' && url.pathname === '/check') {
    event.respondWith(fetch(request).catch(() => checkOfflinePage(url)));
    return;
  }
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') {
    if (url.pathname === RELIEF) event.respondWith(relief(event, url));
    else if (SERVER_PAGE.test(url.pathname)) event.respondWith(serverPage(event, url));
    else if (!url.pathname.startsWith('/api/')) event.respondWith(appPage(event));
    return;
  }
  if (DATA_PATH.test(url.pathname)) event.respondWith(data(event, url));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(event));
  else if (STATIC.includes(url.pathname)) event.respondWith(staticFile(event));
});

async function fromNetwork(event: FetchEvent): Promise<Response> {
  return (await event.preloadResponse) || fetch(event.request);
}

async function saved(path: string): Promise<Response | undefined> {
  const cache = await caches.open(PAGES);
  return cache.match(path, { ignoreVary: true, ignoreSearch: true });
}

async function offlinePage(url?: URL): Promise<Response> {
  const copy = await saved(OFFLINE);
  if (copy) return copy;
  const locale = await offlineLanguage(url);
  return new Response(bareOffline(locale), {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-language': locale,
      'cache-control': 'no-store',
    },
  });
}

/** Where the one-page questionnaire in one language is kept (the server names it in Content-Language). */
const checkOfflineIn = (language: string) => `${CHECK_OFFLINE}?lang=${encodeURIComponent(language)}`;

/**
 * The saved one-page questionnaire: the asked-for language's own copy for ?lang=xx, else the last one
 * seen (matched exactly: the per-language copies share its path), else the offline page.
 */
async function checkOfflinePage(url: URL): Promise<Response> {
  const cache = await caches.open(PAGES);
  const language = url.searchParams.get('lang');
  const own = language ? await cache.match(checkOfflineIn(language), { ignoreVary: true }) : undefined;
  return own || (await cache.match(CHECK_OFFLINE, { ignoreVary: true })) || offlinePage(url);
}

/** Keeps a fetched /check/offline as the last one seen and as its language's own copy. */
async function keepCheckOffline(response: Response): Promise<void> {
  const cache = await caches.open(PAGES);
  const language = response.headers.get('content-language');
  if (language) await cache.put(checkOfflineIn(language), response.clone());
  await cache.put(CHECK_OFFLINE, response);
}

/**
 * A /check page in a language whose questionnaire is not kept yet: fetch that one now (the request
 * carries the same language choice), so the questions can answer offline in the language just used.
 */
async function keepCheckOfflineIn(language: string): Promise<void> {
  const cache = await caches.open(PAGES);
  if (await cache.match(checkOfflineIn(language), { ignoreVary: true })) return;
  const response = await fetch(checkOfflineIn(language), { cache: 'no-store' });
  if (response.ok) await keepCheckOffline(response);
}

let offlineRefreshedAt = 0;
/**
 * Re-renders the saved offline pages now and then while online (region, maternity unit or the
 * profile's week may change).
 */
function refreshOfflinePage(event: FetchEvent): void {
  if (Date.now() - offlineRefreshedAt < OFFLINE_REFRESH_MS) return;
  offlineRefreshedAt = Date.now();
  event.waitUntil(
    Promise.all(
      [OFFLINE, CHECK_OFFLINE].map((path) =>
        fetch(path, { cache: 'no-store' })
          .then(async (response) => {
            if (!response.ok) return;
            if (path === OFFLINE) rememberLanguage(event, response);
            if (path === CHECK_OFFLINE) await keepCheckOffline(response);
            else await (await caches.open(PAGES)).put(path, response);
          })
          .catch(() => {}),
      ),
    ),
  );
}

/** Where the Relief page in one language is kept: the server names its language in Content-Language. */
const reliefIn = (language: string) => `${RELIEF}?lang=${encodeURIComponent(language)}`;

/**
 * The saved Relief page for this request: the asked-for language's own copy for /relief?lang=xx, else the
 * last one seen (the language cookie, which the server follows, was set by that same choice).
 */
async function savedRelief(url: URL): Promise<Response | undefined> {
  const language = url.searchParams.get('lang');
  if (language) {
    const own = await (await caches.open(PAGES)).match(reliefIn(language), { ignoreVary: true });
    if (own) return own;
  }
  return saved(RELIEF);
}

async function reliefFromNetwork(event: FetchEvent, url: URL): Promise<Response> {
  const response = await fromNetwork(event);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    const ownCopy = response.clone();
    const language = response.headers.get('content-language');
    rememberLanguage(event, response);
    event.waitUntil(
      caches.open(PAGES).then(async (cache) => {
        await cache.put(RELIEF, copy);
        if (language) await cache.put(reliefIn(language), ownCopy);
      }),
    );
    refreshOfflinePage(event);
    return response;
  }
  if (response.status < 500) return response;
  return (await savedRelief(url)) || response;
}

// Network first; the saved copy when the network fails or errs, or when it is slow and a copy exists.
function relief(event: FetchEvent, url: URL): Promise<Response> {
  const fallback = reliefFromNetwork(event, url).catch(
    async () => (await savedRelief(url)) || offlinePage(url),
  );
  const slow = new Promise<void>((resolve) => setTimeout(resolve, NETWORK_WAIT_MS))
    .then(() => savedRelief(url))
    .then((copy) => copy || fallback);
  return Promise.race([fallback, slow]);
}

async function serverPage(event: FetchEvent, url: URL): Promise<Response> {
  try {
    const response = await fromNetwork(event);
    if (response.ok) {
      rememberLanguage(event, response);
      refreshOfflinePage(event);
      const language = response.headers.get('content-language');
      if (language && url.pathname === '/check')
        event.waitUntil(keepCheckOfflineIn(language).catch(() => {}));
    }
    return response;
  } catch {
    // Any /check page offline: the questionnaire that answers on the phone.
    return /^\/check(\/|$)/.test(url.pathname) ? checkOfflinePage(url) : offlinePage(url);
  }
}

// The web app: the network's shell when it answers, else the saved shell (its router draws the page).
async function appPage(event: FetchEvent): Promise<Response> {
  try {
    const response = await fromNetwork(event);
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(PAGES).then((cache) => cache.put(SHELL, copy)));
      rememberLanguage(event, response);
      refreshOfflinePage(event);
    }
    return response;
  } catch {
    return (await saved(SHELL)) || offlinePage(new URL(event.request.url));
  }
}

async function data(event: FetchEvent, url: URL): Promise<Response> {
  const cache = await caches.open(DATA);
  try {
    const response = await fetch(event.request);
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(
        (async () => {
          if (url.pathname === '/api/session' && ((await copy.clone().json()) as Session).profile === null) {
            await caches.delete(DATA);
          } else {
            await cache.put(event.request, copy);
          }
        })().catch(() => {}),
      );
    } else if (response.status === 401) {
      event.waitUntil(caches.delete(DATA));
    }
    return response;
  } catch (error) {
    const copy = await cache.match(event.request, { ignoreVary: true });
    if (copy) return copy;
    throw error;
  }
}

// Hashed build files never change: the saved copy, else the network (saved for next time).
async function asset(event: FetchEvent): Promise<Response> {
  const cache = await caches.open(PAGES);
  const copy = await cache.match(event.request);
  if (copy) return copy;
  const response = await fetch(event.request);
  if (response.ok) event.waitUntil(cache.put(event.request, response.clone()));
  return response;
}

// Unhashed files: the network when it answers (kept fresh), else the saved copy.
async function staticFile(event: FetchEvent): Promise<Response> {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(event.request);
    if (response.ok) event.waitUntil(cache.put(event.request, response.clone()));
    return response;
  } catch (error) {
    const copy = await cache.match(event.request, { ignoreSearch: true });
    if (copy) return copy;
    throw error;
  }
}

// ---- Plan reminders (Web Push; issue 12) -------------------------------------------------------------
// Kept as one block so it moves as a whole. The server sends {title, body, url, tag}: a neutral title
// ("Evening stretch") and the page to open; nothing else. A message that cannot be read still shows a
// plain reminder, since a push the worker does not show is held against the site by browsers.
/** What a plan reminder push carries; every field is checked, since a push is data from outside. */
type PushMessage = { title?: unknown; body?: unknown; url?: unknown; tag?: unknown };

function readPush(event: PushEvent): PushMessage {
  try {
    const data: unknown = event.data ? event.data.json() : {};
    return data && typeof data === 'object' ? (data as PushMessage) : {};
  } catch {
    return {};
  }
}

self.addEventListener('push', (event) => {
  const message = readPush(event);
  const title = typeof message.title === 'string' && message.title ? message.title : 'Daily reminder';
  const url = typeof message.url === 'string' && message.url.startsWith('/') ? message.url : '/plan';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof message.body === 'string' ? message.body : '',
      tag: typeof message.tag === 'string' ? `plan-${message.tag}` : 'plan',
      icon: '/icons/icon-192.png',
      data: { url },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target: unknown = event.notification.data?.url;
  const url = new URL(typeof target === 'string' ? target : '/plan', self.location.origin).href;
  event.waitUntil(
    (async () => {
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const same = open.find((client) => client.url === url) ?? open[0];
      if (same) {
        await same.focus();
        if (same.url !== url && 'navigate' in same) await same.navigate(url);
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});
