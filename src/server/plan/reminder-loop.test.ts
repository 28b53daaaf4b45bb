// When a reminder is due: on the person's clock, within the catch-up window, across midnight and across a
// daylight-saving jump.
import { describe, expect, it } from 'vitest';
import { CATCH_UP_MINUTES, reminderDateAt } from './reminder-loop.js';

describe('reminderDateAt', () => {
  it('is due from the step’s local time for CATCH_UP_MINUTES, in her zone', () => {
    // 21:30 in Tokyo is 12:30 UTC.
    expect(reminderDateAt('21:30', 'Asia/Tokyo', new Date('2026-11-22T12:29:59Z'))).toBeNull();
    expect(reminderDateAt('21:30', 'Asia/Tokyo', new Date('2026-11-22T12:30:00Z'))).toBe('2026-11-22');
    expect(
      reminderDateAt('21:30', 'Asia/Tokyo', new Date(Date.UTC(2026, 10, 22, 12, 30 + CATCH_UP_MINUTES - 1))),
    ).toBe('2026-11-22');
    expect(
      reminderDateAt('21:30', 'Asia/Tokyo', new Date(Date.UTC(2026, 10, 22, 12, 30 + CATCH_UP_MINUTES))),
    ).toBeNull();
    // The same instant is 07:30 in New York: not her 21:30.
    expect(reminderDateAt('21:30', 'America/New_York', new Date('2026-11-22T12:30:00Z'))).toBeNull();
  });

  it('keeps a late-evening step on the evening’s date just after midnight', () => {
    // 23:50 in London on 22 November; checked at 00:05 on the 23rd.
    expect(reminderDateAt('23:50', 'Europe/London', new Date('2026-11-23T00:05:00Z'))).toBe('2026-11-22');
  });

  it('sends a step whose time the clocks skip at the shifted time, as calendars do', () => {
    // New York, 8 March 2026: 02:00 jumps to 03:00, so 02:30 never happens. Like a calendar app, the
    // reminder comes at 03:30 EDT (07:30 UTC), the time shifted by the jump.
    expect(reminderDateAt('02:30', 'America/New_York', new Date('2026-03-08T07:29:00Z'))).toBeNull();
    expect(reminderDateAt('02:30', 'America/New_York', new Date('2026-03-08T07:30:00Z'))).toBe('2026-03-08');
  });
});
