// The diary's wire contract: zod schemas for episodes, check-ins and insights, shared by the routes
// and documented in the OpenAPI document at /api/openapi.json.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  DIARY_LIMITS as L,
  MUSCLES,
  RELIEF_METHODS,
  SIDES,
  SUPPLEMENTS,
  SWELLING,
} from '../../core/insights/vocabulary.js';
import { isValidIsoDate } from '../../core/pregnancy/time-zones.js';
import { requireAuth } from '../auth/session.js';

/** Nothing in the diary is dated before this: it keeps dates inside what both stores accept. */
export const EARLIEST_DIARY_DATE = '2000-01-01';
/** A cramp may be logged at most this far ahead of the server's clock (clock skew between devices). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Every diary route needs a session: answer 401 before the body or query is even validated. */
export async function sessionRequired(request: FastifyRequest): Promise<void> {
  requireAuth(request);
}

/** Diary answers are health records: no browser or proxy may keep a copy. */
export async function noStore(_request: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.header('cache-control', 'no-store');
}

export { ErrorResponse as errorSchema } from '../../contract/error.js';

const unique = (values: readonly unknown[]) => new Set(values).size === values.length;
const noNul = (text: string) => !text.includes('\u0000');

const wholeIn = (min: number, max: number) =>
  z
    .number()
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const notes = z
  .string()
  .max(L.notesLength, `must be at most ${L.notesLength.toLocaleString('en')} characters`)
  .refine(noNul, 'must not contain a NUL character');

const list = <T extends readonly [string, ...string[]]>(values: T) =>
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

const instant = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 date-time with a UTC offset or Z, such as 2026-11-22T03:30:00Z',
});

/** A local date (YYYY-MM-DD, on the person's own calendar) or an exact ISO 8601 instant. */
const dateOrInstant = z
  .string()
  .refine(
    (s) => isValidIsoDate(s) || instant.safeParse(s).success,
    'must be a date (YYYY-MM-DD) or an ISO 8601 date-time with a UTC offset or Z',
  )
  .refine(inQueryYears, QUERY_YEARS_MESSAGE);

export const muscleList = list(MUSCLES).min(1, 'must name at least one muscle');
export const reliefList = list(RELIEF_METHODS);

// ---------------------------------------------------------------- episodes

const episodeFields = {
  startedAt: instant
    .refine(
      (s) => Date.parse(s) >= Date.parse(`${EARLIEST_DIARY_DATE}T00:00:00Z`),
      `must not be before ${EARLIEST_DIARY_DATE}`,
    )
    .describe('When the cramp started: ISO 8601 with a UTC offset or Z; at most 5 minutes in the future.'),
  durationSeconds: wholeIn(L.durationSeconds.min, L.durationSeconds.max)
    .nullable()
    .describe('How long it lasted, 0–7200 seconds; null when not known.'),
  muscles: muscleList.describe('Non-empty set of: calf, thigh, foot, toes, other.'),
  side: z.enum(SIDES).nullable().describe('left, right or both; null when not known.'),
  intensity: wholeIn(L.intensity.min, L.intensity.max)
    .nullable()
    .describe('0–10; null means "not filled in yet" (one-tap logging).'),
  wokeFromSleep: z.boolean().describe('The cramp woke the person; such an episode counts as night-time.'),
  reliefTried: reliefList.describe('Relief methods tried (no repeats).'),
  reliefHelped: reliefList.describe('Relief methods that helped: must be a subset of reliefTried.'),
  minutesToRelief: wholeIn(L.minutesToRelief.min, L.minutesToRelief.max)
    .nullable()
    .describe('Minutes until the cramp eased, 0–600; null when not known.'),
  notes: notes.nullable().describe('Free text, at most 2,000 characters; null for none.'),
};

export const episodeCreateBody = z
  .strictObject({
    id: z
      .uuid('must be a UUID')
      .optional()
      .describe(
        'A client-generated UUID. Sending the same id again answers 200 with the stored episode and never stores a second one, so an offline retry cannot log twice. Left out, the server makes one.',
      ),
    startedAt: episodeFields.startedAt,
    durationSeconds: episodeFields.durationSeconds.default(null),
    muscles: episodeFields.muscles.default(['calf']),
    side: episodeFields.side.default(null),
    intensity: episodeFields.intensity.default(null),
    wokeFromSleep: episodeFields.wokeFromSleep.default(false),
    reliefTried: episodeFields.reliefTried.default([]),
    reliefHelped: episodeFields.reliefHelped.default([]),
    minutesToRelief: episodeFields.minutesToRelief.default(null),
    notes: episodeFields.notes.default(null),
  })
  .describe(
    'One-tap logging: only startedAt is required, so "a cramp now" can be saved before anything is filled in. ' +
      'Defaults: muscles ["calf"], side null (unknown), intensity null (not filled in yet), wokeFromSleep false, ' +
      'reliefTried and reliefHelped [], durationSeconds, minutesToRelief and notes null. Fill the rest in later with PATCH.',
  );
