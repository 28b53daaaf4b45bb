// Daily check-ins over HTTP: PUT writes the whole day (idempotent upsert), GET reads a day or a range.
// The rules are in ../diary/checkins.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Checkin,
  CheckinDateParams,
  CheckinList,
  CheckinRequest,
  DateRangeQuery,
} from '../../contract/checkins.js';
import { DELETE_RESPONSES, ErrorResponse, recordResponses } from '../../contract/error.js';
import { requireAuth } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { checkinsBetween, getCheckin, recordCheckin, removeCheckin } from '../diary/checkins.js';
import { requirePerson } from '../person.js';
import { installDiaryHooks } from './diary-hooks.js';

export const checkinRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  installDiaryHooks(app);

  app.put(
    '/api/checkins/:date',
    {
      schema: {
        tags: ['diary'],
        summary: 'Record the day’s check-in (creates or replaces it)',
        description:
          'Idempotent: the same body twice leaves one check-in. 201 when the date had none, 200 when it replaced ' +
          'one. A date more than one day ahead of today in the person’s time zone is refused.',
        params: CheckinDateParams,
        body: CheckinRequest,
        response: { 200: Checkin, 201: Checkin, 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request, reply) => {
      const person = await requirePerson(ctx, request);
      const { checkin, created } = await recordCheckin(ctx, person, request.params.date, request.body);
      return reply.status(created ? 201 : 200).send(checkin);
    },
  );

  app.get(
    '/api/checkins',
    {
      schema: {
        tags: ['diary'],
        summary: 'Check-ins dated from–to (inclusive), newest first',
        querystring: DateRangeQuery,
        response: { 200: CheckinList, 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request) => checkinsBetween(ctx, requireAuth(request).userId, request.query),
  );

  app.get(
    '/api/checkins/:date',
    {
      schema: {
        tags: ['diary'],
        summary: 'The check-in for one date',
        params: CheckinDateParams,
        response: recordResponses(Checkin),
      },
    },
    async (request) => getCheckin(ctx, requireAuth(request).userId, request.params.date),
  );

  app.delete(
    '/api/checkins/:date',
    {
      schema: {
        tags: ['diary'],
        summary: 'Delete the check-in for one date',
        params: CheckinDateParams,
        response: DELETE_RESPONSES,
      },
    },
    async (request, reply) => {
      await removeCheckin(ctx, requireAuth(request).userId, request.params.date);
      return reply.status(204).send(null);
    },
  );
};
