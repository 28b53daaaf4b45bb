// The insights in words: chart summaries for screen readers and captions, and sentences that say
// what went with what, never what caused what, and say so when there is too little to tell. Every
// sentence is a message of the diary catalog, in the page's language; numbers are formatted for it.
import type { IntlShape } from 'react-intl';
import type { FactorKey } from '../../core/insights/factors';
import type { Insights } from './diary-api';
import { reliefLabel } from './diary-labels';
import { shortDate } from './diary-time';

type PerWeek = Insights['perWeek'];
type Week = PerWeek['weeks'][number];
type IntensityOverTime = Insights['intensityOverTime'];
type Relief = Insights['relief'][number];
type Factor = Insights['factors'][number];

/** Nights needed on each side before a habit is compared (src/core/insights/factors.ts). */
export const MIN_NIGHTS_PER_SIDE = 3;

export const honestyNote = (intl: IntlShape) => intl.formatMessage({ id: 'diary.insights.honesty' });
export const emptyInsights = (intl: IntlShape) => intl.formatMessage({ id: 'diary.insights.empty' });
export const notEnoughNights = (intl: IntlShape) =>
  intl.formatMessage({ id: 'diary.insights.notEnoughNights' });

const FACTOR_IDS: Record<FactorKey, string> = {
  stretchedBeforeBed: 'diary.factor.label.stretchedBeforeBed',
  warmBath: 'diary.factor.label.warmBath',
  legsElevated: 'diary.factor.label.legsElevated',
  compressionStockings: 'diary.factor.label.compressionStockings',
  sleptOnLeftSide: 'diary.factor.label.sleptOnLeftSide',
  'supplement:calcium': 'diary.factor.label.calcium',
  'supplement:magnesium': 'diary.factor.label.magnesium',
  'supplement:multivitamin': 'diary.factor.label.multivitamin',
  'supplement:vitamin-d': 'diary.factor.label.vitaminD',
};

/** "Stretching before bed": the habit compared, by its key (the API's own label is English). */
export const factorLabel = (intl: IntlShape, factor: FactorKey) =>
  intl.formatMessage({ id: FACTOR_IDS[factor] });

const decimals = (intl: IntlShape, n: number, digits: number) =>
  intl.formatNumber(n, { minimumFractionDigits: digits, maximumFractionDigits: digits });

function weekValues(intl: IntlShape, week: Week) {
  // Counted from 0 in the data (completed weeks); people count the first week after a birth as week 1.
  if (week.weeksSinceBirth !== null) return { kind: 'birth', week: week.weeksSinceBirth + 1, date: '' };
  return week.pregnancyWeek !== null
    ? { kind: 'pregnancy', week: week.pregnancyWeek, date: '' }
    : { kind: 'calendar', week: 0, date: shortDate(intl, week.start) };
}

/** "Week 24" (of pregnancy), "Week 2 after the birth" or "Week of 3 Nov" (calendar). */
export function weekLabel(intl: IntlShape, week: Week): string {
  return intl.formatMessage({ id: 'diary.week.label' }, weekValues(intl, week));
}

/** The same inside a sentence ("week 24"). */
const inSentence = (intl: IntlShape, week: Week) =>
  intl.formatMessage({ id: 'diary.week.inSentence' }, weekValues(intl, week));

export function perWeekSummary(intl: IntlShape, perWeek: PerWeek): string {
  const { weeks } = perWeek;
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return intl.formatMessage({ id: 'diary.summary.noCramps' });
  const total = weeks.reduce((n, w) => n + w.episodes, 0);
  const busiest = weeks.reduce((a, b) => (b.episodes > a.episodes ? b : a));
  const span =
    weeks.length === 1
      ? inSentence(intl, first)
      : intl.formatMessage(
          { id: 'diary.perWeek.span' },
          { first: inSentence(intl, first), last: inSentence(intl, last) },
        );
  const values = { basis: perWeek.basis, span, total };
  return weeks.length > 1
    ? intl.formatMessage(
        { id: 'diary.perWeek.summaryBusiest' },
        { ...values, most: busiest.episodes, busiest: inSentence(intl, busiest) },
      )
    : intl.formatMessage({ id: 'diary.perWeek.summary' }, values);
}

export function intensitySummary(intl: IntlShape, over: IntensityOverTime): string {
  const first = over.points[0];
  const last = over.points.at(-1);
  if (!first || !last) return intl.formatMessage({ id: 'diary.intensity.none' });
  const rated = over.points.reduce((n, p) => n + p.episodes, 0);
  if (over.points.length === 1) {
    return intl.formatMessage(
      { id: 'diary.intensity.single' },
      { mean: decimals(intl, first.meanIntensity, 1), rated },
    );
  }
  return intl.formatMessage(
    { id: 'diary.intensity.summary' },
    {
      unit: over.bucket,
      from: shortDate(intl, first.start),
      to: shortDate(intl, last.start),
      first: decimals(intl, first.meanIntensity, 1),
      last: decimals(intl, last.meanIntensity, 1),
      rated,
    },
  );
}

export function nightShareText(intl: IntlShape, insights: Pick<Insights, 'totals' | 'nightShare'>): string {
  const { episodes, nightEpisodes } = insights.totals;
  if (insights.nightShare === null || episodes === 0)
    return intl.formatMessage({ id: 'diary.summary.noCramps' });
  return intl.formatMessage(
    { id: 'diary.night.share' },
    { night: nightEpisodes, total: episodes, percent: percent(intl, insights.nightShare) },
  );
}

/** "45%", "45 %" (ru): a share as a whole percentage in the page's language. */
export const percent = (intl: IntlShape, share: number) =>
  intl.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });

