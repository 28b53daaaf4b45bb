// When a cramp counts as a night cramp, and which night it belongs to.
import type { LocalTime } from './local-time.js';

/** Night-time runs from 22:00 (inclusive) to 06:00 (exclusive), local time. */
export const NIGHT_STARTS_MINUTE = 22 * 60;
export const NIGHT_ENDS_MINUTE = 6 * 60;
/** A night is counted from noon to noon: cramps before 12:00 belong to the previous evening's night. */
export const NIGHT_DATE_CUTOFF_MINUTE = 12 * 60;

/** A night-time episode started between 22:00 and 06:00 local time, or woke the person. */
export function isNightTime(local: LocalTime, wokeFromSleep: boolean): boolean {
  return wokeFromSleep || local.minuteOfDay >= NIGHT_STARTS_MINUTE || local.minuteOfDay < NIGHT_ENDS_MINUTE;
}

/**
 * The night an episode belongs to, as the epoch day of the evening it began: the local date,
 * minus one day when the episode started before 12:00. So the night after check-in date D runs
 * from D 12:00 to D+1 12:00 local time, and a 03:00 cramp on D+1 counts against D's check-in.
 */
export function nightDateOf(local: LocalTime): number {
  return local.minuteOfDay < NIGHT_DATE_CUTOFF_MINUTE ? local.epochDay - 1 : local.epochDay;
}
