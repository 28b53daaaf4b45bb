import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayLabel,
  fromDateTimeLocal,
  longDate,
  matchingPick,
  offsetAt,
  pickLabel,
  quickPicks,
  shortDate,
  timeOfDay,
  toDateTimeLocal,
  todayIn,
  wallClock,
} from './diary-time';
import { diaryIntl } from './test-intl';

const at = (iso: string) => Date.parse(iso);

describe('wall clock in a time zone', () => {
  it('reads the date and minute on the person’s clock, not the phone’s', () => {
    expect(wallClock(at('2026-11-21T23:30:00Z'), 'Europe/Berlin')).toEqual({
      date: '2026-11-22',
      minuteOfDay: 30,
    });
    expect(wallClock(at('2026-11-22T03:00:00Z'), 'America/New_York')).toEqual({
      date: '2026-11-21',
      minuteOfDay: 22 * 60,
    });
    expect(wallClock(at('2026-07-01T00:00:00Z'), 'UTC')).toEqual({ date: '2026-07-01', minuteOfDay: 0 });
  });

  it('knows the offset on each side of a clock change', () => {
    expect(offsetAt(at('2026-03-29T00:59:00Z'), 'Europe/London')).toBe(0);
    expect(offsetAt(at('2026-03-29T01:00:00Z'), 'Europe/London')).toBe(3_600_000);
    expect(offsetAt(at('2026-06-01T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
  });

  it('gives today’s date where the person lives', () => {
    const now = new Date('2026-11-22T01:00:00Z');
    expect(todayIn('Europe/London', now)).toBe('2026-11-22');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-11-21');
    expect(todayIn('Pacific/Kiritimati', now)).toBe('2026-11-22');
  });
});

describe('addDays', () => {
  it('crosses months, years and 29 February', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-11-22', -27)).toBe('2026-10-26');
  });
});

describe('datetime-local values on the person’s clock', () => {
  it('writes and reads a time', () => {
    expect(toDateTimeLocal(at('2026-11-22T03:12:40Z'), 'Europe/London')).toBe('2026-11-22T03:12');
    expect(fromDateTimeLocal('2026-11-22T03:12', 'Europe/London')).toBe(at('2026-11-22T03:12:00Z'));
    expect(fromDateTimeLocal('2026-07-01T03:12', 'Europe/London')).toBe(at('2026-07-01T02:12:00Z'));
    expect(fromDateTimeLocal('2026-07-01T03:12', 'America/New_York')).toBe(at('2026-07-01T07:12:00Z'));
  });

  it('takes the earlier of a time that happens twice (clocks going back)', () => {
    // 01:30 on 25 October 2026 happens at 00:30Z (BST) and again at 01:30Z (GMT).
    expect(fromDateTimeLocal('2026-10-25T01:30', 'Europe/London')).toBe(at('2026-10-25T00:30:00Z'));
  });

  it('moves a time skipped by clocks going forward on by the gap', () => {
    // 01:30 on 29 March 2026 does not exist in London; Temporal's "compatible" gives 02:30 BST.
    const instant = fromDateTimeLocal('2026-03-29T01:30', 'Europe/London');
    expect(instant).toBe(at('2026-03-29T01:30:00Z'));
    expect(toDateTimeLocal(instant!, 'Europe/London')).toBe('2026-03-29T02:30');
  });

  it('refuses what is not a date and time', () => {
    for (const bad of [
      '',
      '2026-11-22',
      '2026-13-01T10:00',
      '2026-04-31T10:00',
      '2026-11-22T24:00',
      'soon',
    ]) {
      expect(fromDateTimeLocal(bad, 'Europe/London')).toBeNull();
    }
  });

  it('reads back every minute it writes, in zones with and without clock changes', () => {
    const zones = ['UTC', 'Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
    fc.assert(
      fc.property(
        fc.integer({ min: at('2000-01-01T00:00:00Z') / 60_000, max: at('2040-01-01T00:00:00Z') / 60_000 }),
        fc.constantFrom(...zones),
        (minute, zone) => {
          const instant = minute * 60_000;
          const back = fromDateTimeLocal(toDateTimeLocal(instant, zone), zone)!;
          // Equal, or the first of two identical wall times in a clocks-back hour.
          expect(toDateTimeLocal(back, zone)).toBe(toDateTimeLocal(instant, zone));
          expect(back).toBeLessThanOrEqual(instant);
          expect(instant - back).toBeLessThanOrEqual(60 * 60_000);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('quick time picks', () => {
  const logged = at('2026-11-22T03:12:30Z');

  it('counts back from the moment the cramp was logged', () => {
    expect(quickPicks(logged).map((p) => [p.key, logged - p.epochMs])).toEqual([
      ['logged', 0],
      ['15-min', 15 * 60_000],
      ['1-hour', 60 * 60_000],
    ]);
  });

  it('recognises a stored start as a pick to the minute', () => {
    const picks = quickPicks(logged);
    expect(matchingPick(picks, at('2026-11-22T03:12:00Z'))).toBe('logged');
    expect(matchingPick(picks, at('2026-11-22T02:57:59Z'))).toBe('15-min');
    expect(matchingPick(picks, at('2026-11-22T02:12:30Z'))).toBe('1-hour');
    expect(matchingPick(picks, at('2026-11-22T02:30:00Z'))).toBeNull();
  });
});

describe('dayLabel', () => {
  it('says today and yesterday, then the date', () => {
    const en = diaryIntl('en', 'en-GB');
    expect(dayLabel(en, '2026-11-22', '2026-11-22')).toBe('Today');
    expect(dayLabel(en, '2026-11-21', '2026-11-22')).toBe('Yesterday');
    expect(dayLabel(en, '2026-11-03', '2026-11-22')).toBe('Tue 3 Nov');
    expect(dayLabel(en, '2025-11-03', '2026-11-22')).toMatch(/^Mon,? 3 Nov 2025$/);
  });
});

describe('dates and times in each language', () => {
  const zh = diaryIntl('zh-Hans');
  const ru = diaryIntl('ru');
  const ja = diaryIntl('ja');

  it('says today and yesterday in the language', () => {
    expect([zh, ru, ja].map((intl) => dayLabel(intl, '2026-11-22', '2026-11-22'))).toEqual([
      '今天',
      'Сегодня',
      '今日',
    ]);
    expect([zh, ru, ja].map((intl) => dayLabel(intl, '2026-11-21', '2026-11-22'))).toEqual([
      '昨天',
      'Вчера',
      '昨日',
    ]);
  });

  it('formats other days with the weekday, and the year only when it is not this one', () => {
    expect(dayLabel(zh, '2026-11-03', '2026-11-22')).toBe('11月3日周二');
    expect(dayLabel(ru, '2026-11-03', '2026-11-22')).toBe('вт, 3 нояб.');
    expect(dayLabel(ja, '2026-11-03', '2026-11-22')).toBe('11月3日(火)');
    expect(dayLabel(ru, '2025-11-03', '2026-11-22')).toBe('пн, 3 нояб. 2025 г.');
    expect(dayLabel(ja, '2025-11-03', '2026-11-22')).toBe('2025年11月3日(月)');
  });

  it('gives long and short dates in the language, on the calendar date whatever the zone', () => {
    expect([zh, ru, ja].map((intl) => longDate(intl, '2026-11-03'))).toEqual([
      '2026年11月3日',
      '3 ноября 2026 г.',
      '2026年11月3日',
    ]);
    expect([zh, ru, ja].map((intl) => shortDate(intl, '2026-11-03'))).toEqual([
      '11月3日',
      '3 нояб.',
      '11月3日',
    ]);
  });

  it('shows the time of day on the person’s zone, 24-hour in zh, ru and ja', () => {
    // 15:05 UTC is 15:05 in London in November and 00:05 the next day in Tokyo.
    const instant = at('2026-11-22T15:05:00Z');
    expect([zh, ru, ja].map((intl) => timeOfDay(intl, instant, 'Europe/London'))).toEqual([
      '15:05',
      '15:05',
      '15:05',
    ]);
    expect(timeOfDay(ja, instant, 'Asia/Tokyo')).toBe('00:05');
    expect(timeOfDay(diaryIntl('en'), instant, 'Europe/London')).toMatch(/^03:05\s?PM$/);
  });

  it('names the quick picks in the language, with Russian plural forms', () => {
    expect(pickLabel(diaryIntl('en'), 'logged')).toBe('When I logged it');
    expect(pickLabel(diaryIntl('en'), '15-min')).toBe('15 min before');
    expect(pickLabel(diaryIntl('en'), '1-hour')).toBe('1 hour before');
    expect([zh, ru, ja].map((intl) => pickLabel(intl, '1-hour'))).toEqual([
      '1小时前',
      'За 1 час до этого',
      'その1時間前',
    ]);
    expect(pickLabel(ru, '15-min')).toBe('За 15 мин до этого');
  });
});
