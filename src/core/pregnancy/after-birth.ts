// Time since the baby was born, on the person's own calendar: the triage's postpartumWeeks, the
// home screen's "weeks since birth", and the diary's week counting after the birth.
import { Temporal } from 'temporal-polyfill';
import { calendarDateIn } from './gestational-age.js';

/** The weeks after the birth that the triage covers (clot and pre-eclampsia risk stay raised). */
export const AFTER_BIRTH_TRIAGE_WEEKS = 12;
/** How far back a birth date is accepted in a profile: a year, the span this app can help with. */
export const BIRTH_DATE_MAX_DAYS_AGO = 366;

export type SinceBirth = {
  weeks: number;
  days: number;
  totalDays: number;
  /** True while weeks <= 12, when the triage counts the check as after the birth. */
  inTriageWindow: boolean;
};

/** Days from `birthDate` to `onDate` (both YYYY-MM-DD); negative when the birth is later. */
export function daysSinceBirthOn(birthDate: string, onDate: string): number {
  return Temporal.PlainDate.from(birthDate).until(Temporal.PlainDate.from(onDate), { largestUnit: 'days' })
    .days;
}

/** Weeks and days since the birth on `onDate`, or null when the date is before the birth. */
export function sinceBirthOn(birthDate: string, onDate: string): SinceBirth | null {
  const totalDays = daysSinceBirthOn(birthDate, onDate);
  if (totalDays < 0) return null;
  const weeks = Math.floor(totalDays / 7);
  return { weeks, days: totalDays % 7, totalDays, inTriageWindow: weeks <= AFTER_BIRTH_TRIAGE_WEEKS };
}

/** Since the birth at the instant `now`, on the calendar of `timeZone`. */
export function sinceBirthAt(birthDate: string, timeZone: string, now: Date): SinceBirth | null {
  return sinceBirthOn(birthDate, calendarDateIn(timeZone, now));
}

/** Whole weeks since the birth for the triage (0–12), or undefined outside that window. */
export function postpartumWeeksOn(birthDate: string, onDate: string): number | undefined {
  const since = sinceBirthOn(birthDate, onDate);
  return since?.inTriageWindow ? since.weeks : undefined;
}
