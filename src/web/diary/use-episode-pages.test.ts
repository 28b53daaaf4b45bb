import { describe, expect, it } from 'vitest';
import type { Episode } from './diary-api';
import { appendPage, reloadSize } from './use-episode-pages';

const episode = (id: string): Episode => ({
  id,
  startedAt: '2026-03-01T02:10:00.000Z',
  durationSeconds: null,
  muscles: ['calf'],
  side: null,
  intensity: null,
  wokeFromSleep: false,
  reliefTried: [],
  reliefHelped: [],
  minutesToRelief: null,
  notes: null,
  createdAt: '2026-03-01T02:10:00.000Z',
  updatedAt: '2026-03-01T02:10:00.000Z',
});

describe('appendPage', () => {
  it('adds the next page after what is shown and takes its cursor', () => {
    const shown = { items: [episode('a'), episode('b')], nextCursor: 'c1' };
    const next = { items: [episode('c'), episode('d')], nextCursor: null };
    expect(appendPage(shown, next)).toEqual({ items: ['a', 'b', 'c', 'd'].map(episode), nextCursor: null });
  });

  it('skips cramps a reload already brought, so none shows twice', () => {
    const shown = { items: [episode('new'), episode('a'), episode('b')], nextCursor: 'c1' };
    const next = { items: [episode('b'), episode('c')], nextCursor: 'c2' };
    expect(appendPage(shown, next).items.map((e) => e.id)).toEqual(['new', 'a', 'b', 'c']);
  });
});

describe('reloadSize', () => {
  it('reloads as many as are shown: at least a page, at most the API limit', () => {
    expect(reloadSize(0)).toBe(30);
    expect(reloadSize(45)).toBe(45);
    expect(reloadSize(250)).toBe(100);
  });
});
