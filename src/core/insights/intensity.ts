// Mean intensity over time, from the episodes whose intensity the person filled in.
import { dateOfEpochDay, mondayOf } from './local-time.js';
import type { LocalEpisode } from './localize.js';

/** Up to this many days between the first and last rated episode, points are per day; beyond, per ISO week. */
export const DAILY_SPAN_DAYS = 56;

export type IntensityPoint = {
  /** First and last local dates of the day or week, inclusive. */
  start: string;
  end: string;
  meanIntensity: number;
  /** Episodes with a known intensity in this day or week. */
  episodes: number;
};

export type IntensityOverTime = { bucket: 'day' | 'week'; points: IntensityPoint[] };

/** Days or weeks without a rated episode are left out: a mean of nothing is not zero. */
export function intensityOverTime(episodes: readonly LocalEpisode[]): IntensityOverTime {
  const rated = episodes.filter((item) => item.episode.intensity !== null);
  if (rated.length === 0) return { bucket: 'day', points: [] };
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const item of rated) {
    first = Math.min(first, item.epochDay);
    last = Math.max(last, item.epochDay);
  }
  const bucket = last - first <= DAILY_SPAN_DAYS ? 'day' : 'week';
  const length = bucket === 'day' ? 1 : 7;
  const sums = new Map<number, { total: number; count: number }>();
  for (const item of rated) {
    const start = bucket === 'day' ? item.epochDay : mondayOf(item.epochDay);
    const sum = sums.get(start) ?? { total: 0, count: 0 };
    sum.total += item.episode.intensity!;
    sum.count++;
    sums.set(start, sum);
  }
  const points = [...sums.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, { total, count }]) => ({
      start: dateOfEpochDay(start),
      end: dateOfEpochDay(start + length - 1),
      meanIntensity: total / count,
      episodes: count,
    }));
  return { bucket, points };
}
