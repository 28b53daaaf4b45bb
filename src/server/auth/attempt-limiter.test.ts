import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../db/connect.js';
import { deleteEndedWindows } from '../db/repos/rate-limits.js';
import { type AttemptLimit, StoreAttemptCounter, slowdownMs } from './attempt-limiter.js';

describe('StoreAttemptCounter', () => {
  let store: Store;
  let now = new Date(0);
  let names = 0;
  const counter = (limit: AttemptLimit) =>
    new StoreAttemptCounter(store.db, `test-${++names}`, limit, () => now);

  beforeAll(async () => {
    store = await openStore({ kind: 'pglite-memory' });
  }, 60_000);
  afterAll(async () => store.close());

  it('counts each attempt when taken and refuses past max until the window ends', async () => {
    now = new Date(0);
    const limiter = counter({ max: 3, windowMs: 1000 });
    for (let i = 0; i < 3; i++) expect(await limiter.take('a')).toBe(0);
    expect(await limiter.take('a')).toBe(1000);
    expect(await limiter.count('a')).toBe(3);
    expect(await limiter.take('b')).toBe(0);
    now = new Date(999);
    expect(await limiter.take('a')).toBe(1);
    now = new Date(1000);
    expect(await limiter.take('a')).toBe(0);
    expect(await limiter.count('a')).toBe(1);
  });

  it('caps a burst of simultaneous takes at max', async () => {
    now = new Date(0);
    const limiter = counter({ max: 5, windowMs: 1000 });
    const waits = await Promise.all(Array.from({ length: 40 }, () => limiter.take('k')));
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
  });

  it('gives an attempt back after a success', async () => {
    now = new Date(0);
    const limiter = counter({ max: 1, windowMs: 1000 });
    expect(await limiter.take('a')).toBe(0);
    expect(await limiter.take('a')).toBeGreaterThan(0);
    await limiter.giveBack('a');
    expect(await limiter.take('a')).toBe(0);
  });

  it('forgets a key on reset, and keeps limits with different names apart', async () => {
    now = new Date(0);
    const limiter = counter({ max: 1, windowMs: 1000 });
    const other = counter({ max: 1, windowMs: 1000 });
    await limiter.take('a');
    expect(await limiter.take('a')).toBeGreaterThan(0);
    expect(await other.take('a')).toBe(0);
    await limiter.reset('a');
    expect(await limiter.take('a')).toBe(0);
  });

  it('keeps no key in clear and purges ended windows', async () => {
    now = new Date(5000);
    const limiter = counter({ max: 2, windowMs: 1000 });
    await limiter.take('198.51.100.7 someone@example.com');
    const rows = await store.db.selectFrom('rate_limit_counts').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain('example.com');
    expect(JSON.stringify(rows)).not.toContain('198.51.100.7');
    now = new Date(6000);
    expect(await deleteEndedWindows(store.db, now)).toBeGreaterThan(0);
    expect(await store.db.selectFrom('rate_limit_counts').selectAll().execute()).toEqual([]);
  });
});

describe('slowdownMs', () => {
  it('is free for the first failures, then doubles up to a cap', () => {
    expect([0, 5, 6, 7, 8, 20].map((n) => slowdownMs(n))).toEqual([0, 0, 250, 500, 1000, 4000]);
  });
});
