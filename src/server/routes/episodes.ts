// Cramp episodes over HTTP: one-tap logging with offline-safe retries, newest-first pages, edits and
// deletes. The rules are in ../diary/episodes.ts; each route parses, names the person and answers.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Episode,
  EpisodeCreateRequest,
  EpisodeIdParams,
  EpisodeList,
  EpisodeListQuery,
  EpisodePatchRequest,
} from '../../contract/episodes.js';
import { DELETE_RESPONSES, ErrorResponse, recordResponses } from '../../contract/error.js';
import { requireAuth } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { changeEpisode, episodePage, getEpisode, logEpisode, removeEpisode } from '../diary/episodes.js';
import { requirePerson } from '../person.js';
import { installDiaryHooks } from './diary-hooks.js';

export const episodeRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  installDiaryHooks(app);

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
      const { created, episode } = await logEpisode(ctx, userId, request.body, ctx.now());
      return reply.status(created ? 201 : 200).send(episode);
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
      // Instants need no time zone, so the person's row is read only when a local date asks for it.
      return episodePage(ctx, userId, request.query, async () => (await requirePerson(ctx, request)).zone);
    },
  );

  app.get(
    '/api/episodes/:id',
    {
      schema: {
        tags: ['diary'],
        summary: 'One of the person’s episodes',
        params: EpisodeIdParams,
        response: recordResponses(Episode),
      },
    },
    async (request) => getEpisode(ctx, requireAuth(request).userId, request.params.id),
  );

  app.patch(
    '/api/episodes/:id',
    {
      schema: {
        tags: ['diary'],
        summary: 'Fill in or change an episode',
        params: EpisodeIdParams,
        body: EpisodePatchRequest,
        response: recordResponses(Episode),
      },
    },
    async (request) =>
      changeEpisode(ctx, requireAuth(request).userId, request.params.id, request.body, ctx.now()),
  );

  app.delete(
    '/api/episodes/:id',
    {
      schema: {
        tags: ['diary'],
        summary: 'Delete an episode',
        params: EpisodeIdParams,
        response: DELETE_RESPONSES,
      },
    },
    async (request, reply) => {
      await removeEpisode(ctx, requireAuth(request).userId, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
