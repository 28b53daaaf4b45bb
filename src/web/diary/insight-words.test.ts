import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../core/insights/insights';
import type { CheckinFact, EpisodeFact } from '../../core/insights/types';
import {
  factorSide,
  factorsWithData,
  factorVerdict,
  honestyNote,
  intensitySummary,
  nightShareText,
  notEnoughNights,
  perWeekSummary,
  ratioInWords,
  reliefLine,
  shareInWords,
  weekLabel,
} from './insight-words';
import { diaryIntl } from './test-intl';

const en = diaryIntl('en');

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
    expect(perWeekSummary(en, insights.perWeek)).toMatch(
      /^Cramps per week of pregnancy, week \d+ to week \d+: 6 cramps in all; the most, \d, in week \d+\.$/,
    );
    expect(perWeekSummary(en, { basis: 'calendar', weeks: [], outsidePregnancy: 0 })).toBe(
      'No cramps logged yet.',
    );
  });

  it('sums up intensity with how many cramps it rests on', () => {
    // 11 November holds the 7 at 03:00 and a 4 at 23:00: a mean of 5.5.
    expect(intensitySummary(en, insights.intensityOverTime)).toMatch(
      /^Average intensity per day from .+ to .+, out of 10: 5\.5 at first, 4\.0 most recently, from 6 rated cramps\.$/,
    );
  });

  it('gives the night share as counts and a percentage', () => {
    expect(nightShareText(en, insights)).toBe(
      '6 of 6 cramps (100%) came at night: between 10 pm and 6 am, or they woke you.',
    );
  });
});

describe('what helped', () => {
  it('says it in plain words first ("helped about half the time"), the counts and interval after', () => {
    const stretch = insights.relief.find((r) => r.method === 'calf-stretch')!;
    expect(reliefLine(en, stretch).title).toBe('Calf stretch: helped about half the time');
    expect(reliefLine(en, stretch).detail).toMatch(
      /^Helped 3 of 6 times; 95% interval \d+% to \d+%; eased in a median of 4 min \(over 3 timed cramps\)\.$/,
    );
    const massage = insights.relief.find((r) => r.method === 'massage')!;
    expect(reliefLine(en, massage)).toEqual({
      title: 'Massage: has not helped yet',
      detail: expect.stringContaining('Helped 0 of 1 time; 95% interval'),
    });
    expect(reliefLine(en, massage).detail).toContain('tried once, so still a rough guess');
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
    expect(shareInWords(en, share)).toBe(words);
  });

  it.each([
    [0.5, 'about half as many cramps'],
    [0.7, 'about 30% fewer cramps'],
    [1.05, 'about the same number of cramps'],
    [1.5, 'about 50% more cramps'],
    [2.1, 'about twice as many cramps'],
    [3.2, 'about 3 times as many cramps'],
  ])('puts a rate ratio of %s as "%s"', (ratio, words) => {
    expect(ratioInWords(en, ratio)).toBe(words);
  });
});

