import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { dateOfEpochDay, epochDayOf, isoWeekday, isoWeekLabel, mondayOf, ZoneClock } from './local-time.js';

const at = (iso: string) => Date.parse(iso);
function local(clock: ZoneClock, iso: string) {
  const { epochDay, minuteOfDay } = clock.localTime(at(iso));
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return `${dateOfEpochDay(epochDay)} ${hh}:${mm}`;
}

describe('calendar days', () => {
  it('counts days from 1970-01-01 and back', () => {
    expect(epochDayOf('1970-01-01')).toBe(0);
    expect(epochDayOf('1970-01-02')).toBe(1);
    expect(epochDayOf('1969-12-31')).toBe(-1);
    expect(dateOfEpochDay(epochDayOf('2028-02-29'))).toBe('2028-02-29');
  });

  it('finds the weekday and the Monday of the week', () => {
    expect(isoWeekday(epochDayOf('1970-01-01'))).toBe(4); // a Thursday
    expect(isoWeekday(epochDayOf('2026-11-22'))).toBe(7); // a Sunday
    expect(dateOfEpochDay(mondayOf(epochDayOf('2026-11-22')))).toBe('2026-11-16');
    expect(dateOfEpochDay(mondayOf(epochDayOf('2026-11-23')))).toBe('2026-11-23');
    expect(dateOfEpochDay(mondayOf(epochDayOf('1969-12-31')))).toBe('1969-12-29');
  });

  it('labels ISO weeks by the year of their Thursday', () => {
    expect(isoWeekLabel(epochDayOf('2026-01-01'))).toBe('2026-W01'); // Thursday: week 1 of 2026
    expect(isoWeekLabel(epochDayOf('2025-12-29'))).toBe('2026-W01'); // its Monday, still in 2025
    expect(isoWeekLabel(epochDayOf('2027-01-01'))).toBe('2026-W53'); // Friday: last week of 2026
    expect(isoWeekLabel(epochDayOf('2026-11-16'))).toBe('2026-W47');
    expect(isoWeekLabel(epochDayOf('2026-11-22'))).toBe('2026-W47');
    expect(isoWeekLabel(epochDayOf('2026-11-23'))).toBe('2026-W48');
  });

  it('agrees with Temporal on ISO week numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: epochDayOf('1990-01-01'), max: epochDayOf('2060-12-31') }), (day) => {
        const date = Temporal.PlainDate.from(dateOfEpochDay(day));
        const expected = `${date.yearOfWeek}-W${String(date.weekOfYear).padStart(2, '0')}`;
        expect(isoWeekLabel(day)).toBe(expected);
      }),
    );
  });
});

describe('ZoneClock', () => {
  it('follows Europe/London across spring forward and fall back', () => {
    const london = new ZoneClock('Europe/London');
    // Clocks go forward at 01:00 GMT on 29 March 2026 and back at 01:00 GMT on 25 October 2026.
    expect(local(london, '2026-03-29T00:59:00Z')).toBe('2026-03-29 00:59');
    expect(local(london, '2026-03-29T01:00:00Z')).toBe('2026-03-29 02:00');
    expect(local(london, '2026-10-25T00:59:00Z')).toBe('2026-10-25 01:59');
    expect(local(london, '2026-10-25T01:00:00Z')).toBe('2026-10-25 01:00');
  });

  it('gives the same answer whichever instant it is asked first', () => {
    const fresh = new ZoneClock('America/New_York');
    const warmed = new ZoneClock('America/New_York');
    for (const iso of ['2026-06-01T00:00:00Z', '2026-12-01T00:00:00Z', '2026-11-01T06:00:00Z'])
      warmed.offsetAt(at(iso));
    // 2026-11-01T06:00Z is the fall-back transition itself: 01:00 EST, not 02:00 EDT.
    expect(local(fresh, '2026-11-01T06:00:00Z')).toBe('2026-11-01 01:00');
    expect(local(warmed, '2026-11-01T05:59:00Z')).toBe('2026-11-01 01:59');
    expect(local(warmed, '2026-11-01T06:00:00Z')).toBe('2026-11-01 01:00');
  });

  it('matches a direct Temporal conversion for any instant and zone', () => {
    const zones = [
      'Europe/London',
      'America/New_York',
      'Asia/Tokyo',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'UTC',
    ];
    const clocks = new Map(zones.map((zone) => [zone, new ZoneClock(zone)]));
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: at('2000-01-01T00:00:00Z'), max: at('2040-01-01T00:00:00Z') }),
        (zone, epochMs) => {
          const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
          const { epochDay, minuteOfDay } = clocks.get(zone)!.localTime(epochMs);
          expect(dateOfEpochDay(epochDay)).toBe(zoned.toPlainDate().toString());
          expect(minuteOfDay).toBe(zoned.hour * 60 + zoned.minute);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds the instant a local day starts', () => {
    expect(new ZoneClock('Europe/London').startOfDay(epochDayOf('2026-07-01'))).toBe(
      at('2026-06-30T23:00:00Z'),
    );
    expect(new ZoneClock('Asia/Tokyo').startOfDay(epochDayOf('2026-07-01'))).toBe(at('2026-06-30T15:00:00Z'));
    // Santiago skipped midnight on 2026-09-06: the day starts at 01:00 local (-03:00).
    expect(new ZoneClock('America/Santiago').startOfDay(epochDayOf('2026-09-06'))).toBe(
      at('2026-09-06T04:00:00Z'),
    );
  });
});
