import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import type { Episode, EpisodeCreate, EpisodePatch } from './diary-api';
import {
  EpisodeQueue,
  flushQueue,
  type KeyValueStorage,
  type Transport,
  unsyncedFields,
  withQueued,
} from './offline-queue';

const NOW = new Date('2026-11-22T03:12:00Z');
const ID = '6f1c2b9e-3d4a-4b5c-8d6e-7f8091a2b3c4';
const OTHER_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function fakeStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const offline = () => new ApiError(0, 'offline', 'Could not reach Crampwise.');

/** A stand-in for the API: stores episodes by id, answers a repeated id with the stored one unchanged. */
function fakeServer() {
  const rows = new Map<string, Episode>();
  const calls: string[] = [];
  let down = false;
  const transport: Transport = {
    async create(body: EpisodeCreate) {
      calls.push(`POST ${body.id}`);
      if (down) throw offline();
      const existing = rows.get(body.id);
      if (existing) return existing;
      const episode: Episode = {
        durationSeconds: null,
        muscles: ['calf'],
        side: null,
        intensity: null,
        wokeFromSleep: false,
        reliefTried: [],
        reliefHelped: [],
        minutesToRelief: null,
        notes: null,
        ...body,
        startedAt: new Date(body.startedAt).toISOString(),
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      };
      rows.set(body.id, episode);
      return episode;
    },
    async patch(id: string, patch: EpisodePatch) {
      calls.push(`PATCH ${id} ${Object.keys(patch).sort().join(',')}`);
      if (down) throw offline();
      const existing = rows.get(id);
      if (!existing) throw new ApiError(404, 'not_found', 'That episode was not found.');
      const updated = { ...existing, ...patch };
      rows.set(id, updated);
      return updated;
    },
  };
  return {
    rows,
    calls,
    transport,
    setDown: (value: boolean) => {
      down = value;
    },
  };
}

const oneTap = (id = ID): EpisodeCreate => ({
  id,
  startedAt: NOW.toISOString(),
  muscles: ['calf'],
  intensity: null,
});
const newId = () => OTHER_ID;

describe('EpisodeQueue', () => {
  it('keeps queued episodes in storage, per person, across page loads', () => {
    const storage = fakeStorage();
    new EpisodeQueue(storage, 'queue:a').addCreate(oneTap(), NOW);
    expect(new EpisodeQueue(storage, 'queue:a').entries()).toMatchObject([
      { id: ID, create: oneTap(), patch: null, queuedAt: NOW.toISOString(), problem: null },
    ]);
    expect(new EpisodeQueue(storage, 'queue:b').entries()).toEqual([]);
  });

  it('folds details into a queued episode instead of queuing a patch', () => {
    const queue = new EpisodeQueue(fakeStorage(), 'q');
    queue.addCreate(oneTap(), NOW);
    queue.addEdit(ID, { intensity: 7, reliefTried: ['massage'] }, NOW);
    const [entry] = queue.entries();
    expect(entry?.create).toEqual({ ...oneTap(), intensity: 7, reliefTried: ['massage'] });
    expect(entry?.patch).toBeNull();
    expect(entry?.revision).toBe(2);
  });

  it('merges changes to a stored episode into one patch', () => {
    const queue = new EpisodeQueue(fakeStorage(), 'q');
    queue.addEdit(ID, { intensity: 4 }, NOW);
    queue.addEdit(ID, { intensity: 6, notes: 'after a long walk' }, NOW);
    expect(queue.entries()).toMatchObject([
      { id: ID, create: null, patch: { intensity: 6, notes: 'after a long walk' } },
    ]);
  });

  it('sets unreadable storage aside instead of overwriting it', () => {
    const storage = fakeStorage();
    storage.setItem('q', '{not json');
    const queue = new EpisodeQueue(storage, 'q');
    expect(queue.entries()).toEqual([]);
    queue.addCreate(oneTap(), NOW);
    expect(storage.map.get('q.unreadable')).toBe('{not json');
    expect(queue.entries()).toHaveLength(1);
  });

  it('removes the storage key when the queue empties', () => {
    const storage = fakeStorage();
    const queue = new EpisodeQueue(storage, 'q');
    queue.addCreate(oneTap(), NOW);
    queue.remove(ID);
    expect(storage.map.has('q')).toBe(false);
  });
});

