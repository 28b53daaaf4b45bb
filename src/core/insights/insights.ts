// The diary's insights in one pure function: totals, night share, per-week counts, intensity over
// time, relief ranking, habit factors and red flags. Everything is read on the person's own clock.
import { compareFactors, type Factor } from './factors.js';
import { type IntensityOverTime, intensityOverTime } from './intensity.js';
import { epochDayOf, ZoneClock } from './local-time.js';
import { localizeEpisodes } from './localize.js';
import { type PerWeek, perWeek } from './per-week.js';
import { findRedFlags, type RedFlag } from './red-flags.js';
import { type ReliefRank, rankRelief } from './relief-ranking.js';
import type { CheckinFact, EpisodeFact, InsightOptions } from './types.js';

export type InsightTotals = {
  /** Episodes whose local start date is in the range. */
  episodes: number;
  /** Of those, episodes that started 22:00–06:00 local time or woke the person. */
  nightEpisodes: number;
  /** Distinct nights (noon to noon) holding at least one night-time episode. */
  nights: number;
  /** Check-ins dated in the range. */
  checkins: number;
  /** Episodes with a known intensity. */
  withIntensity: number;
};

export type Insights = {
  range: { from: string | null; to: string | null; timeZone: string; dueDate: string | null };
  totals: InsightTotals;
  /** nightEpisodes / episodes; null without episodes. */
  nightShare: number | null;
  perWeek: PerWeek;
  intensityOverTime: IntensityOverTime;
  relief: ReliefRank[];
  factors: Factor[];
  redFlags: RedFlag[];
};

/**
 * Computes the insights for the local dates `from`–`to` (inclusive; null = open). Pass episodes
 * up to the morning after `to` as well: a cramp at 03:00 on to+1 belongs to the night of `to`
 * in the factors, though it is not counted among the range's episodes.
 */
export function computeInsights(
  episodes: readonly EpisodeFact[],
  checkins: readonly CheckinFact[],
  options: InsightOptions,
): Insights {
  const clock = new ZoneClock(options.timeZone);
  const firstDay = options.from === null ? Number.NEGATIVE_INFINITY : epochDayOf(options.from);
  const lastDay = options.to === null ? Number.POSITIVE_INFINITY : epochDayOf(options.to);
  const inRange = (epochDay: number) => epochDay >= firstDay && epochDay <= lastDay;

  const localized = localizeEpisodes(episodes, clock);
  const ranged = localized.filter((item) => inRange(item.epochDay));
  const rangedCheckins = checkins.filter((checkin) => inRange(epochDayOf(checkin.date)));

  const nightEpisodes = ranged.filter((item) => item.night);
  const totals: InsightTotals = {
    episodes: ranged.length,
    nightEpisodes: nightEpisodes.length,
    nights: new Set(nightEpisodes.map((item) => item.nightDate)).size,
    checkins: rangedCheckins.length,
    withIntensity: ranged.filter((item) => item.episode.intensity !== null).length,
  };

  return {
    range: { from: options.from, to: options.to, timeZone: options.timeZone, dueDate: options.dueDate },
    totals,
    nightShare: totals.episodes > 0 ? totals.nightEpisodes / totals.episodes : null,
    perWeek: perWeek(ranged, options.dueDate, options.birthDate ?? null),
    intensityOverTime: intensityOverTime(ranged),
    relief: rankRelief(ranged.map((item) => item.episode)),
    factors: compareFactors(rangedCheckins, localized),
    redFlags: findRedFlags(rangedCheckins, ranged),
  };
}
