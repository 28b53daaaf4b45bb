import { describe, expect, it } from 'vitest';
import { compareFactors, FACTOR_KEYS, MIN_NIGHTS_PER_SIDE } from './factors.js';
import { ZoneClock } from './local-time.js';
import { localizeEpisodes } from './localize.js';
import type { CheckinFact, EpisodeFact } from './types.js';

function checkin(date: string, answers: Partial<CheckinFact> = {}): CheckinFact {
  return {
    date,
    stretchedBeforeBed: null,
    warmBath: null,
    legsElevated: null,
    compressionStockings: null,
    sleptOnLeftSide: null,
    supplements: null,
    swelling: null,
    notes: null,
    ...answers,
  };
}
let n = 0;
function episode(startedAt: string): EpisodeFact {
  n++;
  return {
    id: `e${n}`,
    startedAt,
    intensity: null,
    wokeFromSleep: false,
    reliefTried: [],
    reliefHelped: [],
    minutesToRelief: null,
    notes: null,
  };
}
/** `count` cramps in the small hours after `date` (UTC), which belong to the night of `date`. */
const crampsAfter = (date: string, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    return episode(`${next}T0${i + 1}:00:00Z`);
  });
const compare = (checkins: CheckinFact[], episodes: EpisodeFact[], zone = 'UTC') =>
  compareFactors(checkins, localizeEpisodes(episodes, new ZoneClock(zone)));
const factor = (checkins: CheckinFact[], episodes: EpisodeFact[], key = 'stretchedBeforeBed', zone = 'UTC') =>
  compare(checkins, episodes, zone).find((f) => f.factor === key)!;

