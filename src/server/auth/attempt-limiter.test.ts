import { describe, expect, it } from 'vitest';
import { AttemptLimiter, slowdownMs } from './attempt-limiter.js';

describe('AttemptLimiter', () => {
  it('counts each attempt when taken and refuses past max until the window ends', () => {
    let now = 0;
    const limiter = new AttemptLimiter({ max: 3, windowMs: 1000 }, () => now);
    for (let i = 0; i < 3; i++) expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1000);
    expect(limiter.count('a')).toBe(3);
    expect(limiter.take('b')).toBe(0);
    now = 999;
    expect(limiter.take('a')).toBe(1);
    now = 1000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.count('a')).toBe(1);
  });

  it('takes synchronously, so a burst taken before any work finishes is capped at max', () => {
    const limiter = new AttemptLimiter({ max: 5, windowMs: 1000 }, () => 0);
    const admitted = Array.from({ length: 40 }, () => limiter.take('k')).filter((w) => w === 0);
    expect(admitted).toHaveLength(5);
  });

  it('gives an attempt back after a success', () => {
    const limiter = new AttemptLimiter({ max: 1, windowMs: 1000 }, () => 0);
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
    limiter.giveBack('a');
    expect(limiter.take('a')).toBe(0);
  });

  it('forgets a key on reset', () => {
    const limiter = new AttemptLimiter({ max: 1, windowMs: 1000 }, () => 0);
    limiter.take('a');
    expect(limiter.take('a')).toBeGreaterThan(0);
    limiter.reset('a');
    expect(limiter.take('a')).toBe(0);
  });
});

describe('slowdownMs', () => {
  it('is free for the first failures, then doubles up to a cap', () => {
    expect([0, 5, 6, 7, 8, 20].map((n) => slowdownMs(n))).toEqual([0, 0, 250, 500, 1000, 4000]);
  });
});
