import { describe, expect, it } from 'vitest';
import { DAILY_SPAN_DAYS, intensityOverTime } from './intensity.js';
import { ZoneClock } from './local-time.js';
import { localizeEpisodes } from './localize.js';
import type { EpisodeFact } from './types.js';

const episode = (startedAt: string, intensity: number | null): EpisodeFact => ({
  id: startedAt,
  startedAt,
  intensity,
  wokeFromSleep: false,
  reliefTried: [],
  reliefHelped: [],
  minutesToRelief: null,
  notes: null,
});
const over = (episodes: EpisodeFact[], zone = 'UTC') =>
  intensityOverTime(localizeEpisodes(episodes, new ZoneClock(zone)));

describe('intensity over time', () => {
  it('averages per local day over episodes with a known intensity', () => {
    const result = over([
      episode('2026-05-01T02:00:00Z', 4),
      episode('2026-05-01T23:00:00Z', 6),
      episode('2026-05-03T02:00:00Z', null),
      episode('2026-05-03T03:00:00Z', 9),
    ]);
    expect(result).toEqual({
      bucket: 'day',
      points: [
        { start: '2026-05-01', end: '2026-05-01', meanIntensity: 5, episodes: 2 },
        { start: '2026-05-03', end: '2026-05-03', meanIntensity: 9, episodes: 1 },
      ],
    });
    // In New York 02:00Z on 1 May is still 30 April.
    expect(over([episode('2026-05-01T02:00:00Z', 4)], 'America/New_York').points[0]!.start).toBe(
      '2026-04-30',
    );
  });

  it(`switches to ISO weeks when rated episodes span more than ${DAILY_SPAN_DAYS} days`, () => {
    const days = (from: string, n: number) => new Date(Date.parse(from) + n * 86_400_000).toISOString();
    const exactlyDaily = over([
      episode('2026-05-01T12:00:00Z', 2),
      episode(days('2026-05-01T12:00:00Z', 56), 4),
    ]);
    expect(exactlyDaily.bucket).toBe('day');
    const weekly = over([
      episode('2026-05-01T12:00:00Z', 2), // Friday of the week starting Monday 27 April
      episode('2026-05-03T12:00:00Z', 5), // Sunday, same week
      episode(days('2026-05-01T12:00:00Z', 57), 4), // 27 June, week starting 22 June
    ]);
    expect(weekly).toEqual({
      bucket: 'week',
      points: [
        { start: '2026-04-27', end: '2026-05-03', meanIntensity: 3.5, episodes: 2 },
        { start: '2026-06-22', end: '2026-06-28', meanIntensity: 4, episodes: 1 },
      ],
    });
  });

  it('has no points when no intensity was filled in', () => {
    expect(over([episode('2026-05-01T02:00:00Z', null)])).toEqual({ bucket: 'day', points: [] });
  });
});