describe('factors: nights after a check-in with a habit against nights without', () => {
  it('shows no comparison with only 2 nights on a side', () => {
    const checkins = [
      checkin('2026-05-01', { stretchedBeforeBed: true }),
      checkin('2026-05-02', { stretchedBeforeBed: true }),
      checkin('2026-05-03', { stretchedBeforeBed: false }),
      checkin('2026-05-04', { stretchedBeforeBed: false }),
      checkin('2026-05-05', { stretchedBeforeBed: false }),
    ];
    const result = factor(checkins, [...crampsAfter('2026-05-03', 2), ...crampsAfter('2026-05-01', 1)]);
    expect(MIN_NIGHTS_PER_SIDE).toBe(3);
    expect(result.with).toEqual({ nights: 2, episodes: 1, rate: 0.5 });
    expect(result.without).toEqual({ nights: 3, episodes: 2, rate: 2 / 3 });
    expect(result.comparison).toBeNull();
    expect(result.summary).toBe(
      'Not enough nights to compare yet: 2 nights after a day when you stretched before bed and 3 nights without; at least 3 of each are needed.',
    );
  });

  it('compares with 3 nights on each side, with a hand-computed interval', () => {
    // With: 2 + 2 + 2 = 6 cramps in 3 nights (rate 2); without: 1 + 1 + 1 = 3 in 3 (rate 1).
    // RR = 2; SE = sqrt(1/6 + 1/3) = 0.707107; exp(ln 2 ± 1.385904) = 0.500195 to 7.996876.
    const checkins = ['01', '02', '03', '04', '05', '06'].map((d, i) =>
      checkin(`2026-05-${d}`, { stretchedBeforeBed: i < 3 }),
    );
    const episodes = checkins.flatMap((c, i) => crampsAfter(c.date, i < 3 ? 2 : 1));
    const result = factor(checkins, episodes);
    expect(result.with).toEqual({ nights: 3, episodes: 6, rate: 2 });
    expect(result.without).toEqual({ nights: 3, episodes: 3, rate: 1 });
    expect(result.comparison!.rateRatio).toBeCloseTo(2, 10);
    expect(result.comparison!.interval.low).toBeCloseTo(0.500195, 5);
    expect(result.comparison!.interval.high).toBeCloseTo(7.996876, 5);
    expect(result.comparison).toMatchObject({ continuityCorrected: false, intervalIncludesOne: true });
    expect(result.summary).toBe(
      'On the 3 nights after a day when you stretched before bed you logged 2.00 cramps a night; on the 3 nights without, 1.00. ' +
        'Stretching before bed went with 2.00 times the cramp rate (95% interval 0.50 to 8.00). ' +
        'The interval includes 1, so your diary is also consistent with no difference. ' +
        'This shows what went together in your diary, not that one thing led to the other.',
    );
  });

  it('corrects a zero count and says when the interval leaves out 1', () => {
    // With: 0 in 4 nights; without: 12 in 4 nights → 0.5 in 4 against 12.5 in 4: RR = 0.04,
    // SE = sqrt(2 + 0.08) = 1.442221; ln 0.04 = -3.218876 ± 2.826700 → exp(-6.045576) = 0.002368,
    // exp(-0.392176) = 0.675585.
    const checkins = ['01', '02', '03', '04', '05', '06', '07', '08'].map((d, i) =>
      checkin(`2026-05-${d}`, { legsElevated: i >= 4 }),
    );
    const episodes = checkins.slice(0, 4).flatMap((c) => crampsAfter(c.date, 3));
    const result = factor(checkins, episodes, 'legsElevated');
    expect(result.comparison!.rateRatio).toBeCloseTo(0.04, 10);
    expect(result.comparison!.interval.low).toBeCloseTo(0.002368, 5);
    expect(result.comparison!.interval.high).toBeCloseTo(0.675585, 5);
    expect(result.comparison).toMatchObject({ continuityCorrected: true, intervalIncludesOne: false });
    expect(result.summary).toContain(
      'Raising your legs went with 0.04 times the cramp rate (95% interval 0.00 to 0.68).',
    );
    expect(result.summary).not.toContain('consistent with no difference');
  });

  it('counts a night from noon to noon on the person’s clock', () => {
    const checkins = [checkin('2026-05-01', { warmBath: true })];
    const episodes = [
      episode('2026-05-01T11:59:00Z'), // before noon: the night of 30 April
      episode('2026-05-01T12:00:00Z'), // the night of 1 May
      episode('2026-05-01T23:00:00Z'),
      episode('2026-05-02T11:59:00Z'),
      episode('2026-05-02T12:00:00Z'), // the night of 2 May
    ];
    expect(factor(checkins, episodes, 'warmBath').with).toEqual({ nights: 1, episodes: 3, rate: 3 });
    // 03:00Z on 2 May is 13:00 on 2 May in Sydney: the next night there.
    const sydney = factor(
      checkins,
      [episode('2026-05-02T03:00:00Z'), episode('2026-05-01T13:00:00Z')],
      'warmBath',
      'Australia/Sydney',
    );
    expect(sydney.with.episodes).toBe(1); // 13:00Z on 1 May is 23:00 on 1 May in Sydney
  });

  it('leaves unanswered questions out of both sides', () => {
    const checkins = [checkin('2026-05-01'), checkin('2026-05-02', { sleptOnLeftSide: false })];
    const result = factor(checkins, crampsAfter('2026-05-01', 4), 'sleptOnLeftSide');
    expect(result.with).toEqual({ nights: 0, episodes: 0, rate: null });
    expect(result.without).toEqual({ nights: 1, episodes: 0, rate: 0 });
  });

  it('compares supplements when the check-in answered the supplements question', () => {
    const checkins = [
      checkin('2026-05-01', { supplements: ['magnesium', 'calcium'] }),
      checkin('2026-05-02', { supplements: [] }),
      checkin('2026-05-03', { supplements: null }),
    ];
    const result = factor(checkins, [], 'supplement:magnesium');
    expect(result.with.nights).toBe(1);
    expect(result.without.nights).toBe(1);
    expect(factor(checkins, [], 'supplement:vitamin-d').without.nights).toBe(2);
  });

  it('has nothing to compare when no night had a cramp', () => {
    const checkins = ['01', '02', '03', '04', '05', '06'].map((d, i) =>
      checkin(`2026-05-${d}`, { warmBath: i % 2 === 0 }),
    );
    const result = factor(checkins, [], 'warmBath');
    expect(result.comparison).toBeNull();
    expect(result.summary).toBe(
      'No cramps were logged on any of these 6 nights, so there is nothing to compare.',
    );
  });

  it('covers every habit and supplement and never speaks of causes', () => {
    const checkins = ['01', '02', '03', '04', '05', '06', '07'].map((d, i) =>
      checkin(`2026-05-${d}`, {
        stretchedBeforeBed: i % 2 === 0,
        warmBath: i < 3,
        legsElevated: i > 3,
        compressionStockings: i % 3 === 0,
        sleptOnLeftSide: i !== 2,
        supplements: i % 2 ? ['calcium', 'magnesium', 'multivitamin', 'vitamin-d'] : [],
      }),
    );
    const results = compare(
      checkins,
      checkins.flatMap((c, i) => crampsAfter(c.date, i % 3)),
    );
    expect(results.map((f) => f.factor)).toEqual([...FACTOR_KEYS]);
    expect(FACTOR_KEYS).toHaveLength(9);
    for (const result of results) expect(result.summary).not.toMatch(/caus/i);
    expect(results.filter((f) => f.comparison !== null).length).toBeGreaterThan(3);
  });
});
