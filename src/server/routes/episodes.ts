// Cramp episodes: one-tap logging with offline-safe retries, newest-first pages, edits and deletes.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FUTURE_TOLERANCE_MS } from '../../contract/diary-values.js';
import { encodeCursor } from '../../contract/episode-cursor.js';
import {
  Episode,
  EpisodeCreateRequest,
  EpisodeIdParams,
  EpisodeList,
  EpisodeListQuery,
  EpisodePatchRequest,
} from '../../contract/episodes.js';
import { ErrorResponse } from '../../contract/error.js';
import { epochDayOf, ZoneClock } from '../../core/insights/local-time.js';
import { isValidIsoDate } from '../../core/pregnancy/time-zones.js';
import { requireAuth } from '../auth/session.js';
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
import { requirePerson } from '../person.js';
import { noStore, sessionRequired } from './diary-hooks.js';

type EpisodeDraft = Omit<EpisodeRecord, 'id' | 'createdAt' | 'updatedAt'>;

/** Rules that look at more than one field, or at the clock; answered as field errors. */
function episodeProblems(
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

export const episodeRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onRequest', sessionRequired);
  app.addHook('onSend', noStore);

  /** Turns a local date or an instant into the instant it stands for, on the person's clock. */
  async function resolveRange(request: FastifyRequest, from: string | undefined, to: string | undefined) {
    const needsZone = [from, to].some((value) => value !== undefined && isValidIsoDate(value));
    // Instants need no time zone, so the person's row is read only for local dates.
    const clock = needsZone ? new ZoneClock((await requirePerson(ctx, request)).zone) : undefined;
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

  app.post(
    '/api/episodes',
    {
      schema: {
        tags: ['diary'],
        summary: 'Log a cramp episode (idempotent by client id)',
        description:
          'Answers 201 with the new episode, or 200 with the stored one, unchanged, when this person already ' +
          'logged the id (a replayed body is validated but not applied). 409 when the id cannot be used.',
        body: EpisodeCreateRequest,
        response: {
          200: Episode,
          201: Episode,
          400: ErrorResponse,
          401: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { userId } = requireAuth(request);
      const { id, ...draft } = request.body;
      const now = ctx.now();
      refuseIfAny(episodeProblems(draft, now, true));
      const outcome = await insertEpisode(ctx.db, userId, id, toValues(draft), now);
      switch (outcome.kind) {
        case 'created':
          return reply.status(201).send(outcome.episode);
        case 'replayed':
          return reply.status(200).send(outcome.episode);
        case 'taken':
          throw new AppError('conflict', 'This id cannot be used. Generate a new one and try again.', {
            id: 'cannot be used',
          });
        default: {
          const unreachable: never = outcome;
          return unreachable;
        }
      }
    },
  );

  app.get(
    '/api/episodes',
    {
      schema: {
        tags: ['diary'],
        summary: 'List episodes, newest first, a page at a time',
        querystring: EpisodeListQuery,
        response: { 200: EpisodeList, 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request) => {
      const { userId } = requireAuth(request);
      const { from, to, limit, cursor } = request.query;
      const window = await resolveRange(request, from, to);
      const page = await listEpisodePage(ctx.db, userId, {
        ...window,
        limit,
        ...(cursor ? { after: { startedAt: new Date(cursor.startedAt), id: cursor.id } } : {}),
      });
      const last = page.items.at(-1);
      return { items: page.items, nextCursor: page.more && last ? encodeCursor(last) : null };
    },
  );

  app.get(
    '/api/episodes/:id',
    {
      schema: {
        tags: ['diary'],
        summary: 'One of the person’s episodes',
        params: EpisodeIdParams,
        response: { 200: Episode, 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { userId } = requireAuth(request);
      const episode = await findEpisode(ctx.db, userId, request.params.id);
      if (!episode) throw episodeNotFound();
      return episode;
    },
  );

  app.patch(
    '/api/episodes/:id',
    {
      schema: {
        tags: ['diary'],
        summary: 'Fill in or change an episode',
        params: EpisodeIdParams,
        body: EpisodePatchRequest,
        response: { 200: Episode, 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { userId } = requireAuth(request);
      const now = ctx.now();
      const given = definedOnly(request.body);
      const updated = await updateEpisode(
        ctx.db,
        userId,
        request.params.id,
        (current) => {
          refuseIfAny(episodeProblems({ ...current, ...given }, now, given.startedAt !== undefined));
          const { startedAt, ...rest } = given;
          return { ...rest, ...(startedAt !== undefined ? { startedAt: new Date(startedAt) } : {}) };
        },
        now,
      );
      if (!updated) throw episodeNotFound();
      return updated;
    },
  );

  app.delete(
    '/api/episodes/:id',
    {
      schema: {
        tags: ['diary'],
        summary: 'Delete an episode',
        params: EpisodeIdParams,
        response: {
          204: z.null().describe('Deleted'),
          400: ErrorResponse,
          401: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { userId } = requireAuth(request);
      if (!(await deleteEpisode(ctx.db, userId, request.params.id))) throw episodeNotFound();
      return reply.status(204).send(null);
    },
  );
};

/** Drops keys whose value is undefined, so a spread never overwrites a stored value with "absent". */
function definedOnly<T extends Record<string, unknown>>(
  value: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
