import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeInsights } from './insights.js';
import type { CheckinFact, EpisodeFact, InsightOptions } from './types.js';
import { RELIEF_METHODS } from './vocabulary.js';

let n = 0;
const episode = (startedAt: string, more: Partial<EpisodeFact> = {}): EpisodeFact => ({
  id: `e${++n}`,
  startedAt,
  intensity: null,
  wokeFromSleep: false,
  reliefTried: [],
  reliefHelped: [],
  minutesToRelief: null,
  notes: null,
  ...more,
});
const checkin = (date: string, more: Partial<CheckinFact> = {}): CheckinFact => ({
  date,
  stretchedBeforeBed: null,
  warmBath: null,
  legsElevated: null,
  compressionStockings: null,
  sleptOnLeftSide: null,
  supplements: null,
  swelling: null,
  notes: null,
  ...more,
});
const london: InsightOptions = { timeZone: 'Europe/London', dueDate: null, from: null, to: null };

describe('computeInsights', () => {
  it('counts episodes, night-time episodes and distinct nights on the person’s clock', () => {
    const episodes = [
      episode('2026-07-01T21:30:00Z'), // 22:30 BST: night of 1 July
      episode('2026-07-02T01:00:00Z'), // 02:00 BST: same night
      episode('2026-07-02T13:00:00Z', { wokeFromSleep: true }), // a nap: night-time by waking, night of 2 July
      episode('2026-07-03T09:00:00Z', { intensity: 6 }), // 10:00 BST: daytime
    ];
    const result = computeInsights(episodes, [], london);
    expect(result.totals).toEqual({
      episodes: 4,
      nightEpisodes: 3,
      nights: 2,
      checkins: 0,
      withIntensity: 1,
    });
    expect(result.nightShare).toBe(0.75);
    expect(result.range).toEqual({ from: null, to: null, timeZone: 'Europe/London', dueDate: null });
  });

  it('answers an empty diary with zeros and nulls, not errors', () => {
    const result = computeInsights([], [], london);
    expect(result.totals).toEqual({
      episodes: 0,
      nightEpisodes: 0,
      nights: 0,
      checkins: 0,
      withIntensity: 0,
    });
    expect(result.nightShare).toBeNull();
    expect(result.perWeek.weeks).toEqual([]);
    expect(result.relief).toEqual([]);
    expect(result.redFlags).toEqual([]);
    expect(result.factors.every((f) => f.comparison === null)).toBe(true);
  });

  it('limits everything to the local dates from–to, but gives the next morning’s cramps to the last night', () => {
    const options = { ...london, from: '2026-07-02', to: '2026-07-04' };
    const episodes = [
      episode('2026-07-01T22:59:00Z', { notes: 'calf is red and hot' }), // 23:59 BST on 1 July: outside
      episode('2026-07-01T23:00:00Z', { reliefTried: ['heat'], reliefHelped: ['heat'] }), // 00:00 BST on 2 July: inside
      episode('2026-07-04T22:30:00Z'), // 23:30 BST on 4 July: inside
      episode('2026-07-05T02:00:00Z'), // 03:00 BST on 5 July: outside the range, but the night of 4 July
    ];
    const checkins = [
      checkin('2026-07-01', { swelling: 'one-leg', warmBath: true }),
      checkin('2026-07-02', { warmBath: true }),
      checkin('2026-07-03', { warmBath: false }),
      checkin('2026-07-04', { warmBath: true }),
    ];
    const result = computeInsights(episodes, checkins, options);
    expect(result.totals.episodes).toBe(2);
    expect(result.totals.checkins).toBe(3);
    expect(result.relief.map((r) => r.method)).toEqual(['heat']);
    expect(result.redFlags).toEqual([]);
    const warmBath = result.factors.find((f) => f.factor === 'warmBath')!;
    // Nights of 2 and 4 July with a bath: 0 and 2 cramps (23:30 and 03:00); 3 July without: 0.
    expect(warmBath.with).toEqual({ nights: 2, episodes: 2, rate: 1 });
    expect(warmBath.without).toEqual({ nights: 1, episodes: 0, rate: 0 });
  });

  it('counts per pregnancy week when a due date is known', () => {
    const result = computeInsights([episode('2026-11-16T12:00:00Z'), episode('2026-11-17T12:00:00Z')], [], {
      timeZone: 'UTC',
      dueDate: '2027-03-02',
      from: null,
      to: null,
    });
    expect(result.perWeek.basis).toBe('pregnancy');
    expect(result.perWeek.weeks.map((w) => w.pregnancyWeek)).toEqual([24, 25]);
  });

  it('keeps its totals consistent for any diary', () => {
    const instant = fc
      .integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') })
      .map((ms) => new Date(ms).toISOString());
    const relief = fc.subarray([...RELIEF_METHODS]);
    const anEpisode = fc
      .record({
        startedAt: instant,
        tried: relief,
        woke: fc.boolean(),
        intensity: fc.option(fc.integer({ min: 0, max: 10 })),
      })
      .chain(({ startedAt, tried, woke, intensity }) =>
        fc
          .subarray(tried)
          .map((helped) =>
            episode(startedAt, { reliefTried: tried, reliefHelped: helped, wokeFromSleep: woke, intensity }),
          ),
      );
    fc.assert(
      fc.property(
        fc.array(anEpisode, { maxLength: 60 }),
        fc.constantFrom('UTC', 'Europe/London', 'America/New_York', 'Pacific/Kiritimati'),
        fc.option(fc.constantFrom('2026-06-01', '2026-10-15', '2027-03-02')),
        (episodes, timeZone, dueDate) => {
          const result = computeInsights(episodes, [], { timeZone, dueDate, from: null, to: null });
          const perWeekTotal = result.perWeek.weeks.reduce((sum, w) => sum + w.episodes, 0);
          expect(perWeekTotal + result.perWeek.outsidePregnancy).toBe(episodes.length);
          expect(result.totals.nightEpisodes).toBeLessThanOrEqual(result.totals.episodes);
          expect(result.totals.nights).toBeLessThanOrEqual(result.totals.nightEpisodes);
          expect(result.totals.nightEpisodes).toBeGreaterThanOrEqual(
            episodes.filter((e) => e.wokeFromSleep).length,
          );
          for (const r of result.relief) expect(r.helped).toBeLessThanOrEqual(r.tried);
          const rated = result.intensityOverTime.points.reduce((sum, p) => sum + p.episodes, 0);
          expect(rated).toBe(result.totals.withIntensity);
        },
      ),
      { numRuns: 200 },
    );
  });
});
