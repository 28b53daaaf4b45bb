// Where the diary's offline queue lives on the phone: IndexedDB, which survives storage pressure better
// than localStorage, holds more, and is readable by the service worker. The queue itself (offline-queue.ts)
// reads and writes synchronously, so this keeps a copy in memory, loaded once, and writes each change
// through to IndexedDB in order. Entries an older version left in localStorage are moved over on first
// open, and removed from localStorage only after IndexedDB has them, so nothing queued is lost.
import type { KeyValueStorage } from './offline-queue';

/** The asynchronous store underneath: idb-keyval in the browser, a Map in unit tests. */
export type AsyncStore = {
  entries: () => Promise<[string, string][]>;
  set: (key: string, value: string) => Promise<void>;
  del: (key: string) => Promise<void>;
};

export const QUEUE_KEY_PREFIX = 'crampwise.diary-queue.v1:';

export type QueueStorage = KeyValueStorage & {
  /** Resolves when every write so far has reached the store. */
  settled: () => Promise<void>;
  /** Re-reads the store (another tab changed it). */
  reload: () => Promise<void>;
  /** Forgets every queued entry on this phone, in memory and in the store (account deleted). */
  clear: () => Promise<void>;
};

type StoredQueue = { version: 1; entries: { id: string }[] };

function parse(raw: string | null): StoredQueue | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredQueue>;
    return value.version === 1 && Array.isArray(value.entries) ? (value as StoredQueue) : null;
  } catch {
    return null;
  }
}

/** One person's queue from two places: what the store has wins, the legacy copy adds what it lacks. */
export function mergeQueues(current: string | undefined, legacy: string): string {
  if (current === undefined) return legacy;
  const a = parse(current);
  const b = parse(legacy);
  if (!a || !b) return current;
  const known = new Set(a.entries.map((e) => e.id));
  return JSON.stringify({
    version: 1,
    entries: [...a.entries, ...b.entries.filter((e) => !known.has(e.id))],
  });
}

export async function openQueueStorage(
  store: AsyncStore,
  legacy: KeyValueStorage & { keys: () => string[] },
  onWriteError: (error: unknown) => void = (error) => console.error('Could not save the diary queue', error),
): Promise<QueueStorage> {
  const map = new Map<string, string>();
  const load = async () => {
    map.clear();
    for (const [key, value] of await store.entries()) {
      if (typeof key === 'string' && typeof value === 'string') map.set(key, value);
    }
  };
  await load();

  // Move what an older version queued in localStorage.
  for (const key of legacy.keys()) {
    if (!key.startsWith(QUEUE_KEY_PREFIX)) continue;
    const raw = legacy.getItem(key);
    if (raw === null) continue;
    const merged = key.endsWith('.unreadable') ? (map.get(key) ?? raw) : mergeQueues(map.get(key), raw);
    await store.set(key, merged);
    map.set(key, merged);
    legacy.removeItem(key);
  }

  let chain: Promise<void> = Promise.resolve();
  const write = (step: () => Promise<void>) => {
    chain = chain.then(step).catch(onWriteError);
  };

  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, value);
      write(() => store.set(key, value));
    },
    removeItem: (key) => {
      map.delete(key);
      write(() => store.del(key));
    },
    settled: () => chain,
    reload: async () => {
      await chain;
      await load();
    },
    clear: async () => {
      const keys = [...map.keys()];
      map.clear();
      for (const key of keys) write(() => store.del(key));
      await chain;
    },
  };
}
