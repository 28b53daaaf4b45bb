// The insights in words: chart summaries for screen readers and captions, and sentences that say
// what went with what, never what caused what, and say so when there is too little to tell.
import type { Insights } from './diary-api';
import { plural, RELIEF_LABELS } from './diary-labels';
import { shortDate } from './diary-time';

type PerWeek = Insights['perWeek'];
type Week = PerWeek['weeks'][number];
type IntensityOverTime = Insights['intensityOverTime'];
type Relief = Insights['relief'][number];
type Factor = Insights['factors'][number];

/** Nights needed on each side before a habit is compared (src/core/insights/factors.ts). */
export const MIN_NIGHTS_PER_SIDE = 3;

export const HONESTY_NOTE =
  'A few weeks of data can’t show cause and effect; these are patterns to discuss with your midwife.';
export const EMPTY_INSIGHTS = 'Log cramps for a week and check in each evening to see patterns here.';
export const NOT_ENOUGH_NIGHTS = 'Not enough nights yet to compare — keep logging.';

/** "Week 24" (of pregnancy), "Week 2 after the birth" or "Week of 3 Nov" (calendar). */
export function weekLabel(week: Week): string {
  // Counted from 0 in the data (completed weeks); people count the first week after a birth as week 1.
  if (week.weeksSinceBirth !== null) return `Week ${week.weeksSinceBirth + 1} after the birth`;
  return week.pregnancyWeek !== null ? `Week ${week.pregnancyWeek}` : `Week of ${shortDate(week.start)}`;
}

const inSentence = (week: Week) => weekLabel(week).replace(/^Week/, 'week');

export function perWeekSummary(perWeek: PerWeek): string {
  const { weeks } = perWeek;
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return 'No cramps logged yet.';
  const total = weeks.reduce((n, w) => n + w.episodes, 0);
  const busiest = weeks.reduce((a, b) => (b.episodes > a.episodes ? b : a));
  const span = weeks.length === 1 ? inSentence(first) : `${inSentence(first)} to ${inSentence(last)}`;
  const basis = perWeek.basis === 'pregnancy' ? 'week of pregnancy' : 'calendar week';
  return (
    `Cramps per ${basis}, ${span}: ${plural(total, 'cramp')} in all` +
    (weeks.length > 1 ? `; the most, ${busiest.episodes}, in ${inSentence(busiest)}.` : '.')
  );
}

export function intensitySummary(over: IntensityOverTime): string {
  const first = over.points[0];
  const last = over.points.at(-1);
  if (!first || !last) return 'No intensities recorded yet.';
  const unit = over.bucket === 'day' ? 'day' : 'week';
  const rated = over.points.reduce((n, p) => n + p.episodes, 0);
  if (over.points.length === 1) {
    return `Average intensity ${first.meanIntensity.toFixed(1)} out of 10, from ${plural(rated, 'rated cramp')}.`;
  }
  return (
    `Average intensity per ${unit} from ${shortDate(first.start)} to ${shortDate(last.start)}, out of 10: ` +
    `${first.meanIntensity.toFixed(1)} at first, ${last.meanIntensity.toFixed(1)} most recently, ` +
    `from ${plural(rated, 'rated cramp')}.`
  );
}

export function nightShareText(insights: Pick<Insights, 'totals' | 'nightShare'>): string {
  const { episodes, nightEpisodes } = insights.totals;
  if (insights.nightShare === null || episodes === 0) return 'No cramps logged yet.';
  return (
    `${nightEpisodes} of ${plural(episodes, 'cramp')} (${percent(insights.nightShare)}) came at night: ` +
    'between 10 pm and 6 am, or they woke you.'
  );
}

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * A share in everyday words: "about half the time", "every time". The exact counts and the interval are
 * shown on request, after these words.
 */
export function shareInWords(share: number): string {
  if (share <= 0) return 'never';
  if (share >= 1) return 'every time';
  if (share < 0.15) return 'rarely';
  if (share > 0.85) return 'almost every time';
  const words: [number, string][] = [
    [0.25, 'about a quarter of the time'],
    [1 / 3, 'about a third of the time'],
    [0.5, 'about half the time'],
    [2 / 3, 'about two times in three'],
    [0.75, 'about three times in four'],
  ];
  return words.reduce((best, next) =>
    Math.abs(next[0] - share) < Math.abs(best[0] - share) ? next : best,
  )[1];
}

