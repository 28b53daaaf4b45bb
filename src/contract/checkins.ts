// The check-in resource: PUT/GET/DELETE /api/checkins/:date and the list. One schema per request and
// answer; the core's CheckinRecord is checked to be the same shape at compile time.
import { z } from 'zod';
import { itemIdPattern } from '../content/schema.js';
import type { CheckinRecord } from '../core/insights/records.js';
import { DIARY_LIMITS as L, SUPPLEMENTS, SWELLING } from '../core/insights/vocabulary.js';
import { MAX_PLAN_STEPS } from '../core/plan/validate.js';
import { isValidIsoDate } from '../core/pregnancy/time-zones.js';
import { EARLIEST_DIARY_DATE, isoDate, list, notes, wholeIn } from './diary-values.js';
import { langQuery } from './language.js';
import type { Same } from './same.js';

export const CheckinDateParams = z.strictObject({
  date: isoDate
    .refine(
      (d) => !isValidIsoDate(d) || d >= EARLIEST_DIARY_DATE,
      `must not be before ${EARLIEST_DIARY_DATE}`,
    )
    .describe("YYYY-MM-DD on the person's own calendar; at most one day ahead of their today."),
});

const checkinFields = {
  waterGlasses: wholeIn(L.waterGlasses.min, L.waterGlasses.max)
    .nullable()
    .describe('Glasses of water, 0–30.'),
  walkedMinutes: wholeIn(L.walkedMinutes.min, L.walkedMinutes.max)
    .nullable()
    .describe('Minutes walked, 0–600.'),
  standingHours: wholeIn(L.standingHours.min, L.standingHours.max)
    .nullable()
    .describe('Hours on their feet, 0–24.'),
  stretchedBeforeBed: z.boolean().nullable(),
  warmBath: z.boolean().nullable(),
  legsElevated: z.boolean().nullable(),
  compressionStockings: z.boolean().nullable(),
  sleptOnLeftSide: z.boolean().nullable(),
  supplements: list(SUPPLEMENTS).nullable().describe('Supplements taken; [] = none, null = not answered.'),
  swelling: z.enum(SWELLING).nullable().describe('none, both-ankles or one-leg (one-leg is a red flag).'),
  notes: notes.nullable(),
  planStepsDone: z
    .array(z.string().regex(itemIdPattern, 'ids look like kind.name-in-kebab-case'))
    .max(MAX_PLAN_STEPS)
    .nullable()
    .describe('The plan steps (item ids) done that day; [] = none, null = not answered.'),
};

type Defaulted<T extends Record<string, z.ZodType>> = { [K in keyof T]: z.ZodDefault<T[K]> };
const allDefaultNull = <T extends Record<string, z.ZodNullable<z.ZodType>>>(fields: T): Defaulted<T> =>
  Object.fromEntries(
    Object.entries(fields).map(([key, schema]) => [key, schema.default(null)]),
  ) as Defaulted<T>;

export const CheckinRequest = z
  .strictObject(allDefaultNull(checkinFields))
  .describe(
    "The day's answers. Every field is optional: a field left out or null was not answered and is stored as null. " +
      'PUT replaces the whole check-in for the date, so send every answer each time.',
  )
  .meta({ id: 'CheckinRequest' });

export const Checkin = z
  .object({
    date: z.string(),
    waterGlasses: z.number().int().nullable(),
    walkedMinutes: z.number().int().nullable(),
    standingHours: z.number().int().nullable(),
    stretchedBeforeBed: z.boolean().nullable(),
    warmBath: z.boolean().nullable(),
    legsElevated: z.boolean().nullable(),
    compressionStockings: z.boolean().nullable(),
    sleptOnLeftSide: z.boolean().nullable(),
    supplements: z.array(z.enum(SUPPLEMENTS)).nullable(),
    swelling: z.enum(SWELLING).nullable(),
    notes: z.string().nullable(),
    planStepsDone: z.array(z.string()).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Checkin' });

export const DateRangeQuery = z
  .strictObject({
    from: isoDate.optional().describe('First local date, inclusive.'),
    to: isoDate.optional().describe('Last local date, inclusive.'),
    lang: langQuery,
  })
  .superRefine(({ from, to }, check) => {
    // Both are YYYY-MM-DD here, so text order is date order.
    if (from !== undefined && to !== undefined && to < from) {
      check.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    }
  });
export type DateRangeQuery = z.infer<typeof DateRangeQuery>;

export const CheckinList = z
  .object({ items: z.array(Checkin).describe('Newest date first.') })
  .meta({ id: 'CheckinList' });

export type Checkin = z.infer<typeof Checkin>;
/** PUT replaces the whole day: what a client sends (every field may be left out). */
export type CheckinRequest = z.input<typeof CheckinRequest>;
export type CheckinList = z.infer<typeof CheckinList>;

export const checkinMatchesRecord: Same<Checkin, CheckinRecord> = true;