describe('flushQueue', () => {
  it('sends a queued episode once and empties the queue', async () => {
    const server = fakeServer();
    const queue = new EpisodeQueue(fakeStorage(), 'q');
    queue.addCreate(oneTap(), NOW);
    const outcome = await flushQueue(queue, server.transport, newId);
    expect(outcome).toMatchObject({ waiting: null, refused: 0 });
    expect(outcome.synced.map((e) => e.id)).toEqual([ID]);
    expect(queue.entries()).toEqual([]);
    await flushQueue(queue, server.transport, newId);
    expect(server.calls).toEqual([`POST ${ID}`]);
  });

  it('keeps everything while offline, then stores exactly one episode', async () => {
    const server = fakeServer();
    const queue = new EpisodeQueue(fakeStorage(), 'q');
    queue.addCreate(oneTap(), NOW);
    queue.addCreate(oneTap(OTHER_ID), NOW);
    server.setDown(true);
    expect(await flushQueue(queue, server.transport, newId)).toMatchObject({
      waiting: 'offline',
      synced: [],
    });
    expect(await flushQueue(queue, server.transport, newId)).toMatchObject({ waiting: 'offline' });
    expect(queue.entries()).toHaveLength(2);
    // Stops at the first failure: the second entry was not even tried.
    expect(server.calls).toEqual([`POST ${ID}`, `POST ${ID}`]);
    server.setDown(false);
    await flushQueue(queue, server.transport, newId);
    expect([...server.rows.keys()].sort()).toEqual([OTHER_ID, ID].sort());
    expect(queue.entries()).toEqual([]);
  });

  it('patches what a replayed id did not apply (the first POST arrived, its answer was lost)', async () => {
    const server = fakeServer();
    await server.transport.create(oneTap());
    const queue = new EpisodeQueue(fakeStorage(), 'q');
    queue.addCreate(oneTap(), NOW);
    queue.addEdit(ID, { intensity: 8, reliefTried: ['massage'], reliefHelped: ['massage'] }, NOW);
    await flushQueue(queue, server.transport, newId);
    expect(server.calls.at(-1)).toBe(`PATCH ${ID} intensity,reliefHelped,reliefTried`);
    expect(server.rows.get(ID)).toMatchObject({ intensity: 8, reliefHelped: ['massage'] });
    expect(server.rows.size).toBe(1);
  });

  it('keeps an edit made while the episode was being sent, as a patch', async () => {
    const server = fakeServer();
    const queue = new EpisodeQueue(fakeStorage(), 'q');
    queue.addCreate(oneTap(), NOW);
    const racing: Transport = {
      ...server.transport,
      async create(body) {
        const stored = await server.transport.create(body);
        queue.addEdit(ID, { intensity: 5 }, NOW); // the person saves details meanwhile
        return stored;
      },
    };
    await flushQueue(queue, racing, newId);
    expect(queue.entries()).toMatchObject([{ id: ID, create: null, patch: { intensity: 5 } }]);
    await flushQueue(queue, server.transport, newId);
    expect(server.rows.get(ID)?.intensity).toBe(5);
    expect(queue.entries()).toEqual([]);
  });

  it('keeps a refused entry with its problem, skips it, and retries it once changed', async () => {
    const server = fakeServer();
    const queue = new EpisodeQueue(fakeStorage(), 'q');
    queue.addCreate(oneTap(), NOW);
    const refusing: Transport = {
      ...server.transport,
      create: async () => {
        throw new ApiError(400, 'invalid_input', 'Some fields are not valid.', {
          startedAt: 'must not be more than 5 minutes in the future',
        });
      },
    };
    expect(await flushQueue(queue, refusing, newId)).toMatchObject({ refused: 1, waiting: null });
    expect(queue.get(ID)?.problem).toEqual({
      message: 'Some fields are not valid.',
      fields: { startedAt: 'must not be more than 5 minutes in the future' },
    });
    expect(await flushQueue(queue, server.transport, newId)).toMatchObject({ refused: 0, synced: [] });
    queue.addEdit(ID, { startedAt: '2026-11-22T03:00:00Z' }, NOW);
    expect(queue.get(ID)?.problem).toBeNull();
    await flushQueue(queue, server.transport, newId);
    expect(server.rows.get(ID)?.startedAt).toBe('2026-11-22T03:00:00.000Z');
  });

  it('waits for a new session when the server says signed out', async () => {
    const queue = new EpisodeQueue(fakeStorage(), 'q');
    queue.addCreate(oneTap(), NOW);
    const signedOut: Transport = {
      create: async () => {
        throw new ApiError(401, 'unauthenticated', 'Log in.');
      },
      patch: async () => {
        throw new ApiError(401, 'unauthenticated', 'Log in.');
      },
    };
    expect(await flushQueue(queue, signedOut, newId)).toMatchObject({ waiting: 'signed-out' });
    expect(queue.get(ID)?.problem).toBeNull();
  });

  it('drops changes to an episode deleted elsewhere', async () => {
    const server = fakeServer();
    const queue = new EpisodeQueue(fakeStorage(), 'q');
    queue.addEdit(ID, { intensity: 3 }, NOW);
    await flushQueue(queue, server.transport, newId);
    expect(queue.entries()).toEqual([]);
  });

  it('logs under a new id when the id belongs to someone else', async () => {
    const server = fakeServer();
    const queue = new EpisodeQueue(fakeStorage(), 'q');
    queue.addCreate(oneTap(), NOW);
    const conflicting: Transport = {
      ...server.transport,
      create: async (body) => {
        if (body.id === ID) throw new ApiError(409, 'conflict', 'This id cannot be used.');
        return server.transport.create(body);
      },
    };
    const outcome = await flushQueue(queue, conflicting, newId);
    expect(outcome.synced.map((e) => e.id)).toEqual([OTHER_ID]);
    expect(queue.entries()).toEqual([]);
  });
});