describe('habit comparisons', () => {
  it('compares a habit with enough nights on each side, saying "went with"', () => {
    const stretching = insights.factors.find((f) => f.factor === 'stretchedBeforeBed')!;
    expect(factorSide(en, stretching.with)).toEqual({ rate: '0.20 cramps a night', nights: 'over 5 nights' });
    expect(factorVerdict(en, stretching)).toMatch(
      /^Stretching before bed went with 0\.\d\d times the cramp rate/,
    );
  });

  it('says there are not enough nights below three on a side', () => {
    const few = computeInsights(episodes, checkins.slice(0, 4), options);
    const stretching = few.factors.find((f) => f.factor === 'stretchedBeforeBed')!;
    expect(factorVerdict(en, stretching)).toBe(notEnoughNights(en));
    expect(notEnoughNights(en)).toBe('Not enough nights yet to compare — keep logging.');
  });

  it('lists only habits with at least one answered night', () => {
    expect(factorsWithData(insights.factors).map((f) => f.factor)).toEqual(['stretchedBeforeBed']);
    const none = factorSide(en, { nights: 0, episodes: 0, rate: null });
    expect(none).toEqual({ rate: 'No nights yet', nights: '' });
  });

  it('never says that one thing caused another', () => {
    const texts = [
      ...insights.factors.map((f) => factorVerdict(en, f)),
      ...insights.relief.map((r) => Object.values(reliefLine(en, r)).join(' ')),
      perWeekSummary(en, insights.perWeek),
      nightShareText(en, insights),
    ];
    for (const text of texts) expect(text).not.toMatch(/\bcaus|\bbecause|\bprevent|\bstops? cramps/i);
    expect(honestyNote(en)).toBe(
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
    expect(result.perWeek.weeks.filter((w) => w.episodes > 0).map((w) => weekLabel(en, w))).toEqual([
      'Week 38',
      'Week 2 after the birth',
    ]);
  });
});

describe('the insights in Chinese, Russian and Japanese', () => {
  const zh = diaryIntl('zh-Hans');
  const ru = diaryIntl('ru');
  const ja = diaryIntl('ja');
  const night = (episodes: number) => ({
    totals: { episodes, nightEpisodes: 1, nights: 1, checkins: 0, withIntensity: 0 },
    nightShare: 1 / episodes,
  });

  it('counts cramps with the Russian plural forms: one, few, many', () => {
    expect(nightShareText(ru, night(1))).toBe(
      '1 из 1 судороги (100\u00a0%) случились ночью: с 22:00 до 6:00 или разбудили вас.',
    );
    expect(nightShareText(ru, night(3))).toMatch(/^1 из 3 судорог \(33\s%\)/);
    expect(nightShareText(ru, night(5))).toMatch(/^1 из 5 судорог \(20\s%\)/);
    expect(nightShareText(ru, night(21))).toMatch(/^1 из 21 судороги \(5\s%\)/);
    const nights = [1, 3, 5, 21].map((n) => factorSide(ru, { nights: n, episodes: 1, rate: 1 / n }).nights);
    expect(nights).toEqual(['за 1 ночь', 'за 3 ночи', 'за 5 ночей', 'за 21 ночь']);
    const tried = (n: number) =>
      reliefLine(ru, {
        method: 'massage',
        rank: 1,
        tried: n,
        helped: 1,
        helpedShare: 1 / n,
        interval: { low: 0.1, high: 0.9 },
        medianMinutesToRelief: null,
        minutesRecorded: 0,
      }).detail;
    expect(tried(1)).toMatch(/^Помогло 1 из 1 раза; 95% интервал от 10\s% до 90\s% — пробовали только раз/);
    expect(tried(3)).toMatch(/^Помогло 1 из 3 раз; .* пробовали 3 раза,/);
    expect(tried(21)).toMatch(/^Помогло 1 из 21 раза; 95% интервал от 10\s% до 90\s%\.$/);
  });

  it('writes decimals and percentages the way each language does', () => {
    expect(intensitySummary(ru, insights.intensityOverTime)).toMatch(
      /сначала 5,5, в последний раз 4,0, по 6 оценённым судорогам\.$/,
    );
    expect(intensitySummary(zh, insights.intensityOverTime)).toMatch(
      /最初5\.5，最近4\.0，依据6次打过分的抽筋。$/,
    );
    expect(intensitySummary(ja, insights.intensityOverTime)).toMatch(
      /最初は5\.5、最近は4\.0（強さを記録した6回から）。$/,
    );
    const stretching = insights.factors.find((f) => f.factor === 'stretchedBeforeBed')!;
    expect(factorSide(ru, stretching.with)).toEqual({ rate: '0,20 судороги за ночь', nights: 'за 5 ночей' });
    expect(factorSide(zh, stretching.with)).toEqual({ rate: '每晚0.20次抽筋', nights: '共5个夜晚' });
    expect(factorSide(ja, stretching.with)).toEqual({ rate: '1晩あたり0.20回', nights: '5晩の記録から' });
  });

  it('names the weeks and the habits in the language', () => {
    const result = computeInsights(
      [episode(1, '2027-02-10T12:00:00Z'), episode(2, '2027-02-22T12:00:00Z')],
      [],
      { ...options, birthDate: '2027-02-15' },
    );
    const weeks = result.perWeek.weeks.filter((w) => w.episodes > 0);
    expect(weeks.map((w) => weekLabel(zh, w))).toEqual(['孕38周', '产后第2周']);
    expect(weeks.map((w) => weekLabel(ru, w))).toEqual(['38-я неделя', '2-я неделя после родов']);
    expect(weeks.map((w) => weekLabel(ja, w))).toEqual(['妊娠38週', '産後2週目']);
    expect(perWeekSummary(ru, insights.perWeek)).toMatch(
      /^Судороги по неделям беременности, \d+-я неделя — \d+-я неделя: всего 6 судорог; больше всего \(\d\) — \d+-я неделя\.$/,
    );
    const stretching = insights.factors.find((f) => f.factor === 'stretchedBeforeBed')!;
    expect(factorVerdict(ja, stretching)).toMatch(
      /^「寝る前のストレッチ」があった夜のこむら返りの頻度は、なかった夜の0\.\d\d倍でした/,
    );
    expect(factorVerdict(zh, stretching)).toMatch(/^“睡前拉伸”时的抽筋频率是没有时的0\.\d\d倍/);
  });

  it('keeps every sentence free of causal claims in every language', () => {
    for (const intl of [zh, ru, ja]) {
      expect(honestyNote(intl)).not.toBe(honestyNote(en));
      for (const factor of insights.factors) expect(factorVerdict(intl, factor)).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});
