import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache.js';

const at = (ms: number) => new Date(ms);

describe('SessionCache', () => {
  it('serves an entry until its ttl, then forgets it', () => {
    const cache = new SessionCache(1000);
    cache.set('s1', 'u1', at(1_000_000), at(0));
    expect(cache.get('s1', at(999))?.userId).toBe('u1');
    expect(cache.get('s1', at(1000))).toBeUndefined();
  });

  it('never serves a session past its own expiry', () => {
    const cache = new SessionCache(10_000);
    cache.set('s1', 'u1', at(500), at(0));
    expect(cache.get('s1', at(500))).toBeUndefined();
  });

  it('evicts one session, or every session of a user', () => {
    const cache = new SessionCache();
    cache.set('a', 'u1', at(9e12), at(0));
    cache.set('b', 'u1', at(9e12), at(0));
    cache.set('c', 'u2', at(9e12), at(0));
    cache.evict('a');
    expect(cache.get('a', at(1))).toBeUndefined();
    cache.evictUser('u1');
    expect(cache.get('b', at(1))).toBeUndefined();
    expect(cache.get('c', at(1))?.userId).toBe('u2');
  });

  it('stays bounded', () => {
    const cache = new SessionCache(10_000, 2);
    cache.set('a', 'u', at(9e12), at(0));
    cache.set('b', 'u', at(9e12), at(0));
    cache.set('c', 'u', at(9e12), at(0));
    expect(cache.get('a', at(1))).toBeUndefined();
    expect(cache.get('c', at(1))).toBeDefined();
  });
});
