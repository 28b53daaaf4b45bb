// Wall-clock facts for instants in one IANA time zone. Temporal supplies the zone's rules; each
// offset period (between two transitions) is asked for once and cached, so thousands of
// instants cost a lookup each instead of a full zone conversion.
import { Temporal } from 'temporal-polyfill';

export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** A local calendar date as a day count from 1970-01-01, and the minute of that local day (0–1439). */
export type LocalTime = { epochDay: number; minuteOfDay: number };

type OffsetPeriod = { start: number; end: number; offsetMs: number };

export class ZoneClock {
  private readonly periods: OffsetPeriod[] = [];
  private lastHit: OffsetPeriod | undefined;

  constructor(readonly timeZone: string) {}

  /** The zone's UTC offset in milliseconds at the instant `epochMs`. */
  offsetAt(epochMs: number): number {
    const hit = this.lastHit;
    if (hit && epochMs >= hit.start && epochMs < hit.end) return hit.offsetMs;
    for (const period of this.periods) {
      if (epochMs >= period.start && epochMs < period.end) {
        this.lastHit = period;
        return period.offsetMs;
      }
    }
    const period = this.periodAround(epochMs);
    this.periods.push(period);
    this.lastHit = period;
    return period.offsetMs;
  }

  localTime(epochMs: number): LocalTime {
    const localMs = epochMs + this.offsetAt(epochMs);
    const epochDay = Math.floor(localMs / DAY_MS);
    return { epochDay, minuteOfDay: Math.floor((localMs - epochDay * DAY_MS) / MINUTE_MS) };
  }

  /** The instant at which the local calendar day begins (midnight, or the first valid time on a DST gap). */
  startOfDay(epochDay: number): number {
    const zoned = Temporal.PlainDate.from(dateOfEpochDay(epochDay)).toZonedDateTime({
      timeZone: this.timeZone,
    });
    return zoned.epochMilliseconds;
  }

  private periodAround(epochMs: number): OffsetPeriod {
    const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(this.timeZone);
    const offsetMs = zoned.offsetNanoseconds / 1_000_000;
    const next = zoned.getTimeZoneTransition('next');
    const previous = zoned.getTimeZoneTransition('previous');
    // `previous` is strictly earlier; if `epochMs` is itself a transition the period starts here.
    const justBefore = Temporal.Instant.fromEpochMilliseconds(epochMs - 1).toZonedDateTimeISO(this.timeZone);
    const startsHere = justBefore.offsetNanoseconds !== zoned.offsetNanoseconds;
    return {
      start: startsHere ? epochMs : (previous?.epochMilliseconds ?? Number.NEGATIVE_INFINITY),
      end: next?.epochMilliseconds ?? Number.POSITIVE_INFINITY,
      offsetMs,
    };
  }
}

/** Day count from 1970-01-01 for a YYYY-MM-DD date. */
export function epochDayOf(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not a calendar date: ${date}`);
  return Math.round(ms / DAY_MS);
}

/** YYYY-MM-DD for a day count from 1970-01-01. */
export function dateOfEpochDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that starts the ISO week holding `epochDay`. */
export function mondayOf(epochDay: number): number {
  return epochDay - (isoWeekday(epochDay) - 1);
}

/** ISO week label such as 2026-W01: the week belongs to the year of its Thursday. */
export function isoWeekLabel(epochDay: number): string {
  const thursday = mondayOf(epochDay) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const firstThursday = mondayOf(epochDayOf(`${String(year).padStart(4, '0')}-01-04`)) + 3;
  const week = (thursday - firstThursday) / 7 + 1;
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}
