import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../core/insights/insights';
import type { CheckinFact, EpisodeFact } from '../../core/insights/types';
import {
  factorSide,
  factorsWithData,
  factorVerdict,
  HONESTY_NOTE,
  intensitySummary,
  NOT_ENOUGH_NIGHTS,
  nightShareText,
  perWeekSummary,
  ratioInWords,
  reliefLine,
  shareInWords,
  weekLabel,
} from './insight-words';

const episode = (id: number, startedAt: string, extra: Partial<EpisodeFact> = {}): EpisodeFact => ({
  id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  startedAt,
  intensity: null,
  wokeFromSleep: false,
  reliefTried: [],
  reliefHelped: [],
  minutesToRelief: null,
  notes: null,
  ...extra,
});

const checkin = (date: string, stretched: boolean | null): CheckinFact => ({
  date,
  stretchedBeforeBed: stretched,
  warmBath: null,
  legsElevated: null,
  compressionStockings: null,
  sleptOnLeftSide: null,
  supplements: null,
  swelling: null,
  notes: null,
});

const options = { timeZone: 'UTC', dueDate: '2027-02-20', from: null, to: null };

// Ten nights: stretching on five (one cramp between them), not on five (one cramp each).
const dates = Array.from({ length: 10 }, (_, i) => `2026-11-${String(10 + i).padStart(2, '0')}`);
const checkins = dates.map((date, i) => checkin(date, i % 2 === 0));
const episodes = [
  episode(1, '2026-11-11T03:00:00Z', {
    intensity: 7,
    reliefTried: ['calf-stretch', 'massage'],
    reliefHelped: ['calf-stretch'],
    minutesToRelief: 2,
  }),
  ...dates
    .filter((_, i) => i % 2 === 1)
    .map((date, i) =>
      episode(10 + i, `${date}T23:00:00Z`, {
        intensity: 4,
        reliefTried: ['calf-stretch'],
        reliefHelped: i < 2 ? ['calf-stretch'] : [],
        minutesToRelief: i < 2 ? 4 : null,
      }),
    ),
];
const insights = computeInsights(episodes, checkins, options);

describe('chart summaries', () => {
  it('sums up the weeks of pregnancy in words', () => {
    expect(perWeekSummary(insights.perWeek)).toMatch(
      /^Cramps per week of pregnancy, week \d+ to week \d+: 6 cramps in all; the most, \d, in week \d+\.$/,
    );
    expect(perWeekSummary({ basis: 'calendar', weeks: [], outsidePregnancy: 0 })).toBe(
      'No cramps logged yet.',
    );
  });

  it('sums up intensity with how many cramps it rests on', () => {
    // 11 November holds the 7 at 03:00 and a 4 at 23:00: a mean of 5.5.
    expect(intensitySummary(insights.intensityOverTime)).toMatch(
      /^Average intensity per day from .+ to .+, out of 10: 5\.5 at first, 4\.0 most recently, from 6 rated cramps\.$/,
    );
  });

  it('gives the night share as counts and a percentage', () => {
    expect(nightShareText(insights)).toBe(
      '6 of 6 cramps (100%) came at night: between 10 pm and 6 am, or they woke you.',
    );
  });
});

describe('what helped', () => {
  it('says it in plain words first ("helped about half the time"), the counts and interval after', () => {
    const stretch = insights.relief.find((r) => r.method === 'calf-stretch')!;
    expect(reliefLine(stretch).title).toBe('Calf stretch: helped about half the time');
    expect(reliefLine(stretch).detail).toMatch(
      /^Helped 3 of 6 times; 95% interval \d+% to \d+%; eased in a median of 4 min \(over 3 timed cramps\)\.$/,
    );
    const massage = insights.relief.find((r) => r.method === 'massage')!;
    expect(reliefLine(massage)).toEqual({
      title: 'Massage: has not helped yet',
      detail: expect.stringContaining('Helped 0 of 1 time; 95% interval'),
    });
    expect(reliefLine(massage).detail).toContain('tried once, so still a rough guess');
  });

  it.each([
    [0.05, 'rarely'],
    [0.26, 'about a quarter of the time'],
    [0.34, 'about a third of the time'],
    [0.5, 'about half the time'],
    [0.66, 'about two times in three'],
    [0.9, 'almost every time'],
    [1, 'every time'],
  ])('puts a share of %s as "%s"', (share, words) => {
    expect(shareInWords(share)).toBe(words);
  });

  it.each([
    [0.5, 'about half as many cramps'],
    [0.7, 'about 30% fewer cramps'],
    [1.05, 'about the same number of cramps'],
    [1.5, 'about 50% more cramps'],
    [2.1, 'about twice as many cramps'],
    [3.2, 'about 3 times as many cramps'],
  ])('puts a rate ratio of %s as "%s"', (ratio, words) => {
    expect(ratioInWords(ratio)).toBe(words);
  });
});

describe('habit comparisons', () => {
  it('compares a habit with enough nights on each side, saying "went with"', () => {
    const stretching = insights.factors.find((f) => f.factor === 'stretchedBeforeBed')!;
    expect(factorSide(stretching.with)).toEqual({ rate: '0.20 cramps a night', nights: 'over 5 nights' });
    expect(factorVerdict(stretching)).toMatch(
      /^Stretching before bed went with 0\.\d\d times the cramp rate/,
    );
  });

  it('says there are not enough nights below three on a side', () => {
    const few = computeInsights(episodes, checkins.slice(0, 4), options);
    const stretching = few.factors.find((f) => f.factor === 'stretchedBeforeBed')!;
    expect(factorVerdict(stretching)).toBe(NOT_ENOUGH_NIGHTS);
    expect(NOT_ENOUGH_NIGHTS).toBe('Not enough nights yet to compare — keep logging.');
  });

  it('lists only habits with at least one answered night', () => {
    expect(factorsWithData(insights.factors).map((f) => f.factor)).toEqual(['stretchedBeforeBed']);
    const none = factorSide({ nights: 0, episodes: 0, rate: null });
    expect(none).toEqual({ rate: 'No nights yet', nights: '' });
  });

  it('never says that one thing caused another', () => {
    const texts = [
      ...insights.factors.map(factorVerdict),
      ...insights.relief.map((r) => Object.values(reliefLine(r)).join(' ')),
      perWeekSummary(insights.perWeek),
      nightShareText(insights),
    ];
    for (const text of texts) expect(text).not.toMatch(/\bcaus|\bbecause|\bprevent|\bstops? cramps/i);
    expect(HONESTY_NOTE).toBe(
      'A few weeks of data can’t show cause and effect; these are patterns to discuss with your midwife.',
    );
  });
});

describe('week labels after the birth', () => {
  it('names weeks since the birth from week 1, and weeks of pregnancy before it', () => {
    const result = computeInsights(
      [episode(1, '2027-02-10T12:00:00Z'), episode(2, '2027-02-22T12:00:00Z')],
      [],
      { ...options, birthDate: '2027-02-15' },
    );
    expect(result.perWeek.weeks.filter((w) => w.episodes > 0).map(weekLabel)).toEqual([
      'Week 38',
      'Week 2 after the birth',
    ]);
  });
});