/**
 * A share in everyday words: "about half the time", "every time". The exact counts and the interval are
 * shown on request, after these words.
 */
export function shareInWords(intl: IntlShape, share: number): string {
  const say = (id: string) => intl.formatMessage({ id });
  if (share <= 0) return say('diary.share.never');
  if (share >= 1) return say('diary.share.everyTime');
  if (share < 0.15) return say('diary.share.rarely');
  if (share > 0.85) return say('diary.share.almostEveryTime');
  const words: [number, string][] = [
    [0.25, 'diary.share.quarter'],
    [1 / 3, 'diary.share.third'],
    [0.5, 'diary.share.half'],
    [2 / 3, 'diary.share.twoInThree'],
    [0.75, 'diary.share.threeInFour'],
  ];
  return say(
    words.reduce((best, next) => (Math.abs(next[0] - share) < Math.abs(best[0] - share) ? next : best))[1],
  );
}

/** A rate ratio in everyday words: "about half as many cramps", "about twice as many cramps". */
export function ratioInWords(intl: IntlShape, ratio: number): string {
  const say = (id: string, values?: Record<string, number>) => intl.formatMessage({ id }, values);
  if (ratio >= 0.9 && ratio <= 1.1) return say('diary.ratio.same');
  if (ratio < 0.9) {
    if (Math.abs(ratio - 0.5) < 0.08) return say('diary.ratio.half');
    if (Math.abs(ratio - 1 / 3) < 0.06) return say('diary.ratio.third');
    return say('diary.ratio.fewer', { percent: Math.max(10, Math.round((1 - ratio) * 10) * 10) });
  }
  if (Math.abs(ratio - 2) < 0.2) return say('diary.ratio.twice');
  if (ratio < 1.9) return say('diary.ratio.more', { percent: Math.round((ratio - 1) * 10) * 10 });
  return say('diary.ratio.times', { times: Math.round(ratio) });
}

export function reliefLine(intl: IntlShape, relief: Relief): { title: string; detail: string } {
  const share = relief.tried > 0 ? relief.helped / relief.tried : 0;
  const method = reliefLabel(intl, relief.method);
  const title =
    share === 0
      ? intl.formatMessage({ id: 'diary.reliefLine.notYet' }, { method })
      : intl.formatMessage({ id: 'diary.reliefLine.helped' }, { method, share: shareInWords(intl, share) });
  const interval = { low: percent(intl, relief.interval.low), high: percent(intl, relief.interval.high) };
  const parts = [
    intl.formatMessage({ id: 'diary.reliefLine.count' }, { helped: relief.helped, tried: relief.tried }),
    relief.tried < 5
      ? intl.formatMessage({ id: 'diary.reliefLine.intervalRough' }, { ...interval, tried: relief.tried })
      : intl.formatMessage({ id: 'diary.reliefLine.interval' }, interval),
  ];
  if (relief.medianMinutesToRelief !== null) {
    parts.push(
      intl.formatMessage(
        { id: 'diary.reliefLine.median' },
        {
          minutes: intl.formatNumber(relief.medianMinutesToRelief, { maximumFractionDigits: 1 }),
          timed: relief.minutesRecorded,
        },
      ),
    );
  }
  const text = parts.join(intl.formatMessage({ id: 'diary.reliefLine.separator' }));
  return { title, detail: intl.formatMessage({ id: 'diary.reliefLine.detail' }, { text }) };
}

/** Factors with at least one answered night, as they are shown. */
export function factorsWithData(factors: readonly Factor[]): Factor[] {
  return factors.filter((f) => f.with.nights + f.without.nights > 0);
}

/** One side of a comparison: its cramp rate and how many nights it rests on. */
export function factorSide(intl: IntlShape, side: Factor['with']): { rate: string; nights: string } {
  if (side.nights === 0 || side.rate === null) {
    return { rate: intl.formatMessage({ id: 'diary.factor.noNights' }), nights: '' };
  }
  return {
    rate: intl.formatMessage({ id: 'diary.factor.rate' }, { rate: decimals(intl, side.rate, 2) }),
    nights: intl.formatMessage({ id: 'diary.factor.nights' }, { nights: side.nights }),
  };
}

/** The comparison in everyday words, first; null when there is nothing to say yet. */
export function factorPlain(intl: IntlShape, factor: Factor): string | null {
  if (factor.with.nights < MIN_NIGHTS_PER_SIDE || factor.without.nights < MIN_NIGHTS_PER_SIDE) return null;
  const c = factor.comparison;
  if (!c) return null;
  const values = {
    label: factorLabel(intl, factor.factor).toLocaleLowerCase(intl.locale),
    ratio: ratioInWords(intl, c.rateRatio),
  };
  return c.intervalIncludesOne
    ? intl.formatMessage({ id: 'diary.factor.plainChance' }, values)
    : intl.formatMessage({ id: 'diary.factor.plain' }, values);
}

/** What the comparison says, with its interval, or that it cannot say anything yet. */
export function factorVerdict(intl: IntlShape, factor: Factor): string {
  if (factor.with.nights < MIN_NIGHTS_PER_SIDE || factor.without.nights < MIN_NIGHTS_PER_SIDE) {
    return notEnoughNights(intl);
  }
  const c = factor.comparison;
  if (!c) return intl.formatMessage({ id: 'diary.factor.nothingToCompare' });
  const values = {
    label: factorLabel(intl, factor.factor),
    ratio: decimals(intl, c.rateRatio, 2),
    low: decimals(intl, c.interval.low, 2),
    high: decimals(intl, c.interval.high, 2),
  };
  return c.intervalIncludesOne
    ? intl.formatMessage({ id: 'diary.factor.verdictChance' }, values)
    : intl.formatMessage({ id: 'diary.factor.verdictTogether' }, values);
}
