/** Public API of the diary insights: the pure computation, its vocabulary and its parts. */
export {
  FACTOR_KEYS,
  type Factor,
  type FactorComparison,
  type FactorKey,
  MIN_NIGHTS_PER_SIDE,
} from './factors.js';
export { computeInsights, type Insights, type InsightTotals } from './insights.js';
export { DAILY_SPAN_DAYS, type IntensityOverTime, type IntensityPoint } from './intensity.js';
export { type Interval, median, poissonRateRatio, wilsonInterval } from './intervals.js';
export { dateOfEpochDay, epochDayOf, ZoneClock } from './local-time.js';
export { isNightTime, nightDateOf } from './night.js';
export type { PerWeek, WeekCount } from './per-week.js';
export { mentionsRedWarmOrSwollenLeg, type RedFlag, type RedFlagReason } from './red-flags.js';
export type { ReliefRank } from './relief-ranking.js';
export type { CheckinFact, EpisodeFact, InsightOptions } from './types.js';
export * from './vocabulary.js';
