import { describe, expect, it } from 'vitest';
import { dateOfEpochDay, ZoneClock } from './local-time.js';
import { isNightTime, nightDateOf } from './night.js';

function nightAt(zone: string, iso: string, woke = false) {
  const local = new ZoneClock(zone).localTime(Date.parse(iso));
  return {
    night: isNightTime(local, woke),
    nightDate: dateOfEpochDay(nightDateOf(local)),
    date: dateOfEpochDay(local.epochDay),
  };
}
const isNight = (zone: string, iso: string) => nightAt(zone, iso).night;

describe('night-time window (22:00 to 06:00 local)', () => {
  it('starts at 22:00 and ends before 06:00', () => {
    expect(isNight('UTC', '2026-05-01T21:59:00Z')).toBe(false);
    expect(isNight('UTC', '2026-05-01T22:00:00Z')).toBe(true);
    expect(isNight('UTC', '2026-05-01T23:59:59Z')).toBe(true);
    expect(isNight('UTC', '2026-05-02T00:00:00Z')).toBe(true);
    expect(isNight('UTC', '2026-05-02T05:59:00Z')).toBe(true);
    expect(isNight('UTC', '2026-05-02T06:00:00Z')).toBe(false);
    expect(isNight('UTC', '2026-05-02T14:00:00Z')).toBe(false);
  });

  it('counts any episode that woke the person, whatever the hour', () => {
    expect(nightAt('UTC', '2026-05-02T14:00:00Z', true).night).toBe(true);
  });

  it('reads the window on London clocks across spring forward (29 March 2026)', () => {
    // Before: GMT (UTC+0).
    expect(isNight('Europe/London', '2026-03-28T21:59:00Z')).toBe(false);
    expect(isNight('Europe/London', '2026-03-28T22:00:00Z')).toBe(true);
    // 05:30Z on the change day is 06:30 BST: no longer night, though 05:30 in UTC would be.
    expect(isNight('Europe/London', '2026-03-29T05:30:00Z')).toBe(false);
    expect(isNight('Europe/London', '2026-03-29T04:59:00Z')).toBe(true); // 05:59 BST
    expect(isNight('Europe/London', '2026-03-29T05:00:00Z')).toBe(false); // 06:00 BST
    // After: BST (UTC+1), so 22:00 local is 21:00Z.
    expect(isNight('Europe/London', '2026-03-29T20:59:00Z')).toBe(false); // 21:59 BST
    expect(isNight('Europe/London', '2026-03-29T21:00:00Z')).toBe(true); // 22:00 BST
  });

  it('reads the window on London clocks across fall back (25 October 2026)', () => {
    expect(isNight('Europe/London', '2026-10-24T20:59:00Z')).toBe(false); // 21:59 BST
    expect(isNight('Europe/London', '2026-10-24T21:00:00Z')).toBe(true); // 22:00 BST
    expect(isNight('Europe/London', '2026-10-25T05:59:00Z')).toBe(true); // 05:59 GMT
    expect(isNight('Europe/London', '2026-10-25T06:00:00Z')).toBe(false); // 06:00 GMT
    // The repeated hour: 01:30 BST and 01:30 GMT are both the night of 24 October.
    expect(nightAt('Europe/London', '2026-10-25T00:30:00Z')).toEqual({
      night: true,
      nightDate: '2026-10-24',
      date: '2026-10-25',
    });
    expect(nightAt('Europe/London', '2026-10-25T01:30:00Z')).toEqual({
      night: true,
      nightDate: '2026-10-24',
      date: '2026-10-25',
    });
  });

  it('reads the window on New York clocks across both changes', () => {
    // Spring forward 8 March 2026 (EST UTC-5 → EDT UTC-4).
    expect(isNight('America/New_York', '2026-03-07T10:59:00Z')).toBe(true); // 05:59 EST
    expect(isNight('America/New_York', '2026-03-07T11:00:00Z')).toBe(false); // 06:00 EST
    expect(isNight('America/New_York', '2026-03-08T09:59:00Z')).toBe(true); // 05:59 EDT
    expect(isNight('America/New_York', '2026-03-08T10:00:00Z')).toBe(false); // 06:00 EDT
    expect(isNight('America/New_York', '2026-03-08T10:30:00Z')).toBe(false); // 06:30 EDT (05:30 in EST)
    // Fall back 1 November 2026 (EDT → EST).
    expect(isNight('America/New_York', '2026-10-31T09:59:00Z')).toBe(true); // 05:59 EDT
    expect(isNight('America/New_York', '2026-10-31T10:00:00Z')).toBe(false); // 06:00 EDT
    expect(isNight('America/New_York', '2026-11-01T10:30:00Z')).toBe(true); // 05:30 EST (06:30 in EDT)
    expect(isNight('America/New_York', '2026-11-01T11:00:00Z')).toBe(false); // 06:00 EST
    expect(isNight('America/New_York', '2026-11-02T02:59:00Z')).toBe(false); // 21:59 EST
    expect(isNight('America/New_York', '2026-11-02T03:00:00Z')).toBe(true); // 22:00 EST
  });

  it('places one instant on each person’s own clock', () => {
    const instant = '2026-11-22T03:30:00Z';
    expect(nightAt('Europe/London', instant)).toEqual({
      night: true,
      nightDate: '2026-11-21',
      date: '2026-11-22',
    });
    expect(nightAt('Asia/Tokyo', instant)).toEqual({
      night: false,
      nightDate: '2026-11-22',
      date: '2026-11-22',
    }); // 12:30
    expect(nightAt('America/New_York', instant)).toEqual({
      night: true,
      nightDate: '2026-11-21',
      date: '2026-11-21',
    }); // 22:30
  });
});

describe('night-date (noon to noon)', () => {
  it('gives a cramp before noon to the previous evening', () => {
    expect(nightAt('UTC', '2026-05-02T03:00:00Z').nightDate).toBe('2026-05-01');
    expect(nightAt('UTC', '2026-05-02T11:59:00Z').nightDate).toBe('2026-05-01');
    expect(nightAt('UTC', '2026-05-02T12:00:00Z').nightDate).toBe('2026-05-02');
    expect(nightAt('UTC', '2026-05-02T23:00:00Z').nightDate).toBe('2026-05-02');
  });
});
