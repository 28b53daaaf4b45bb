// The diary's episode rules: what may be logged or changed (the clock, relief that helped must have been
// tried), idempotent logging by client id, and pages over a window the person names in their own dates.
import { FUTURE_TOLERANCE_MS } from '../../contract/diary-values.js';
import { encodeCursor } from '../../contract/episode-cursor.js';
import type {
  EpisodeCreateInput,
  EpisodeList,
  EpisodeListParsedQuery,
  EpisodePatchRequest,
} from '../../contract/episodes.js';
import { epochDayOf, ZoneClock } from '../../core/insights/local-time.js';
import { isValidIsoDate } from '../../core/pregnancy/time-zones.js';
import type { AppContext } from '../context.js';
import {
  deleteEpisode,
  type EpisodeRecord,
  type EpisodeValues,
  findEpisode,
  insertEpisode,
  listEpisodePage,
  updateEpisode,
} from '../db/repos/episodes.js';
import { AppError, invalidFields, notFound } from '../errors.js';

type EpisodeDraft = Omit<EpisodeRecord, 'id' | 'createdAt' | 'updatedAt'>;

/** Rules that look at more than one field, or at the clock; answered as field errors. */
export function episodeProblems(
  episode: EpisodeDraft,
  now: Date,
  startedAtChanged: boolean,
): Record<string, string> {
  const fields: Record<string, string> = {};
  if (startedAtChanged && Date.parse(episode.startedAt) > now.getTime() + FUTURE_TOLERANCE_MS) {
    fields.startedAt = 'must not be more than 5 minutes in the future';
  }
  const tried = new Set(episode.reliefTried);
  if (episode.reliefHelped.some((method) => !tried.has(method))) {
    fields.reliefHelped = 'must only list methods that are also in reliefTried';
  }
  return fields;
}

function refuseIfAny(fields: Record<string, string>): void {
  if (Object.keys(fields).length > 0) throw invalidFields(fields);
}

const toValues = (draft: EpisodeDraft): EpisodeValues => ({ ...draft, startedAt: new Date(draft.startedAt) });

const episodeNotFound = () => notFound('That episode');

/**
 * Logs an episode, or answers the one already stored under the client's id unchanged (`created: false`),
 * so an offline retry never logs twice. An id that is someone else's is a 409.
 */
export async function logEpisode(
  ctx: AppContext,
  userId: string,
  request: EpisodeCreateInput,
  now: Date,
): Promise<{ created: boolean; episode: EpisodeRecord }> {
  const { id, ...draft } = request;
  refuseIfAny(episodeProblems(draft, now, true));
  const outcome = await insertEpisode(ctx.db, userId, id, toValues(draft), now);
  switch (outcome.kind) {
    case 'created':
      return { created: true, episode: outcome.episode };
    case 'replayed':
      return { created: false, episode: outcome.episode };
    case 'taken':
      throw new AppError('conflict', 'This id cannot be used. Generate a new one and try again.', {
        id: 'cannot be used',
      });
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}

/**
 * Turns a local date or an instant into the instant it stands for, on the person's clock. `zoneOf` is
 * asked only when a local date needs it, so a query by instants reads no profile.
 */
async function episodeWindow(
  from: string | undefined,
  to: string | undefined,
  zoneOf: () => Promise<string>,
): Promise<{ from: Date | undefined; before: Date | undefined }> {
  const needsZone = [from, to].some((value) => value !== undefined && isValidIsoDate(value));
  const clock = needsZone ? new ZoneClock(await zoneOf()) : undefined;
  const startOf = (date: string, plusDays: number) =>
    new Date(clock!.startOfDay(epochDayOf(date) + plusDays));
  const fromAt = from === undefined ? undefined : isValidIsoDate(from) ? startOf(from, 0) : new Date(from);
  // `to` is inclusive: a date runs to the end of that local day; an instant includes its own millisecond.
  const before =
    to === undefined ? undefined : isValidIsoDate(to) ? startOf(to, 1) : new Date(Date.parse(to) + 1);
  if (fromAt && before && before <= fromAt) {
    throw invalidFields({ to: 'must not be before from' });
  }
  return { from: fromAt, before };
}

/** One page of the person's episodes, newest first, with the cursor for the next. */
export async function episodePage(
  ctx: AppContext,
  userId: string,
  query: EpisodeListParsedQuery,
  zoneOf: () => Promise<string>,
): Promise<EpisodeList> {
  const { from, to, limit, cursor } = query;
  const window = await episodeWindow(from, to, zoneOf);
  const page = await listEpisodePage(ctx.db, userId, {
    ...window,
    limit,
    ...(cursor ? { after: { startedAt: new Date(cursor.startedAt), id: cursor.id } } : {}),
  });
  const last = page.items.at(-1);
  return { items: page.items, nextCursor: page.more && last ? encodeCursor(last) : null };
}

export async function getEpisode(ctx: AppContext, userId: string, id: string): Promise<EpisodeRecord> {
  const episode = await findEpisode(ctx.db, userId, id);
  if (!episode) throw episodeNotFound();
  return episode;
}

/**
 * Applies a partial change; the merged episode is checked as a whole under the row lock, so two edits at
 * once cannot combine into one neither would have passed.
 */
export async function changeEpisode(
  ctx: AppContext,
  userId: string,
  id: string,
  patch: EpisodePatchRequest,
  now: Date,
): Promise<EpisodeRecord> {
  const given = definedOnly(patch);
  const updated = await updateEpisode(
    ctx.db,
    userId,
    id,
    (current) => {
      refuseIfAny(episodeProblems({ ...current, ...given }, now, given.startedAt !== undefined));
      const { startedAt, ...rest } = given;
      return { ...rest, ...(startedAt !== undefined ? { startedAt: new Date(startedAt) } : {}) };
    },
    now,
  );
  if (!updated) throw episodeNotFound();
  return updated;
}

export async function removeEpisode(ctx: AppContext, userId: string, id: string): Promise<void> {
  if (!(await deleteEpisode(ctx.db, userId, id))) throw episodeNotFound();
}

/** Drops keys whose value is undefined, so a spread never overwrites a stored value with "absent". */
function definedOnly<T extends Record<string, unknown>>(
  value: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
