// The phone's queue storage, opened once per page: IndexedDB through idb-keyval, else localStorage, else
// memory (private modes that refuse both). Tabs tell each other when the queue changed.
import { createStore, del, entries, set } from 'idb-keyval';
import type { KeyValueStorage } from './offline-queue';
import { openQueueStorage, type QueueStorage } from './queue-storage';

const CHANNEL = 'crampwise-diary-queue';

function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

function localStorageWithKeys(): (KeyValueStorage & { keys: () => string[] }) | null {
  try {
    const probe = 'crampwise.probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return {
      keys: () => Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? ''),
      getItem: (key) => localStorage.getItem(key),
      setItem: (key, value) => localStorage.setItem(key, value),
      removeItem: (key) => localStorage.removeItem(key),
    };
  } catch {
    return null;
  }
}

let opening: Promise<QueueStorage | KeyValueStorage> | null = null;

/** The queue storage for this page; IndexedDB when the browser allows it. */
export function deviceQueueStorage(): Promise<QueueStorage | KeyValueStorage> {
  opening ??= (async () => {
    const legacy = localStorageWithKeys();
    try {
      const store = createStore('crampwise', 'diary-queue');
      const storage = await openQueueStorage(
        {
          entries: () => entries<string, string>(store),
          set: (key, value) => set(key, value, store),
          del: (key) => del(key, store),
        },
        legacy ?? { ...memoryStorage(), keys: () => [] },
      );
      const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
      const announce = () => void storage.settled().then(() => channel?.postMessage('changed'));
      return {
        ...storage,
        setItem: (key: string, value: string) => {
          storage.setItem(key, value);
          announce();
        },
        removeItem: (key: string) => {
          storage.removeItem(key);
          announce();
        },
        onOtherTab: (listener: () => void) => {
          const onMessage = () => void storage.reload().then(listener);
          channel?.addEventListener('message', onMessage);
          return () => channel?.removeEventListener('message', onMessage);
        },
      } satisfies QueueStorage & { onOtherTab: (listener: () => void) => () => void };
    } catch (error) {
      // No IndexedDB (some private modes): localStorage as before, so a cramp logged offline still waits.
      console.warn('IndexedDB unavailable; the diary queue stays in localStorage', error);
      return legacy ?? memoryStorage();
    }
  })();
  return opening;
}

/** Listens for another tab changing the queue, where the storage can tell. */
export function onQueueChangedElsewhere(storage: KeyValueStorage, listener: () => void): () => void {
  const withChannel = storage as KeyValueStorage & { onOtherTab?: (listener: () => void) => () => void };
  return withChannel.onOtherTab?.(listener) ?? (() => {});
}

/** Forgets every queued cramp on this phone: the account was deleted. */
export async function clearDeviceQueue(): Promise<void> {
  const storage = await deviceQueueStorage();
  if ('clear' in storage && typeof storage.clear === 'function') await storage.clear();
  const legacy = localStorageWithKeys();
  for (const key of legacy?.keys() ?? []) {
    if (key.startsWith('crampwise.diary-queue')) legacy?.removeItem(key);
  }
}
