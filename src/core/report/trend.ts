// Did cramps come more or less often in the second half of the period than in the first? Said
// only when the 95% interval of the rate ratio leaves out 1 (the same interval as the habits).
import { median, poissonRateRatio } from '../insights/intervals.js';
import { dateOfEpochDay } from '../insights/local-time.js';
import type { LocalEpisode } from '../insights/localize.js';
import type { CrampTrend, TrendHalf } from './types.js';

/** A trend needs at least two weeks: a week on each side. */
export const MIN_TREND_DAYS = 14;

function half(episodes: readonly LocalEpisode[], first: number, last: number): TrendHalf {
  const inside = episodes.filter((item) => item.epochDay >= first && item.epochDay <= last);
  const days = last - first + 1;
  const rated = inside.flatMap((item) => (item.episode.intensity === null ? [] : [item.episode.intensity]));
  return {
    from: dateOfEpochDay(first),
    to: dateOfEpochDay(last),
    days,
    episodes: inside.length,
    perWeek: (inside.length / days) * 7,
    medianIntensity: median(rated),
  };
}

/** `episodes` are those in the period `firstDay`–`lastDay` (epoch days, inclusive). */
export function crampTrend(episodes: readonly LocalEpisode[], firstDay: number, lastDay: number): CrampTrend {
  const days = lastDay - firstDay + 1;
  if (days < MIN_TREND_DAYS) {
    return {
      direction: 'not-enough-data',
      firstHalf: null,
      secondHalf: null,
      rateRatio: null,
      interval: null,
    };
  }
  // An odd day goes to the second half: the rates are per day, so unequal halves compare fairly.
  const split = firstDay + Math.floor(days / 2);
  const firstHalf = half(episodes, firstDay, split - 1);
  const secondHalf = half(episodes, split, lastDay);
  const ratio = poissonRateRatio(secondHalf.episodes, secondHalf.days, firstHalf.episodes, firstHalf.days);
  if (ratio === null) {
    return { direction: 'not-enough-data', firstHalf, secondHalf, rateRatio: null, interval: null };
  }
  const direction = ratio.interval.low > 1 ? 'more' : ratio.interval.high < 1 ? 'fewer' : 'no-clear-change';
  return { direction, firstHalf, secondHalf, rateRatio: ratio.ratio, interval: ratio.interval };
}
