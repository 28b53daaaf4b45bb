// Daily check-ins: PUT writes the whole day (idempotent upsert), GET reads a day or a range.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import {
  Checkin,
  CheckinDateParams,
  CheckinList,
  CheckinRequest,
  DateRangeQuery,
} from '../../contract/checkins.js';
import { ErrorResponse } from '../../contract/error.js';
import { calendarDateIn } from '../../core/pregnancy/gestational-age.js';
import { requireAuth } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { deleteCheckin, findCheckin, listCheckins, upsertCheckin } from '../db/repos/checkins.js';
import { rangeProblems } from '../diary/ranges.js';
import { invalidFields, notFound } from '../errors.js';
import { requirePerson } from '../person.js';
import { noStore, sessionRequired } from './diary-hooks.js';

const checkinNotFound = () => notFound('A check-in for that date');

export const checkinRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onRequest', sessionRequired);
  app.addHook('onSend', noStore);

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
      const { user, zone, now } = await requirePerson(ctx, request);
      const userId = user.id;
      const { date } = request.params;
      const today = calendarDateIn(zone, now);
      const latest = Temporal.PlainDate.from(today).add({ days: 1 }).toString();
      if (date > latest) {
        throw invalidFields({
          date: `must not be after ${latest} (tomorrow in your time zone)`,
        });
      }
      const { checkin, created } = await upsertCheckin(ctx.db, userId, date, request.body, now);
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
    async (request) => {
      const { userId } = requireAuth(request);
      const { from, to } = request.query;
      const problems = rangeProblems(from, to);
      if (Object.keys(problems).length > 0) throw invalidFields(problems);
      const items = await listCheckins(ctx.db, userId, {
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
        order: 'desc',
      });
      return { items };
    },
  );

  app.get(
    '/api/checkins/:date',
    {
      schema: {
        tags: ['diary'],
        summary: 'The check-in for one date',
        params: CheckinDateParams,
        response: { 200: Checkin, 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { userId } = requireAuth(request);
      const checkin = await findCheckin(ctx.db, userId, request.params.date);
      if (!checkin) throw checkinNotFound();
      return checkin;
    },
  );

  app.delete(
    '/api/checkins/:date',
    {
      schema: {
        tags: ['diary'],
        summary: 'Delete the check-in for one date',
        params: CheckinDateParams,
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
      if (!(await deleteCheckin(ctx.db, userId, request.params.date))) throw checkinNotFound();
      return reply.status(204).send(null);
    },
  );
};
