import { describe, expect, it } from 'vitest';
import { chooseWeek, triageRegion, weekFromProfile } from './person-context.js';

describe('triageRegion', () => {
  it('prefers the profile, then the browser language, then the server default', () => {
    expect(triageRegion('JP', 'en-GB', 'US')).toEqual({ region: 'JP', source: 'profile' });
    expect(triageRegion(null, 'fr, en-GB;q=0.8', 'US')).toEqual({ region: 'GB', source: 'language' });
    expect(triageRegion(null, 'en', 'US')).toEqual({ region: 'US', source: 'default' });
    expect(triageRegion(undefined, undefined, 'AU')).toEqual({ region: 'AU', source: 'default' });
  });
});

describe('weekFromProfile', () => {
  it('counts the week on the calendar of the given time zone', () => {
    // 23:30 on 1 March in London (26 weeks 6 days) is already 2 March in Tokyo (27 weeks 0 days).
    const now = new Date('2025-03-01T23:30:00Z');
    expect(weekFromProfile('2025-06-01', 'Europe/London', now)).toBe(26);
    expect(weekFromProfile('2025-06-01', 'Asia/Tokyo', now)).toBe(27);
  });

  it('gives nothing without a due date or outside a pregnancy', () => {
    const now = new Date('2025-03-01T12:00:00Z');
    expect(weekFromProfile(null, 'UTC', now)).toBeUndefined();
    expect(weekFromProfile('2026-03-01', 'UTC', now)).toBeUndefined();
    expect(weekFromProfile('2024-01-01', 'UTC', now)).toBeUndefined();
  });
});

describe('chooseWeek', () => {
  it('takes the answer, else the profile, else reports it unknown', () => {
    expect(chooseWeek(12, 30)).toEqual({ week: 12, source: 'answer' });
    expect(chooseWeek(0, 30)).toEqual({ week: 0, source: 'answer' });
    expect(chooseWeek(undefined, 30)).toEqual({ week: 30, source: 'profile' });
    expect(chooseWeek(undefined, undefined)).toEqual({ week: undefined, source: 'unknown' });
  });
});
