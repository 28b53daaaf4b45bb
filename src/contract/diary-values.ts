// Building blocks of the diary's wire contract: dates, instants, bounded numbers and closed lists, with the
// field messages every diary request answers with. Limits and vocabularies come from the core.
import { z } from 'zod';
import { DIARY_LIMITS as L, MUSCLES, RELIEF_METHODS } from '../core/insights/vocabulary.js';
import { isValidIsoDate } from '../core/pregnancy/time-zones.js';

/** Nothing in the diary is dated before this: it keeps dates inside what both stores accept. */
export const EARLIEST_DIARY_DATE = '2000-01-01';
/** A cramp may be logged at most this far ahead of the server's clock (clock skew between devices). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

const unique = (values: readonly unknown[]) => new Set(values).size === values.length;
const noNul = (text: string) => !text.includes('\u0000');

export const wholeIn = (min: number, max: number) =>
  z
    .number()
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

export const notes = z
  .string()
  .max(L.notesLength, `must be at most ${L.notesLength.toLocaleString('en')} characters`)
  .refine(noNul, 'must not contain a NUL character');

export const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).max(values.length).refine(unique, 'must not repeat a value');

/**
 * Dates and instants in queries must fall in 1900–2999: beyond that a range means nothing, and the
 * day after its end must still be a date both stores can read.
 */
const QUERY_FIRST_MS = Date.parse('1900-01-01T00:00:00Z');
const QUERY_END_MS = Date.parse('3000-01-01T00:00:00Z');
const QUERY_YEARS_MESSAGE = 'must be between 1900-01-01 and 2999-12-31';
const inQueryYears = (s: string) => {
  const ms = Date.parse(isValidIsoDate(s) ? `${s}T00:00:00Z` : s);
  return !(ms < QUERY_FIRST_MS || ms >= QUERY_END_MS);
};

/** YYYY-MM-DD that is a real calendar date, from 1900 to 2999. */
export const isoDate = z
  .string()
  .refine(isValidIsoDate, 'must be a date written YYYY-MM-DD')
  .refine(inQueryYears, QUERY_YEARS_MESSAGE);

export const instant = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 date-time with a UTC offset or Z, such as 2026-11-22T03:30:00Z',
});

/** A local date (YYYY-MM-DD, on the person's own calendar) or an exact ISO 8601 instant. */
export const dateOrInstant = z
  .string()
  .refine(
    (s) => isValidIsoDate(s) || instant.safeParse(s).success,
    'must be a date (YYYY-MM-DD) or an ISO 8601 date-time with a UTC offset or Z',
  )
  .refine(inQueryYears, QUERY_YEARS_MESSAGE);

export const muscleList = list(MUSCLES).min(1, 'must name at least one muscle');
export const reliefList = list(RELIEF_METHODS);
