// Insights over the person's diary, computed by the pure core on their own clock and calendar.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DateRangeQuery } from '../../contract/checkins.js';
import { ErrorResponse } from '../../contract/error.js';
import { Insights } from '../../contract/insights.js';
import { computeInsights } from '../../core/insights/insights.js';
import { epochDayOf, ZoneClock } from '../../core/insights/local-time.js';
import type { AppContext } from '../context.js';
import { listCheckins } from '../db/repos/checkins.js';
import { listAllEpisodes } from '../db/repos/episodes.js';
import { rangeProblems } from '../diary/ranges.js';
import { invalidFields } from '../errors.js';
import { requirePerson } from '../person.js';
import { noStore, sessionRequired } from './diary-hooks.js';

export const insightRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onRequest', sessionRequired);
  app.addHook('onSend', noStore);

  app.get(
    '/api/insights',
    {
      schema: {
        tags: ['diary'],
        summary: 'Totals, night share, weekly counts, intensity, relief ranking, habit factors and red flags',
        description:
          'from and to are local dates (inclusive) in the person’s time zone; either may be left out.',
        querystring: DateRangeQuery,
        response: { 200: Insights, 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      const problems = rangeProblems(from, to);
      if (Object.keys(problems).length > 0) throw invalidFields(problems);
      const { user, zone: timeZone } = await requirePerson(ctx, request);
      const userId = user.id;
      const clock = new ZoneClock(timeZone);
      // The night of `to` runs until noon the day after, so read episodes up to the start of to+2.
      const [episodes, checkins] = await Promise.all([
        listAllEpisodes(ctx.db, userId, {
          ...(from !== undefined ? { from: new Date(clock.startOfDay(epochDayOf(from))) } : {}),
          ...(to !== undefined ? { before: new Date(clock.startOfDay(epochDayOf(to) + 2)) } : {}),
        }),
        listCheckins(ctx.db, userId, {
          ...(from !== undefined ? { from } : {}),
          ...(to !== undefined ? { to } : {}),
        }),
      ]);
      return computeInsights(episodes, checkins, {
        timeZone,
        dueDate: user.due_date,
        birthDate: user.baby_birth_date,
        from: from ?? null,
        to: to ?? null,
      });
    },
  );
};
