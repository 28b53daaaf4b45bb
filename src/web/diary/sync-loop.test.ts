import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import type { Episode, EpisodeCreate } from './diary-api';
import { EpisodeQueue, type FlushOutcome, type KeyValueStorage, type Transport } from './offline-queue';
import { SyncLoop } from './sync-loop';

const NOW = new Date('2026-11-22T03:12:00Z');
const ids = ['6f1c2b9e-3d4a-4b5c-8d6e-7f8091a2b3c4', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'] as const;

function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const oneTap = (id: string): EpisodeCreate => ({ id, startedAt: NOW.toISOString() });

/** A server whose answers wait until the test lets them through, so a run can be caught mid-flight. */
function heldServer() {
  const calls: string[] = [];
  const held: (() => void)[] = [];
  let down = false;
  let holding = false;
  const answer = async (body: EpisodeCreate): Promise<Episode> => {
    calls.push(`POST ${body.id}`);
    if (holding) await new Promise<void>((resolve) => held.push(resolve));
    if (down) throw new ApiError(0, 'offline', 'Could not reach Crampwise.');
    return {
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
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    };
  };
  const transport: Transport = {
    create: answer,
    patch: async (id) => answer({ id, startedAt: NOW.toISOString() }),
  };
  return {
    calls,
    transport,
    hold: () => {
      holding = true;
    },
    /** Lets every waiting answer through and stops holding. */
    release: () => {
      holding = false;
      for (const resolve of held.splice(0)) resolve();
    },
    setDown: (value: boolean) => {
      down = value;
    },
    /** Waits until `count` requests have been made. */
    sent: async (count: number) => {
      while (calls.length < count) await new Promise((resolve) => setTimeout(resolve, 1));
    },
  };
}

function recorded(queue: EpisodeQueue, transport: Transport) {
  const log: string[] = [];
  const rounds: FlushOutcome[] = [];
  const errors: unknown[] = [];
  const loop = new SyncLoop(queue, transport, () => ids[1], {
    onStart: () => log.push('start'),
    onRound: (outcome) => {
      rounds.push(outcome);
      log.push(`round ${outcome.synced.length}`);
    },
    onError: (error) => errors.push(error),
    onEnd: () => log.push('end'),
  });
  return { loop, log, rounds, errors };
}

describe('SyncLoop', () => {
  it('sends what waits and empties the queue', async () => {
    const server = heldServer();
    const queue = new EpisodeQueue(memoryStorage(), 'q');
    queue.addCreate(oneTap(ids[0]), NOW);
    const { loop, log } = recorded(queue, server.transport);
    await loop.run();
    expect(server.calls).toEqual([`POST ${ids[0]}`]);
    expect(queue.entries()).toEqual([]);
    expect(log).toEqual(['start', 'round 1', 'end']);
    expect(loop.running).toBe(false);
  });

  it('coalesces calls made during a run into that run', async () => {
    const server = heldServer();
    const queue = new EpisodeQueue(memoryStorage(), 'q');
    queue.addCreate(oneTap(ids[0]), NOW);
    const { loop, log } = recorded(queue, server.transport);
    server.hold();
    const first = loop.run();
    await server.sent(1);
    const second = loop.run();
    const third = loop.run();
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(loop.running).toBe(true);
    server.release();
    await Promise.all([first, second, third]);
    // One run, one request: the calls joined it, and the second round found nothing left to send.
    expect(server.calls).toEqual([`POST ${ids[0]}`]);
    expect(log).toEqual(['start', 'round 1', 'end']);
  });

  it('goes round again when a call during the run says the queue changed', async () => {
    const server = heldServer();
    const queue = new EpisodeQueue(memoryStorage(), 'q');
    queue.addCreate(oneTap(ids[0]), NOW);
    const { loop, log } = recorded(queue, server.transport);
    server.hold();
    const run = loop.run();
    await server.sent(1);
    // A cramp logged while the first one is on its way: flushQueue read the queue before it was there.
    queue.addCreate(oneTap(ids[1]), NOW);
    void loop.run();
    server.release();
    await run;
    expect(server.calls).toEqual([`POST ${ids[0]}`, `POST ${ids[1]}`]);
    expect(queue.entries()).toEqual([]);
    expect(log).toEqual(['start', 'round 1', 'round 1', 'end']);
  });

  it('does not go round again unasked', async () => {
    const server = heldServer();
    const queue = new EpisodeQueue(memoryStorage(), 'q');
    queue.addCreate(oneTap(ids[0]), NOW);
    const { loop } = recorded(queue, server.transport);
    server.hold();
    const run = loop.run();
    await server.sent(1);
    queue.addCreate(oneTap(ids[1]), NOW);
    server.release();
    await run;
    expect(server.calls).toEqual([`POST ${ids[0]}`]);
    expect(queue.entries().map((e) => e.id)).toEqual([ids[1]]);
  });

  it('stops when the network is gone, even when asked to go round again, and keeps the queue', async () => {
    const server = heldServer();
    const queue = new EpisodeQueue(memoryStorage(), 'q');
    queue.addCreate(oneTap(ids[0]), NOW);
    queue.addCreate(oneTap(ids[1]), NOW);
    const { loop, rounds } = recorded(queue, server.transport);
    server.setDown(true);
    server.hold();
    const run = loop.run();
    await server.sent(1);
    void loop.run();
    server.release();
    await run;
    expect(server.calls).toEqual([`POST ${ids[0]}`]);
    expect(rounds).toMatchObject([{ waiting: 'offline', synced: [] }]);
    expect(queue.entries()).toHaveLength(2);
    server.setDown(false);
    await loop.run();
    expect(queue.entries()).toEqual([]);
  });

  it('reports a storage failure, ends the run and keeps the queue for the next one', async () => {
    const server = heldServer();
    const storage = memoryStorage();
    const queue = new EpisodeQueue(storage, 'q');
    queue.addCreate(oneTap(ids[0]), NOW);
    const full = new Error('QuotaExceededError');
    const failing: KeyValueStorage = {
      ...storage,
      setItem: () => {
        throw full;
      },
      removeItem: () => {
        throw full;
      },
    };
    const { loop, log, errors } = recorded(new EpisodeQueue(failing, 'q'), server.transport);
    await loop.run();
    expect(errors).toEqual([full]);
    expect(log).toEqual(['start', 'end']);
    expect(loop.running).toBe(false);
    expect(queue.entries().map((e) => e.id)).toEqual([ids[0]]);
    // The next run works once storage does: it is not blocked by the failed one.
    const next = recorded(queue, server.transport);
    await next.loop.run();
    expect(queue.entries()).toEqual([]);
  });

  it('leaves waiting with a problem alone and sends nothing when nothing can be sent', async () => {
    const server = heldServer();
    const queue = new EpisodeQueue(memoryStorage(), 'q');
    const entry = queue.addCreate(oneTap(ids[0]), NOW);
    queue.update(entry.id, entry.revision, (e) => ({ ...e, problem: { message: 'Not valid.', fields: {} } }));
    const { loop, log } = recorded(queue, server.transport);
    await loop.run();
    await loop.run();
    expect(server.calls).toEqual([]);
    expect(log).toEqual(['start', 'end', 'start', 'end']);
  });

  it('starts a fresh run after one that had nothing to send (no stale flight blocks it)', async () => {
    const server = heldServer();
    const queue = new EpisodeQueue(memoryStorage(), 'q');
    const { loop } = recorded(queue, server.transport);
    await loop.run();
    expect(loop.running).toBe(false);
    queue.addCreate(oneTap(ids[0]), NOW);
    await loop.run();
    expect(server.calls).toEqual([`POST ${ids[0]}`]);
  });
});
