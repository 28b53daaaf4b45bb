// The private calendar feed of a person's plan: one daily event per timed step at her own wall-clock
// time in her own zone (with the zone's VTIMEZONE so any calendar app agrees), each with an alarm.
// Titles are the neutral reminder titles; nothing in the feed names a health matter.
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventRepeatingFreq } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';

export type IcsStep = { id: string; time: string; title: string };

/** The plan steps that go in the feed: those with a time, under their neutral reminder titles. */
export function calendarStepsOf(
  steps: readonly { id: string; time: string | null; reminderTitle: string }[],
): IcsStep[] {
  return steps.flatMap((step) =>
    step.time === null ? [] : [{ id: step.id, time: step.time, title: step.reminderTitle }],
  );
}

export type PlanCalendarInput = {
  /** IANA zone of the person, e.g. Asia/Tokyo. */
  timeZone: string;
  steps: readonly IcsStep[];
  /** First day of the series, YYYY-MM-DD on the person's calendar. */
  startDate: string;
  /** Makes event UIDs stable across fetches, so calendar apps update events instead of adding copies. */
  uidDomain: string;
  /** When the feed was made: DTSTAMP. */
  now: Date;
  /** The calendar's name, in the person's language. */
  calendarName?: string;
  /** The language of the titles (BCP 47), for the calendar's LANGUAGE parameters. */
  language?: string;
  eventMinutes?: number;
};

export const DEFAULT_CALENDAR_NAME = 'Daily plan';
const EVENT_MINUTES = 10;

export class UnknownTimeZoneError extends Error {
  constructor(readonly timeZone: string) {
    super(`no zone data for ${timeZone}`);
  }
}

export function buildPlanCalendar(input: PlanCalendarInput): string {
  if (getVtimezoneComponent(input.timeZone) === null) throw new UnknownTimeZoneError(input.timeZone);
  const calendar = ical({
    name: input.calendarName ?? DEFAULT_CALENDAR_NAME,
    prodId: { company: input.uidDomain, product: 'plan', language: (input.language ?? 'en').toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone name: ical-generator would then write DTSTAMP as the server's local time in
    // that zone, where RFC 5545 wants UTC. The generator still adds a VTIMEZONE for every event's zone.
    timezone: { name: null, generator: getVtimezoneComponent },
    x: [{ key: 'X-WR-TIMEZONE', value: input.timeZone }],
  });
  for (const step of input.steps) {
    // A zone-less wall-clock time: ical-generator writes it as DTSTART;TZID=…:date T time. A native Date
    // would be read in the server's zone instead.
    const start = Temporal.PlainDateTime.from(`${input.startDate}T${step.time}:00`);
    calendar.createEvent({
      id: `${step.id}@${input.uidDomain}`,
      stamp: input.now,
      start,
      end: start.add({ minutes: input.eventMinutes ?? EVENT_MINUTES }),
      timezone: input.timeZone,
      summary: step.title,
      repeating: { freq: ICalEventRepeatingFreq.DAILY },
      alarms: [{ type: ICalAlarmType.display, trigger: 0, description: step.title }],
    });
  }
  return calendar.toString();
}