export type EpisodeCreateBody = z.infer<typeof episodeCreateBody>;

export const episodePatchBody = z
  .strictObject(episodeFields)
  .partial()
  .describe(
    'Any subset of the episode fields; null clears a nullable field. The merged episode is validated as a whole ' +
      '(reliefHelped must stay a subset of reliefTried). The id cannot be changed.',
  );
export type EpisodePatchBody = z.infer<typeof episodePatchBody>;

export const episodeSchema = z.object({
  id: z.string().describe('UUID'),
  startedAt: z.string().describe('ISO 8601 instant in UTC'),
  durationSeconds: z.number().int().nullable(),
  muscles: z.array(z.enum(MUSCLES)),
  side: z.enum(SIDES).nullable(),
  intensity: z.number().int().nullable().describe('null = not filled in yet'),
  wokeFromSleep: z.boolean(),
  reliefTried: z.array(z.enum(RELIEF_METHODS)),
  reliefHelped: z.array(z.enum(RELIEF_METHODS)),
  minutesToRelief: z.number().int().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EpisodeView = z.infer<typeof episodeSchema>;

export const episodeIdParams = z.strictObject({ id: z.uuid('must be a UUID') });

export type EpisodeCursor = { startedAt: string; id: string };

/** Opaque page cursor: base64url of the last item's startedAt and id. */
export function encodeCursor(cursor: EpisodeCursor): string {
  return Buffer.from(JSON.stringify([cursor.startedAt, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string): EpisodeCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [startedAt, id] = value;
    if (typeof startedAt !== 'string' || !instant.safeParse(startedAt).success) return null;
    if (typeof id !== 'string' || !z.uuid().safeParse(id).success) return null;
    return { startedAt, id };
  } catch {
    return null;
  }
}

export const episodeListQuery = z.strictObject({
  from: dateOrInstant
    .optional()
    .describe(
      "Earliest start, inclusive: a local date (from its first moment in the person's time zone) or an instant.",
    ),
  to: dateOrInstant
    .optional()
    .describe(
      "Latest start, inclusive: a local date (to its last moment in the person's time zone) or an instant.",
    ),
  limit: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(100, 'must be at most 100')
    .default(50)
    .describe('Page size, 1–100 (default 50).'),
  cursor: z
    .string()
    .transform((text, ctx) => {
      const cursor = decodeCursor(text);
      if (cursor === null) {
        ctx.issues.push({ code: 'custom', message: 'is not a valid page cursor', input: text });
        return z.NEVER;
      }
      return cursor;
    })
    .optional()
    .describe('nextCursor from the previous page.'),
});

export const episodeListSchema = z.object({
  items: z.array(episodeSchema).describe('Newest first by startedAt, then by id.'),
  nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page.'),
});

// ---------------------------------------------------------------- check-ins

export const checkinDateParams = z.strictObject({
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
};

type Defaulted<T extends Record<string, z.ZodType>> = { [K in keyof T]: z.ZodDefault<T[K]> };
const allDefaultNull = <T extends Record<string, z.ZodNullable<z.ZodType>>>(fields: T): Defaulted<T> =>
  Object.fromEntries(
    Object.entries(fields).map(([key, schema]) => [key, schema.default(null)]),
  ) as Defaulted<T>;

export const checkinBody = z
  .strictObject(allDefaultNull(checkinFields))
  .describe(
    "The day's answers. Every field is optional: a field left out or null was not answered and is stored as null. " +
      'PUT replaces the whole check-in for the date, so send every answer each time.',
  );
export type CheckinBody = z.infer<typeof checkinBody>;

export const checkinSchema = z.object({
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
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CheckinView = z.infer<typeof checkinSchema>;

export const dateRangeQuery = z.strictObject({
  from: isoDate.optional().describe('First local date, inclusive.'),
  to: isoDate.optional().describe('Last local date, inclusive.'),
});

export const checkinListSchema = z.object({ items: z.array(checkinSchema).describe('Newest date first.') });

/** Field errors for a range whose end comes before its start. */
export function rangeProblems(from: string | undefined, to: string | undefined): Record<string, string> {
  return from !== undefined && to !== undefined && to < from ? { to: 'must not be before from' } : {};
}

// ---------------------------------------------------------------- insights

const interval = z.object({ low: z.number(), high: z.number() });
const factorSide = z.object({
  nights: z.number().int(),
  episodes: z.number().int(),
  rate: z.number().nullable().describe('Episodes per night; null without nights.'),
});

export const insightsSchema = z
  .object({
    range: z.object({
      from: z.string().nullable(),
      to: z.string().nullable(),
      timeZone: z.string(),
      dueDate: z.string().nullable(),
    }),
    totals: z.object({
      episodes: z.number().int().describe('Episodes whose local start date is in the range.'),
      nightEpisodes: z
        .number()
        .int()
        .describe("Night-time episodes: started 22:00–06:00 in the person's time zone, or woke them."),
      nights: z
        .number()
        .int()
        .describe('Distinct nights (noon to noon) with at least one night-time episode.'),
      checkins: z.number().int(),
      withIntensity: z.number().int().describe('Episodes whose intensity was filled in.'),
    }),
    nightShare: z.number().nullable().describe('nightEpisodes / episodes; null without episodes.'),
    perWeek: z
      .object({
        basis: z.enum(['pregnancy', 'calendar']),
        weeks: z.array(
          z.object({
            start: z.string(),
            end: z.string(),
            pregnancyWeek: z.number().int().nullable(),
            isoWeek: z.string().nullable(),
            weeksSinceBirth: z
              .number()
              .int()
              .nullable()
              .describe('Completed weeks since the birth, for weeks from the profile birth date on'),
            episodes: z.number().int(),
            nightEpisodes: z.number().int(),
          }),
        ),
        outsidePregnancy: z.number().int(),
      })
      .describe(
        'Episodes per week of pregnancy (completed weeks from the due date) or, without a due date, per ISO ' +
          'calendar week starting Monday; weeks between the first and last with an episode are included as zero.',
      ),
    intensityOverTime: z
      .object({
        bucket: z.enum(['day', 'week']),
        points: z.array(
          z.object({
            start: z.string(),
            end: z.string(),
            meanIntensity: z.number(),
            episodes: z.number().int(),
          }),
        ),
      })
      .describe(
        'Mean intensity of episodes with a known intensity: per day up to 56 days of data, else per ISO week.',
      ),
    relief: z
      .array(
        z.object({
          method: z.enum(RELIEF_METHODS),
          rank: z.number().int(),
          tried: z.number().int(),
          helped: z.number().int(),
          helpedShare: z.number(),
          interval: interval.describe('95% Wilson interval for helpedShare.'),
          medianMinutesToRelief: z.number().nullable(),
          minutesRecorded: z.number().int(),
        }),
      )
      .describe('Methods ranked by how often they helped when tried; equal shares share a rank.'),
    factors: z
      .array(
        z.object({
          factor: z.string(),
          label: z.string(),
          with: factorSide,
          without: factorSide,
          comparison: z
            .object({
              rateRatio: z.number(),
              interval: interval.describe('95% interval, log-scale Wald for a ratio of Poisson rates.'),
              continuityCorrected: z.boolean(),
              intervalIncludesOne: z.boolean(),
            })
            .nullable()
            .describe('Shown only with at least 3 nights on each side and a cramp on at least one night.'),
          summary: z.string().describe('Plain words; says "went with", never claims a cause.'),
        }),
      )
      .describe(
        'Cramp rate (episodes per night) on nights after a check-in with a habit against nights after one without it. ' +
          'The night after check-in date D holds the episodes from D 12:00 to D+1 12:00 local time.',
      ),
    redFlags: z
      .array(
        z.object({
          date: z.string(),
          reason: z.enum(['one-leg-swelling', 'red-warm-or-swollen-leg-in-notes']),
          source: z.enum(['checkin', 'episode']),
          episodeId: z.string().nullable(),
          message: z.string(),
        }),
      )
      .describe('Entries in the range that should lead to the triage questions (show a banner).'),
  })
  .describe("What went with what in the diary, on the person's own clock and calendar.");
