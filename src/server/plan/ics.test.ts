// The plan's calendar feed parsed back with an independent parser (ical.js). Wall-clock times must be the
// person's, never the server's, so every check runs with the server clock in Tokyo, New York and UTC
// (process.env.TZ is switched in-process; a guard checks each switch really took effect).
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlanCalendar, calendarStepsOf, UnknownTimeZoneError } from './ics.js';

const SERVER_ZONES = [
  // zone, offset in minutes that getTimezoneOffset() gives on 15 January
  ['Asia/Tokyo', -540],
  ['America/New_York', 300],
  ['UTC', 0],
] as const;
const PERSON_ZONES = ['Asia/Tokyo', 'America/New_York', 'Europe/London'] as const;

const steps = [
  { id: 'prevent.calf-stretches', time: '21:30', title: 'Evening stretch' },
  { id: 'prevent.hydration', time: '07:05', title: 'Glass of water' },
  // 02:30 does not exist in New York on the day clocks go forward: the feed must still say 02:30.
  { id: 'prevent.regular-routine', time: '02:30', title: 'Bedtime' },
];

function feedFor(timeZone: string, startDate = '2026-03-01') {
  const text = buildPlanCalendar({
    timeZone,
    steps,
    startDate,
    uidDomain: 'crampwise.test',
    now: new Date('2026-03-01T12:00:00Z'),
  });
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { text, calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** The instant of a wall-clock time in a zone, from Temporal's own zone rules (not the feed's). */
function instantOf(date: string, time: string, timeZone: string): number {
  return Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(timeZone).epochMilliseconds;
}

const pad = (n: number) => String(n).padStart(2, '0');

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe.each(SERVER_ZONES)('with the server clock in %s', (serverZone, januaryOffset) => {
  beforeAll(() => {
    process.env.TZ = serverZone;
    expect(new Date('2026-01-15T00:00:00Z').getTimezoneOffset()).toBe(januaryOffset);
  });

  describe.each(PERSON_ZONES)('for a person in %s', (personZone) => {
    it('has one daily event per timed step at her wall-clock time in her TZID, with an alarm', () => {
      const { text, calendar, events } = feedFor(personZone);
      expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual([
        personZone,
      ]);
      expect(events.map((e) => e.summary)).toEqual(['Evening stretch', 'Glass of water', 'Bedtime']);
      for (const [k, event] of events.entries()) {
        const [hour, minute] = steps[k]!.time.split(':').map(Number);
        expect(event.uid).toBe(`${steps[k]!.id}@crampwise.test`);
        expect(event.startDate.zone.tzid).toBe(personZone);
        expect([event.startDate.year, event.startDate.month, event.startDate.day]).toEqual([2026, 3, 1]);
        expect([event.startDate.hour, event.startDate.minute]).toEqual([hour, minute]);
        const rrule = event.component.getFirstPropertyValue('rrule') as ICAL.Recur;
        expect(rrule.freq).toBe('DAILY');
        const alarms = event.component.getAllSubcomponents('valarm');
        expect(alarms).toHaveLength(1);
        expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
      }
      expect(text).toMatch(/^DTSTART;TZID=[^:]+:20260301T213000\r$/m);
      expect(text).toMatch(/^DTSTAMP:20260301T120000Z\r$/m);
    });

    it('keeps every occurrence at her wall-clock time across daylight-saving changes for 400 days', () => {
      const { events } = feedFor(personZone);
      for (const [k, event] of events.entries()) {
        const iterator = event.iterator();
        for (let day = 0; day < 400; day++) {
          const occurrence = iterator.next()!;
          const date = `${occurrence.year}-${pad(occurrence.month)}-${pad(occurrence.day)}`;
          // The feed's VTIMEZONE and Temporal's zone database must put it at the same instant…
          const expected = instantOf(date, steps[k]!.time, personZone);
          const skipped = Temporal.Instant.fromEpochMilliseconds(expected)
            .toZonedDateTimeISO(personZone)
            .toPlainTime()
            .toString()
            .slice(0, 5);
          // …except in the hour a spring-forward skips, where calendars differ by design; both move it on.
          if (skipped !== steps[k]!.time) continue;
          expect(occurrence.toUnixTime() * 1000, `${steps[k]!.id} on ${date}`).toBe(expected);
          expect([occurrence.hour, occurrence.minute]).toEqual(steps[k]!.time.split(':').map(Number));
        }
      }
    });
  });
});

describe('what the feed says and does not say', () => {
  it('names no health matter in its titles or descriptions', () => {
    const { text } = feedFor('Europe/London');
    const visible = text
      .split('\r\n')
      .filter((line) => /^(SUMMARY|DESCRIPTION|NAME|X-WR-CALNAME)/.test(line));
    expect(visible.length).toBeGreaterThan(0);
    for (const line of visible) expect(line).not.toMatch(/cramp|pain|pregnan|\bleg|calf|midwife|baby/i);
  });

  it('leaves out steps with no time, and refuses a zone it has no data for', () => {
    const untimed = calendarStepsOf([
      { id: 'relief.heat', time: null, reminderTitle: 'Warmth' },
      { id: 'prevent.calf-stretches', time: '21:30', reminderTitle: 'Evening stretch' },
    ]);
    expect(untimed).toEqual([{ id: 'prevent.calf-stretches', time: '21:30', title: 'Evening stretch' }]);
    const empty = buildPlanCalendar({
      timeZone: 'Europe/London',
      steps: calendarStepsOf([{ id: 'relief.heat', time: null, reminderTitle: 'Warmth' }]),
      startDate: '2026-03-01',
      uidDomain: 'crampwise.test',
      now: new Date(),
    });
    expect(empty).not.toMatch(/BEGIN:VEVENT/);
    expect(() =>
      buildPlanCalendar({
        timeZone: 'Mars/Olympus',
        steps,
        startDate: '2026-03-01',
        uidDomain: 'x',
        now: new Date(),
      }),
    ).toThrow(UnknownTimeZoneError);
  });
});
