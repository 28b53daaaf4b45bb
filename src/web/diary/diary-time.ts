// Clock maths for the diary on the person's own time zone (their profile's, which may differ from
// the phone's), with Intl only: the web bundle stays free of a Temporal polyfill. Words and formats
// shown to the person come from the page's IntlShape (its locale), never from the phone's default.
import type { IntlShape } from 'react-intl';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export type WallClock = {
  /** YYYY-MM-DD on the zone's calendar. */
  date: string;
  /** Minutes since local midnight, 0–1439. */
  minuteOfDay: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function fields(epochMs: number, timeZone: string) {
  const out: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour! % 24,
    minute: out.minute!,
    second: out.second!,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The date and minute of day that a clock in `timeZone` shows at `epochMs`. */
export function wallClock(epochMs: number, timeZone: string): WallClock {
  const f = fields(epochMs, timeZone);
  return { date: `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`, minuteOfDay: f.hour * 60 + f.minute };
}

/** The zone's offset from UTC at `epochMs`, in milliseconds (whole seconds). */
export function offsetAt(epochMs: number, timeZone: string): number {
  const f = fields(epochMs, timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** Today's date on the zone's calendar. */
export function todayIn(timeZone: string, now: Date): string {
  return wallClock(now.getTime(), timeZone).date;
}

/** A YYYY-MM-DD date moved by whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The value a `datetime-local` input shows for an instant, on the zone's clock ("2026-11-22T03:30"). */
export function toDateTimeLocal(epochMs: number, timeZone: string): string {
  const { date, minuteOfDay } = wallClock(epochMs, timeZone);
  return `${date}T${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

const DATETIME_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a `datetime-local` value stands for on the zone's clock, or null when it is not one.
 * A time that occurs twice (clocks going back) is the earlier one; a time skipped by clocks going
 * forward moves forward by the gap — as Temporal's "compatible" disambiguation does.
 */
export function fromDateTimeLocal(value: string, timeZone: string): number | null {
  const match = DATETIME_LOCAL.exec(value);
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(asUtc).getUTCDate() !== d) return null; // 31 April and the like
  const before = offsetAt(asUtc - DAY_MS, timeZone);
  const after = offsetAt(asUtc + DAY_MS, timeZone);
  const wanted = value.slice(0, 16);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset)
    .filter((instant) => toDateTimeLocal(instant, timeZone) === wanted)
    .sort((a, b) => a - b);
  return candidates[0] ?? asUtc - before;
}

export type QuickPick = { key: 'logged' | '15-min' | '1-hour'; epochMs: number };

/** "When did it start?" answers, counted back from the moment the cramp was logged. */
export function quickPicks(loggedAtMs: number): QuickPick[] {
  return [
    { key: 'logged', epochMs: loggedAtMs },
    { key: '15-min', epochMs: loggedAtMs - 15 * MINUTE_MS },
    { key: '1-hour', epochMs: loggedAtMs - 60 * MINUTE_MS },
  ];
}

/** "When I logged it", "15 min before", "1 hour before", in the page's language. */
export function pickLabel(intl: IntlShape, key: QuickPick['key']): string {
  if (key === 'logged') return intl.formatMessage({ id: 'diary.pick.logged' });
  return key === '15-min'
    ? intl.formatMessage({ id: 'diary.pick.minutesBefore' }, { minutes: 15 })
    : intl.formatMessage({ id: 'diary.pick.hoursBefore' }, { hours: 1 });
}

/** The quick pick an instant matches to the minute, or null for any other time. */
export function matchingPick(picks: readonly QuickPick[], epochMs: number): QuickPick['key'] | null {
  const minute = (ms: number) => Math.floor(ms / MINUTE_MS);
  return picks.find((p) => minute(p.epochMs) === minute(epochMs))?.key ?? null;
}

// The dates below are calendar dates (YYYY-MM-DD already on the person's calendar), formatted at noon UTC
// so no zone can move them to another day; times of day are instants shown on the person's zone's clock.
const noonUtc = (date: string) => Date.parse(`${date}T12:00:00Z`);

/** "03:12" on the zone's clock, in the page's language. */
export function timeOfDay(intl: IntlShape, epochMs: number, timeZone: string): string {
  return intl.formatTime(epochMs, { timeZone, hour: '2-digit', minute: '2-digit' });
}

/** "Today", "Yesterday" or "Mon 3 Nov" (a year when not this one) for a YYYY-MM-DD date relative to `today`. */
export function dayLabel(intl: IntlShape, date: string, today: string): string {
  if (date === today) return intl.formatMessage({ id: 'diary.day.today' });
  if (date === addDays(today, -1)) return intl.formatMessage({ id: 'diary.day.yesterday' });
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  return intl.formatDate(noonUtc(date), {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}

/** "3 November 2026" for a YYYY-MM-DD date. */
export function longDate(intl: IntlShape, date: string): string {
  return intl.formatDate(noonUtc(date), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "3 Nov" for a YYYY-MM-DD date. */
export function shortDate(intl: IntlShape, date: string): string {
  return intl.formatDate(noonUtc(date), { timeZone: 'UTC', day: 'numeric', month: 'short' });
}
