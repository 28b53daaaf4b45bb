import { describe, expect, it } from 'vitest';
import {
  calendarDateIn,
  dueDateFromLastPeriod,
  formatGestationalAge,
  gestationalAgeAt,
  gestationalAgeOn,
  lastPeriodFromDueDate,
  pregnancyWeekOn,
  trimesterOf,
} from './gestational-age.js';
import { isValidIsoDate, isValidTimeZone } from './time-zones.js';

describe('due date and last period', () => {
  it('adds 280 days to the last period', () => {
    expect(dueDateFromLastPeriod('2026-01-01')).toBe('2026-10-08');
  });

  it('counts 29 February in a leap year', () => {
    // 2024-02-01 + 280 days crosses 29 Feb 2024: Feb has 29 days that year.
    expect(dueDateFromLastPeriod('2024-02-01')).toBe('2024-11-07');
    expect(dueDateFromLastPeriod('2023-02-01')).toBe('2023-11-08');
  });

  it('round-trips due date and last period', () => {
    expect(lastPeriodFromDueDate(dueDateFromLastPeriod('2025-06-15'))).toBe('2025-06-15');
  });
});

describe('gestational age on a calendar date', () => {
  it('is week 25, day 5 when 100 days remain', () => {
    // 280 - 100 = 180 days = 25 weeks and 5 days.
    expect(gestationalAgeOn('2027-03-02', '2026-11-22')).toMatchObject({
      weeks: 25,
      days: 5,
      totalDays: 180,
    });
  });

  it('is 40+0 on the due date and post-term from 42+0', () => {
    expect(gestationalAgeOn('2026-11-22', '2026-11-22')).toMatchObject({
      status: 'pregnant',
      weeks: 40,
      days: 0,
    });
    expect(gestationalAgeOn('2026-11-22', '2026-12-05')).toMatchObject({
      status: 'pregnant',
      weeks: 41,
      days: 6,
    });
    expect(gestationalAgeOn('2026-11-22', '2026-12-06')).toMatchObject({
      status: 'post-term',
      weeks: 42,
      days: 0,
    });
  });

  it('stops counting after 45 weeks', () => {
    expect(gestationalAgeOn('2026-01-01', '2026-02-05')).toMatchObject({
      status: 'post-term',
      weeks: 45,
      days: 0,
    });
    expect(gestationalAgeOn('2026-01-01', '2026-02-06')).toEqual({ status: 'ended', daysSinceDue: 36 });
  });

  it('reports a due date more than 40 weeks away as not yet started', () => {
    expect(gestationalAgeOn('2027-09-01', '2026-11-22')).toEqual({ status: 'not-yet', daysUntilStart: 3 });
  });

  it('crosses a leap day exactly', () => {
    // From 2028-02-28 to 2028-03-01 is 2 days in a leap year.
    const before = gestationalAgeOn('2028-06-01', '2028-02-28');
    const after = gestationalAgeOn('2028-06-01', '2028-03-01');
    expect(
      after.status === 'pregnant' && before.status === 'pregnant' && after.totalDays - before.totalDays,
    ).toBe(2);
  });

  it('assigns trimesters at 14+0 and 28+0', () => {
    expect(trimesterOf(13 * 7 + 6)).toBe(1);
    expect(trimesterOf(14 * 7)).toBe(2);
    expect(trimesterOf(27 * 7 + 6)).toBe(2);
    expect(trimesterOf(28 * 7)).toBe(3);
  });

  it('gives the week number or null', () => {
    expect(pregnancyWeekOn('2027-03-02', '2026-11-22')).toBe(25);
    expect(pregnancyWeekOn('2026-01-01', '2027-01-01')).toBeNull();
  });
});

describe('time zones', () => {
  // 2026-11-22T03:30Z is still 21 November in New York and already 22 November in Tokyo.
  const now = new Date('2026-11-22T03:30:00Z');

  it('uses the calendar of the person', () => {
    expect(calendarDateIn('America/New_York', now)).toBe('2026-11-21');
    expect(calendarDateIn('Asia/Tokyo', now)).toBe('2026-11-22');
    expect(calendarDateIn('UTC', now)).toBe('2026-11-22');
  });

  it('so the same instant can be a different day of pregnancy', () => {
    expect(formatGestationalAge(gestationalAgeAt('2027-03-02', 'America/New_York', now))).toBe(
      'week 25, day 4',
    );
    expect(formatGestationalAge(gestationalAgeAt('2027-03-02', 'Asia/Tokyo', now))).toBe('week 25, day 5');
  });

  it('handles the day clocks change (Europe/London, 29 March 2026)', () => {
    expect(calendarDateIn('Europe/London', new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
    expect(calendarDateIn('Europe/London', new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
  });

  it('accepts IANA names and rejects others', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('validates calendar dates strictly', () => {
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    expect(isValidIsoDate('2027-02-29')).toBe(false);
    expect(isValidIsoDate('2027-13-01')).toBe(false);
    expect(isValidIsoDate('27-01-01')).toBe(false);
  });
});
