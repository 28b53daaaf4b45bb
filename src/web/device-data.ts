// What Crampwise keeps on this phone besides the page files: the diary queue (IndexedDB) and the service
// worker's copies of the person's own API answers (for offline). Forgotten when the account is deleted,
// and the copies also at log-out, so the next person on a shared phone sees nothing of them.
import { clearDeviceQueue } from './diary/device-queue';
import { forgetFoodLists } from './food-device';
import { DATA_CACHE, PAGES_CACHE_PREFIX } from './site-scripts/names';

// The service worker's caches, named in site-scripts/names.ts, which the worker reads too.
export { DATA_CACHE };
/** Saved pages rendered for the signed-in person: region, maternity unit and week of pregnancy. */
export const PERSONAL_PAGES = ['/offline', '/check/offline'] as const;

export async function forgetCachedAnswers(): Promise<void> {
  forgetFoodLists();
  if (typeof caches === 'undefined') return;
  await caches.delete(DATA_CACHE).catch(() => false);
  await replacePersonalPages().catch(() => undefined);
}

/** Swaps the saved offline pages for copies rendered now (signed out), so they still work offline. */
async function replacePersonalPages(): Promise<void> {
  const names = (await caches.keys()).filter((name) => name.startsWith(PAGES_CACHE_PREFIX));
  await Promise.all(
    names.map(async (name) => {
      const cache = await caches.open(name);
      await Promise.all(
        PERSONAL_PAGES.map(async (path) => {
          await cache.delete(path);
          const fresh = await fetch(path, { cache: 'no-store', credentials: 'same-origin' }).catch(
            () => null,
          );
          if (fresh?.ok) await cache.put(path, fresh);
        }),
      );
    }),
  );
}

export async function forgetEverythingOnDevice(): Promise<void> {
  await Promise.all([clearDeviceQueue(), forgetCachedAnswers()]);
}
