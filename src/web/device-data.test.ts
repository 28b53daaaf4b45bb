// Log-out on a shared phone: the saved offline pages were rendered for the person (region, maternity unit,
// week), so they are replaced by copies rendered after log-out, and the API answers' cache is dropped.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('./device-queue', () => ({ clearDeviceQueue: vi.fn(async () => undefined) }));
const { DATA_CACHE, PERSONAL_PAGES, forgetCachedAnswers } = await import('./device-data');

/** A CacheStorage with just what device-data uses, holding page bodies as text. */
function fakeCaches(initial: Record<string, Record<string, string>>) {
  const store = new Map(
    Object.entries(initial).map(([name, entries]) => [name, new Map(Object.entries(entries))]),
  );
  const cacheOf = (name: string) => {
    if (!store.has(name)) store.set(name, new Map());
    const entries = store.get(name)!;
    return {
      delete: async (path: string) => entries.delete(path),
      put: async (path: string, response: Response) => void entries.set(path, await response.text()),
    };
  };
  return {
    store,
    api: {
      keys: async () => [...store.keys()],
      open: async (name: string) => cacheOf(name),
      delete: async (name: string) => store.delete(name),
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('forgetCachedAnswers', () => {
  it('drops the API answers and puts signed-out copies of the personal offline pages in their place', async () => {
    const caches = fakeCaches({
      [DATA_CACHE]: { '/api/episodes': '[…]' },
      'crampwise-pages-v3': {
        '/relief': 'relief',
        '/offline': 'Mia, Rosie ward 01223',
        '/check/offline': 'week 31',
      },
    });
    vi.stubGlobal('caches', caches.api);
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (path: string) => {
      fetched.push(path);
      return new Response(`signed out ${path}`, { status: 200 });
    });

    await forgetCachedAnswers();

    expect(caches.store.has(DATA_CACHE)).toBe(false);
    expect(fetched.sort()).toEqual([...PERSONAL_PAGES].sort());
    expect(Object.fromEntries(caches.store.get('crampwise-pages-v3')!)).toEqual({
      '/relief': 'relief',
      '/offline': 'signed out /offline',
      '/check/offline': 'signed out /check/offline',
    });
  });

  it('still forgets the personal pages when the server cannot be reached', async () => {
    const caches = fakeCaches({ 'crampwise-pages-v3': { '/offline': 'Mia', '/check/offline': 'week 31' } });
    vi.stubGlobal('caches', caches.api);
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });

    await forgetCachedAnswers();

    expect(caches.store.get('crampwise-pages-v3')!.size).toBe(0);
  });
});
