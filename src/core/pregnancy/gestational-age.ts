// Gestational age from a due date, computed on the calendar of the person's own time zone.
import { Temporal } from 'temporal-polyfill';

/** A full-term pregnancy is counted as 280 days (40 weeks) from the first day of the last period. */
export const PREGNANCY_DAYS = 280;
/** From 42+0 weeks a pregnancy is post-term. */
export const POST_TERM_DAYS = 42 * 7;
/** Past 45 weeks we stop counting: the pregnancy has almost certainly ended. */
export const LAST_COUNTED_DAY = 45 * 7;

export type Trimester = 1 | 2 | 3;

export type GestationalAge =
  | { status: 'pregnant' | 'post-term'; weeks: number; days: number; totalDays: number; trimester: Trimester }
  | { status: 'not-yet'; daysUntilStart: number }
  | { status: 'ended'; daysSinceDue: number };

export function dueDateFromLastPeriod(lastPeriodDate: string): string {
  return Temporal.PlainDate.from(lastPeriodDate).add({ days: PREGNANCY_DAYS }).toString();
}

export function lastPeriodFromDueDate(dueDate: string): string {
  return Temporal.PlainDate.from(dueDate).subtract({ days: PREGNANCY_DAYS }).toString();
}

/** The calendar date at `now` in `timeZone` (an IANA name such as Europe/London). */
export function calendarDateIn(timeZone: string, now: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

export function trimesterOf(totalDays: number): Trimester {
  if (totalDays < 14 * 7) return 1;
  if (totalDays < 28 * 7) return 2;
  return 3;
}

/** Gestational age on `onDate` (YYYY-MM-DD) for a pregnancy due on `dueDate`. */
export function gestationalAgeOn(dueDate: string, onDate: string): GestationalAge {
  const daysToDue = Temporal.PlainDate.from(onDate).until(Temporal.PlainDate.from(dueDate), {
    largestUnit: 'days',
  }).days;
  const totalDays = PREGNANCY_DAYS - daysToDue;
  if (totalDays < 0) return { status: 'not-yet', daysUntilStart: -totalDays };
  if (totalDays > LAST_COUNTED_DAY) return { status: 'ended', daysSinceDue: -daysToDue };
  return {
    status: totalDays >= POST_TERM_DAYS ? 'post-term' : 'pregnant',
    weeks: Math.floor(totalDays / 7),
    days: totalDays % 7,
    totalDays,
    trimester: trimesterOf(totalDays),
  };
}

/** Gestational age at the instant `now`, on the calendar of `timeZone`. */
export function gestationalAgeAt(dueDate: string, timeZone: string, now: Date): GestationalAge {
  return gestationalAgeOn(dueDate, calendarDateIn(timeZone, now));
}

/** Week of pregnancy (0–45) on a calendar date, or null outside the counted range. */
export function pregnancyWeekOn(dueDate: string, onDate: string): number | null {
  const age = gestationalAgeOn(dueDate, onDate);
  return age.status === 'pregnant' || age.status === 'post-term' ? age.weeks : null;
}

export function formatGestationalAge(age: GestationalAge): string {
  switch (age.status) {
    case 'pregnant':
    case 'post-term':
      return `week ${age.weeks}, day ${age.days}`;
    case 'not-yet':
      return 'not yet pregnant by this due date';
    case 'ended':
      return `${age.daysSinceDue} days past the due date`;
    default: {
      const unreachable: never = age;
      return unreachable;
    }
  }
}
