// Cramp rates on nights after a check-in with a habit, against nights after one without it.
//
// A "night" here is the night following a check-in date D: the episodes whose night-date is D,
// where an episode's night-date is its local date, minus one day if it started before 12:00
// (so D 12:00 to D+1 12:00 local time). Cramp rate = episodes per night. Only nights with a
// check-in that answered the question count; an unanswered question counts on neither side.

import { type Interval, poissonRateRatio } from './intervals.js';
import { epochDayOf } from './local-time.js';
import type { LocalEpisode } from './localize.js';
import type { CheckinFact } from './types.js';
import { HABITS, type Habit, type Supplement } from './vocabulary.js';

/** A comparison is shown only with at least this many nights on each side. */
export const MIN_NIGHTS_PER_SIDE = 3;

const COMPARED_SUPPLEMENTS = ['calcium', 'magnesium', 'multivitamin', 'vitamin-d'] as const;
type ComparedSupplement = (typeof COMPARED_SUPPLEMENTS)[number] & Supplement;

export type FactorKey = Habit | `supplement:${ComparedSupplement}`;

const WORDING: Record<FactorKey, { label: string; did: string }> = {
  stretchedBeforeBed: { label: 'Stretching before bed', did: 'you stretched before bed' },
  warmBath: { label: 'A warm bath', did: 'you had a warm bath' },
  legsElevated: { label: 'Raising your legs', did: 'you raised your legs' },
  compressionStockings: { label: 'Compression stockings', did: 'you wore compression stockings' },
  sleptOnLeftSide: { label: 'Sleeping on your left side', did: 'you slept on your left side' },
  'supplement:calcium': { label: 'Taking calcium', did: 'you took calcium' },
  'supplement:magnesium': { label: 'Taking magnesium', did: 'you took magnesium' },
  'supplement:multivitamin': { label: 'Taking a multivitamin', did: 'you took a multivitamin' },
  'supplement:vitamin-d': { label: 'Taking vitamin D', did: 'you took vitamin D' },
};

export const FACTOR_KEYS: readonly FactorKey[] = [
  ...HABITS,
  ...COMPARED_SUPPLEMENTS.map((s) => `supplement:${s}` as const),
];

export type FactorSide = { nights: number; episodes: number; rate: number | null };

export type FactorComparison = {
  /** Cramp rate with the habit divided by the rate without it. */
  rateRatio: number;
  /** 95% interval for the rate ratio (log-scale Wald, see intervals.ts). */
  interval: Interval;
  continuityCorrected: boolean;
  /** True when the interval includes 1: no difference is consistent with the diary. */
  intervalIncludesOne: boolean;
};

export type Factor = {
  factor: FactorKey;
  label: string;
  with: FactorSide;
  without: FactorSide;
  comparison: FactorComparison | null;
  /** One plain sentence or two; says "went with", never claims one thing brought about another. */
  summary: string;
};

function answer(checkin: CheckinFact, factor: FactorKey): boolean | null {
  if (factor.startsWith('supplement:')) {
    if (checkin.supplements === null) return null;
    return checkin.supplements.includes(factor.slice('supplement:'.length) as Supplement);
  }
  return checkin[factor as Habit];
}

const nights = (n: number) => `${n} ${n === 1 ? 'night' : 'nights'}`;
const fixed = (x: number) => x.toFixed(2);

function summarise(
  factor: FactorKey,
  withSide: FactorSide,
  withoutSide: FactorSide,
  c: FactorComparison | null,
) {
  const { label, did } = WORDING[factor];
  if (withSide.nights < MIN_NIGHTS_PER_SIDE || withoutSide.nights < MIN_NIGHTS_PER_SIDE) {
    return `Not enough nights to compare yet: ${nights(withSide.nights)} after a day when ${did} and ${nights(withoutSide.nights)} without; at least ${MIN_NIGHTS_PER_SIDE} of each are needed.`;
  }
  if (c === null)
    return `No cramps were logged on any of these ${nights(withSide.nights + withoutSide.nights)}, so there is nothing to compare.`;
  const chance = c.intervalIncludesOne
    ? ' The interval includes 1, so your diary is also consistent with no difference.'
    : '';
  return (
    `On the ${nights(withSide.nights)} after a day when ${did} you logged ${fixed(withSide.rate!)} cramps a night; ` +
    `on the ${nights(withoutSide.nights)} without, ${fixed(withoutSide.rate!)}. ` +
    `${label} went with ${fixed(c.rateRatio)} times the cramp rate (95% interval ${fixed(c.interval.low)} to ${fixed(c.interval.high)}).` +
    chance +
    ' This shows what went together in your diary, not that one thing led to the other.'
  );
}

/**
 * Compares every factor. `checkins` are the check-ins in the reporting range; `episodes` must
 * include the morning after the range's last date, since those cramps belong to its night.
 */
export function compareFactors(
  checkins: readonly CheckinFact[],
  episodes: readonly LocalEpisode[],
): Factor[] {
  const perNight = new Map<number, number>();
  for (const item of episodes) perNight.set(item.nightDate, (perNight.get(item.nightDate) ?? 0) + 1);
  const nightsOf = checkins.map((checkin) => ({
    checkin,
    episodes: perNight.get(epochDayOf(checkin.date)) ?? 0,
  }));

  return FACTOR_KEYS.map((factor) => {
    const withSide: FactorSide = { nights: 0, episodes: 0, rate: null };
    const withoutSide: FactorSide = { nights: 0, episodes: 0, rate: null };
    for (const night of nightsOf) {
      const value = answer(night.checkin, factor);
      if (value === null) continue;
      const side = value ? withSide : withoutSide;
      side.nights++;
      side.episodes += night.episodes;
    }
    for (const side of [withSide, withoutSide])
      side.rate = side.nights > 0 ? side.episodes / side.nights : null;
    const enough = withSide.nights >= MIN_NIGHTS_PER_SIDE && withoutSide.nights >= MIN_NIGHTS_PER_SIDE;
    const ratio = enough
      ? poissonRateRatio(withSide.episodes, withSide.nights, withoutSide.episodes, withoutSide.nights)
      : null;
    const comparison: FactorComparison | null = ratio && {
      rateRatio: ratio.ratio,
      interval: ratio.interval,
      continuityCorrected: ratio.continuityCorrected,
      intervalIncludesOne: ratio.interval.low <= 1 && ratio.interval.high >= 1,
    };
    return {
      factor,
      label: WORDING[factor].label,
      with: withSide,
      without: withoutSide,
      comparison,
      summary: summarise(factor, withSide, withoutSide, comparison),
    };
  });
}
