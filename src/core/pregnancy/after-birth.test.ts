import { describe, expect, it } from 'vitest';
import { postpartumWeeksOn, sinceBirthAt, sinceBirthOn } from './after-birth.js';

describe('time since the birth', () => {
  it('counts whole weeks and days from the birth date', () => {
    expect(sinceBirthOn('2026-11-01', '2026-11-01')).toEqual({
      weeks: 0,
      days: 0,
      totalDays: 0,
      inTriageWindow: true,
    });
    expect(sinceBirthOn('2026-11-01', '2026-11-18')).toMatchObject({ weeks: 2, days: 3 });
    expect(sinceBirthOn('2026-11-02', '2026-11-01')).toBeNull();
  });

  it('gives the triage 0–12 weeks and nothing after', () => {
    expect(postpartumWeeksOn('2026-09-01', '2026-11-30')).toBe(12);
    expect(postpartumWeeksOn('2026-09-01', '2026-12-01')).toBeUndefined();
    expect(postpartumWeeksOn('2026-12-02', '2026-12-01')).toBeUndefined();
  });

  it('uses the calendar of the time zone given', () => {
    const now = new Date('2026-12-01T23:30:00Z');
    expect(sinceBirthAt('2026-12-01', 'Europe/London', now)?.totalDays).toBe(0);
    expect(sinceBirthAt('2026-12-01', 'Asia/Tokyo', now)?.totalDays).toBe(1);
  });
});
