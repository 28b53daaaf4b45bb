// What Crampwise keeps on this phone besides the page files: the diary queue (IndexedDB) and the service
// worker's copies of the person's own API answers (for offline). Forgotten when the account is deleted,
// and the copies also at log-out, so the next person on a shared phone sees nothing of them.
import { clearDeviceQueue } from './device-queue';

/** The service worker's cache of API answers; the name is shared with public/sw.js. */
export const DATA_CACHE = 'crampwise-data-v2';

export async function forgetCachedAnswers(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await caches.delete(DATA_CACHE).catch(() => false);
}

export async function forgetEverythingOnDevice(): Promise<void> {
  await Promise.all([clearDeviceQueue(), forgetCachedAnswers()]);
}
