import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayLabel,
  fromDateTimeLocal,
  matchingPick,
  offsetAt,
  quickPicks,
  toDateTimeLocal,
  todayIn,
  wallClock,
} from './diary-time';

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
    expect(dayLabel('2026-11-22', '2026-11-22')).toBe('Today');
    expect(dayLabel('2026-11-21', '2026-11-22')).toBe('Yesterday');
    expect(dayLabel('2026-11-03', '2026-11-22', 'en-GB')).toBe('Tue 3 Nov');
    expect(dayLabel('2025-11-03', '2026-11-22', 'en-GB')).toMatch(/^Mon,? 3 Nov 2025$/);
  });
});
