// The episode resource: POST/GET/PATCH/DELETE /api/episodes. One schema per request and answer; the types
// are inferred from them, and the core's EpisodeRecord is checked to be the same shape at compile time.
import { z } from 'zod';
import type { EpisodeRecord } from '../core/insights/records.js';
import { DIARY_LIMITS as L, MUSCLES, RELIEF_METHODS, SIDES } from '../core/insights/vocabulary.js';
import {
  dateOrInstant,
  EARLIEST_DIARY_DATE,
  instant,
  muscleList,
  notes,
  reliefList,
  wholeIn,
} from './diary-values.js';
import { decodeCursor } from './episode-cursor.js';
import { EPISODE_ENTRY_FIELDS, type EpisodeFieldName } from './episode-fields.js';
import { langQuery } from './language.js';
import type { Same } from './same.js';

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

/**
 * The episode fields a person fills in, in schema order, for the web app's queue and forms and the exports.
 * The list is declared zod-free in episode-fields.ts (the browser imports it without zod); this line
 * fails to compile when a field is added to the schema and not to the list, or the other way round.
 */
export { EPISODE_ENTRY_FIELDS };
export const episodeFieldsMatchSchema: Same<EpisodeFieldName, keyof typeof episodeFields> = true;
/** The schema's own field names, in order, to test the list against. */
export const EPISODE_SCHEMA_FIELDS = Object.keys(episodeFields);

export const EpisodeCreateRequest = z
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
  )
  .meta({ id: 'EpisodeCreateRequest' });

export const EpisodePatchRequest = z
  .strictObject(episodeFields)
  .partial()
  .describe(
    'Any subset of the episode fields; null clears a nullable field. The merged episode is validated as a whole ' +
      '(reliefHelped must stay a subset of reliefTried). The id cannot be changed.',
  )
  .meta({ id: 'EpisodePatchRequest' });

export const Episode = z
  .object({
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
  })
  .meta({ id: 'Episode' });

export const EpisodeIdParams = z.strictObject({ id: z.uuid('must be a UUID') });

export const EpisodeListQuery = z.strictObject({
  lang: langQuery,
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

export const EpisodeList = z
  .object({
    items: z.array(Episode).describe('Newest first by startedAt, then by id.'),
    nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page.'),
  })
  .meta({ id: 'EpisodeList' });

export type Episode = z.infer<typeof Episode>;
export type EpisodeCreateRequest = z.input<typeof EpisodeCreateRequest>;
/** A create request once validated: defaults filled in. */
export type EpisodeCreateInput = z.output<typeof EpisodeCreateRequest>;
export type EpisodePatchRequest = z.infer<typeof EpisodePatchRequest>;
export type EpisodeList = z.infer<typeof EpisodeList>;
export type EpisodeListQuery = z.input<typeof EpisodeListQuery>;
/** A list query once validated: the limit defaulted, the cursor decoded. */
export type EpisodeListParsedQuery = z.output<typeof EpisodeListQuery>;

/** The fields of an episode, in the one order the API answers them, the export writes them and forms list them. */
export const EPISODE_FIELDS = Object.keys(Episode.shape) as readonly (keyof Episode)[];

/** The fields a person fills in: every field but the id and the two stamps (EPISODE_ENTRY_FIELDS, above). */
export type EpisodeEntryField = EpisodeFieldName;

/** A field added to the requests and not to the answer (or the other way round) does not compile. */
export const entryFieldsMatchEpisode: Same<
  EpisodeEntryField,
  Exclude<keyof Episode, 'id' | 'createdAt' | 'updatedAt'>
> = true;

/** The record the core computes with and the repository returns is exactly what the API answers. */
export const episodeMatchesRecord: Same<Episode, EpisodeRecord> = true;