describe('unsyncedFields', () => {
  const stored: Episode = {
    id: ID,
    startedAt: '2026-11-22T03:12:00.000Z',
    durationSeconds: null,
    muscles: ['calf', 'foot'],
    side: null,
    intensity: null,
    wokeFromSleep: false,
    reliefTried: [],
    reliefHelped: [],
    minutesToRelief: null,
    notes: null,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };

  it('ignores how a time is written and the order of a list', () => {
    expect(
      unsyncedFields({ id: ID, startedAt: '2026-11-22T04:12:00+01:00', muscles: ['foot', 'calf'] }, stored),
    ).toEqual({});
  });

  it('names only the fields that differ', () => {
    expect(
      unsyncedFields({ id: ID, startedAt: stored.startedAt, intensity: 6, notes: null }, stored),
    ).toEqual({
      intensity: 6,
    });
  });
});

describe('withQueued', () => {
  it('shows a one-tap episode with the server defaults', () => {
    const queue = new EpisodeQueue(fakeStorage(), 'q');
    const entry = queue.addCreate({ id: ID, startedAt: NOW.toISOString() }, NOW);
    expect(withQueued(entry, null)).toEqual({
      id: ID,
      startedAt: NOW.toISOString(),
      durationSeconds: null,
      muscles: ['calf'],
      side: null,
      intensity: null,
      wokeFromSleep: false,
      reliefTried: [],
      reliefHelped: [],
      minutesToRelief: null,
      notes: null,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
  });

  it('keeps what was filled in over the defaults, and never shares the default lists', () => {
    const queue = new EpisodeQueue(fakeStorage(), 'q');
    const body = { id: ID, startedAt: NOW.toISOString(), intensity: 6, reliefTried: ['massage' as const] };
    const entry = queue.addCreate(body, NOW);
    const shown = withQueued(entry, null)!;
    expect(shown).toMatchObject({ intensity: 6, reliefTried: ['massage'], muscles: ['calf'] });
    shown.muscles.push('foot');
    expect(withQueued(entry, null)?.muscles).toEqual(['calf']);
  });

  it('lays waiting changes over the stored episode', () => {
    const queue = new EpisodeQueue(fakeStorage(), 'q');
    const entry = queue.addEdit(ID, { intensity: 9 }, NOW);
    const stored = withQueued(queue.addCreate(oneTap(), NOW), null)!;
    expect(withQueued(entry, { ...stored, intensity: 2 })?.intensity).toBe(9);
    expect(withQueued(undefined, null)).toBeNull();
  });
});
