// Helpers for offline journeys: the diary queue's IndexedDB keys and waiting for the service worker.
import type { Page } from 'playwright-core';

/** The keys of the offline queue's IndexedDB store (idb-keyval: database "crampwise", store "diary-queue"). */
export async function queueKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('crampwise');
        open.onupgradeneeded = () => open.result.createObjectStore('diary-queue');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('diary-queue').objectStore('diary-queue').getAllKeys();
          request.onsuccess = () => {
            resolve(request.result.map(String));
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Waits until the service worker is installed, active and controlling the page. */
export async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    }
  });
}
