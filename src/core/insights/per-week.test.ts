import { describe, expect, it } from 'vitest';
import { gestationalAgeOn } from '../pregnancy/gestational-age.js';
import { ZoneClock } from './local-time.js';
import { localizeEpisodes } from './localize.js';
import { perWeek } from './per-week.js';
import type { EpisodeFact } from './types.js';

let n = 0;
function episode(startedAt: string, wokeFromSleep = false): EpisodeFact {
  n++;
  return {
    id: `e${n}`,
    startedAt,
    intensity: null,
    wokeFromSleep,
    reliefTried: [],
    reliefHelped: [],
    minutesToRelief: null,
    notes: null,
  };
}
const weeksOf = (zone: string, dueDate: string | null, starts: string[], birthDate: string | null = null) =>
  perWeek(
    localizeEpisodes(
      starts.map((s) => episode(s)),
      new ZoneClock(zone),
    ),
    dueDate,
    birthDate,
  );

// Due 2027-03-02: day 0 is 2026-05-26, so 2026-11-16 is 24+6 (174 days) and 2026-11-17 is 25+0.
const DUE = '2027-03-02';

describe('episodes per week of pregnancy', () => {
  it('puts week 24 day 6 and week 25 day 0 in different weeks', () => {
    expect(gestationalAgeOn(DUE, '2026-11-16')).toMatchObject({ weeks: 24, days: 6 });
    expect(gestationalAgeOn(DUE, '2026-11-17')).toMatchObject({ weeks: 25, days: 0 });
    const result = weeksOf('UTC', DUE, [
      '2026-11-16T23:59:00Z',
      '2026-11-17T00:00:00Z',
      '2026-11-17T09:00:00Z',
    ]);
    expect(result).toEqual({
      basis: 'pregnancy',
      outsidePregnancy: 0,
      weeks: [
        {
          start: '2026-11-10',
          end: '2026-11-16',
          pregnancyWeek: 24,
          isoWeek: null,
          weeksSinceBirth: null,
          episodes: 1,
          nightEpisodes: 1,
        },
        {
          start: '2026-11-17',
          end: '2026-11-23',
          pregnancyWeek: 25,
          isoWeek: null,
          weeksSinceBirth: null,
          episodes: 2,
          nightEpisodes: 1,
        },
      ],
    });
  });

  it('reads the week boundary on the person’s own calendar', () => {
    // 14:30Z and 15:30Z on 16 November are 23:30 on the 16th and 00:30 on the 17th in Tokyo.
    const starts = ['2026-11-16T14:30:00Z', '2026-11-16T15:30:00Z'];
    expect(weeksOf('Asia/Tokyo', DUE, starts).weeks.map((w) => [w.pregnancyWeek, w.episodes])).toEqual([
      [24, 1],
      [25, 1],
    ]);
    expect(weeksOf('UTC', DUE, starts).weeks.map((w) => [w.pregnancyWeek, w.episodes])).toEqual([[24, 2]]);
  });

  it('shows weeks without episodes between the first and the last as zero', () => {
    const result = weeksOf('UTC', DUE, ['2026-11-12T15:00:00Z', '2026-11-25T15:00:00Z']);
    expect(result.weeks.map((w) => [w.pregnancyWeek, w.episodes])).toEqual([
      [24, 1],
      [25, 0],
      [26, 1],
    ]);
  });

  it('counts episodes outside weeks 0–45 apart', () => {
    // 2026-05-25 is the day before day 0; 2027-04-06 is 45+0 (counted); 2027-04-07 is past it.
    const result = weeksOf('UTC', DUE, [
      '2026-05-25T15:00:00Z',
      '2027-04-06T15:00:00Z',
      '2027-04-07T15:00:00Z',
    ]);
    expect(result.outsidePregnancy).toBe(2);
    expect(result.weeks).toEqual([
      {
        start: '2027-04-06',
        end: '2027-04-12',
        pregnancyWeek: 45,
        isoWeek: null,
        weeksSinceBirth: null,
        episodes: 1,
        nightEpisodes: 0,
      },
    ]);
  });
});

describe('episodes per calendar week without a due date', () => {
  it('starts weeks on Monday (ISO weeks)', () => {
    // Sunday 22 November 2026 ends 2026-W47; Monday the 23rd starts 2026-W48.
    const result = weeksOf('UTC', null, [
      '2026-11-22T23:59:00Z',
      '2026-11-23T00:00:00Z',
      '2026-11-16T12:00:00Z',
    ]);
    expect(result).toEqual({
      basis: 'calendar',
      outsidePregnancy: 0,
      weeks: [
        {
          start: '2026-11-16',
          end: '2026-11-22',
          pregnancyWeek: null,
          isoWeek: '2026-W47',
          weeksSinceBirth: null,
          episodes: 2,
          nightEpisodes: 1,
        },
        {
          start: '2026-11-23',
          end: '2026-11-29',
          pregnancyWeek: null,
          isoWeek: '2026-W48',
          weeksSinceBirth: null,
          episodes: 1,
          nightEpisodes: 1,
        },
      ],
    });
  });

  it('uses the local date: Sunday night in New York is already Monday in UTC', () => {
    const result = weeksOf('America/New_York', null, ['2026-11-23T03:00:00Z']); // 22:00 Sunday EST
    expect(result.weeks.map((w) => w.isoWeek)).toEqual(['2026-W47']);
  });

  it('crosses a year end into week 53', () => {
    const result = weeksOf('UTC', null, ['2026-12-30T12:00:00Z', '2027-01-04T12:00:00Z']);
    expect(result.weeks.map((w) => [w.isoWeek, w.start, w.episodes])).toEqual([
      ['2026-W53', '2026-12-28', 1],
      ['2027-W01', '2027-01-04', 1],
    ]);
  });

  it('is empty without episodes', () => {
    expect(weeksOf('UTC', null, [])).toEqual({ basis: 'calendar', weeks: [], outsidePregnancy: 0 });
    expect(weeksOf('UTC', DUE, [])).toEqual({ basis: 'pregnancy', weeks: [], outsidePregnancy: 0 });
  });
});

describe('episodes per week since the birth', () => {
  it('switches from weeks of pregnancy to weeks since the birth on the birth date', () => {
    // Born on 2027-02-20 (38+4): the pregnancy week that holds the birth ends the day before it.
    const result = weeksOf(
      'UTC',
      DUE,
      ['2027-02-18T15:00:00Z', '2027-02-20T15:00:00Z', '2027-02-26T15:00:00Z', '2027-03-12T15:00:00Z'],
      '2027-02-20',
    );
    expect(result.basis).toBe('pregnancy');
    expect(result.weeks.map((w) => [w.start, w.end, w.pregnancyWeek, w.weeksSinceBirth, w.episodes])).toEqual(
      [
        ['2027-02-16', '2027-02-19', 38, null, 1],
        ['2027-02-20', '2027-02-26', null, 0, 2],
        ['2027-02-27', '2027-03-05', null, 1, 0],
        ['2027-03-06', '2027-03-12', null, 2, 1],
      ],
    );
  });

  it('counts weeks since the birth even without a due date', () => {
    const result = weeksOf('UTC', null, ['2026-11-23T12:00:00Z'], '2026-11-01');
    expect(result.weeks.map((w) => [w.weeksSinceBirth, w.isoWeek])).toEqual([[3, null]]);
  });
});
