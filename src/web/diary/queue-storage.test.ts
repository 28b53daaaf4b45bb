import { describe, expect, it } from 'vitest';
import { EpisodeQueue } from './offline-queue';
import { type AsyncStore, mergeQueues, openQueueStorage, QUEUE_KEY_PREFIX } from './queue-storage';

const NOW = new Date('2026-11-22T03:12:00Z');
const ID = '6f1c2b9e-3d4a-4b5c-8d6e-7f8091a2b3c4';
const OTHER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const KEY = `${QUEUE_KEY_PREFIX}user-1`;

function memoryStore(): AsyncStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    entries: async () => [...map.entries()],
    set: async (key, value) => void map.set(key, value),
    del: async (key) => void map.delete(key),
  };
}

function legacyStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    keys: () => [...map.keys()],
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const oneTap = (id: string) => ({
  id,
  startedAt: NOW.toISOString(),
  muscles: ['calf' as const],
  intensity: null,
});

describe('queue storage over IndexedDB', () => {
  it('writes queued cramps through to the store, where a later page load finds them', async () => {
    const store = memoryStore();
    const first = await openQueueStorage(store, legacyStorage());
    new EpisodeQueue(first, KEY).addCreate(oneTap(ID), NOW);
    await first.settled();
    const second = await openQueueStorage(store, legacyStorage());
    expect(new EpisodeQueue(second, KEY).entries()).toMatchObject([{ id: ID, create: oneTap(ID) }]);
  });

  it('moves what an older version queued in localStorage, and removes it there only once moved', async () => {
    const legacyQueue = await openQueueStorage(memoryStore(), legacyStorage());
    new EpisodeQueue(legacyQueue, KEY).addCreate(oneTap(ID), NOW);
    const legacy = legacyStorage({ [KEY]: legacyQueue.getItem(KEY)!, 'cw-theme': 'dark' });
    const store = memoryStore();
    const storage = await openQueueStorage(store, legacy);
    expect(new EpisodeQueue(storage, KEY).entries()).toMatchObject([{ id: ID }]);
    expect(store.map.has(KEY)).toBe(true);
    expect(legacy.map.has(KEY)).toBe(false);
    expect(legacy.map.get('cw-theme')).toBe('dark');
  });

  it('keeps the localStorage copy when the store refuses the move', async () => {
    const legacy = legacyStorage({ [KEY]: JSON.stringify({ version: 1, entries: [] }) });
    const store = memoryStore();
    store.set = async () => {
      throw new Error('QuotaExceededError');
    };
    await expect(openQueueStorage(store, legacy)).rejects.toThrow('Quota');
    expect(legacy.map.has(KEY)).toBe(true);
  });

  it('merges a queue found in both places by episode id', () => {
    const a = JSON.stringify({ version: 1, entries: [{ id: ID, revision: 2 }] });
    const b = JSON.stringify({
      version: 1,
      entries: [
        { id: ID, revision: 1 },
        { id: OTHER, revision: 1 },
      ],
    });
    expect(JSON.parse(mergeQueues(a, b)).entries).toEqual([
      { id: ID, revision: 2 },
      { id: OTHER, revision: 1 },
    ]);
  });

  it('clear() forgets every queue on the phone (account deleted)', async () => {
    const store = memoryStore();
    const storage = await openQueueStorage(store, legacyStorage());
    new EpisodeQueue(storage, KEY).addCreate(oneTap(ID), NOW);
    await storage.clear();
    expect(store.map.size).toBe(0);
    expect(new EpisodeQueue(storage, KEY).entries()).toEqual([]);
  });
});