/** A rate ratio in everyday words: "about half as many cramps", "about twice as many cramps". */
export function ratioInWords(ratio: number): string {
  if (ratio >= 0.9 && ratio <= 1.1) return 'about the same number of cramps';
  if (ratio < 0.9) {
    if (Math.abs(ratio - 0.5) < 0.08) return 'about half as many cramps';
    if (Math.abs(ratio - 1 / 3) < 0.06) return 'about a third as many cramps';
    return `about ${Math.max(10, Math.round((1 - ratio) * 10) * 10)}% fewer cramps`;
  }
  if (Math.abs(ratio - 2) < 0.2) return 'about twice as many cramps';
  if (ratio < 1.9) return `about ${Math.round((ratio - 1) * 10) * 10}% more cramps`;
  return `about ${Math.round(ratio)} times as many cramps`;
}

export function reliefLine(relief: Relief): { title: string; detail: string } {
  const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
  const share = relief.tried > 0 ? relief.helped / relief.tried : 0;
  const title = `${RELIEF_LABELS[relief.method]}: ${share === 0 ? 'has not helped yet' : `helped ${shareInWords(share)}`}`;
  const parts = [
    `Helped ${relief.helped} of ${relief.tried} ${relief.tried === 1 ? 'time' : 'times'}`,
    `95% interval ${percent(relief.interval.low)} to ${percent(relief.interval.high)}` +
      (relief.tried < 5 ? ` — tried ${times(relief.tried)}, so still a rough guess` : ''),
  ];
  if (relief.medianMinutesToRelief !== null) {
    parts.push(
      `eased in a median of ${formatNumber(relief.medianMinutesToRelief)} min (over ${plural(relief.minutesRecorded, 'timed cramp')})`,
    );
  }
  return { title, detail: `${parts.join('; ')}.` };
}

const formatNumber = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Factors with at least one answered night, as they are shown. */
export function factorsWithData(factors: readonly Factor[]): Factor[] {
  return factors.filter((f) => f.with.nights + f.without.nights > 0);
}

/** One side of a comparison: its cramp rate and how many nights it rests on. */
export function factorSide(side: Factor['with']): { rate: string; nights: string } {
  if (side.nights === 0 || side.rate === null) return { rate: 'No nights yet', nights: '' };
  return { rate: `${side.rate.toFixed(2)} cramps a night`, nights: `over ${plural(side.nights, 'night')}` };
}

/** The comparison in everyday words, first; null when there is nothing to say yet. */
export function factorPlain(factor: Factor): string | null {
  if (factor.with.nights < MIN_NIGHTS_PER_SIDE || factor.without.nights < MIN_NIGHTS_PER_SIDE) return null;
  const c = factor.comparison;
  if (!c) return null;
  return (
    `Nights after “${factor.label.toLowerCase()}” went with ${ratioInWords(c.rateRatio)} as nights without.` +
    (c.intervalIncludesOne ? ' It could still be chance.' : '')
  );
}

/** What the comparison says, with its interval, or that it cannot say anything yet. */
export function factorVerdict(factor: Factor): string {
  if (factor.with.nights < MIN_NIGHTS_PER_SIDE || factor.without.nights < MIN_NIGHTS_PER_SIDE) {
    return NOT_ENOUGH_NIGHTS;
  }
  const c = factor.comparison;
  if (!c) return 'No cramps were logged on any of these nights, so there is nothing to compare yet.';
  const interval = `95% interval ${c.interval.low.toFixed(2)} to ${c.interval.high.toFixed(2)}`;
  const ratio = c.rateRatio.toFixed(2);
  return (
    `${factor.label} went with ${ratio} times the cramp rate (${interval}).` +
    (c.intervalIncludesOne
      ? ' The interval includes 1, so your diary is also consistent with no difference at all.'
      : ' This is what went together in your diary, not proof that one led to the other.')
  );
}
