// Insights over the person's diary, computed by the pure core on their own clock and calendar.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { computeInsights } from '../../core/insights/insights.js';
import { epochDayOf, ZoneClock } from '../../core/insights/local-time.js';
import { requireAuth } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { listCheckins } from '../db/repos/checkins.js';
import { listAllEpisodes } from '../db/repos/episodes.js';
import { findUserById } from '../db/repos/users.js';
import { invalidFields, unauthenticated } from '../errors.js';
import {
  dateRangeQuery,
  errorSchema,
  insightsSchema,
  noStore,
  rangeProblems,
  sessionRequired,
} from './diary-schemas.js';

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
        querystring: dateRangeQuery,
        response: { 200: insightsSchema, 400: errorSchema, 401: errorSchema },
      },
    },
    async (request) => {
      const { userId } = requireAuth(request);
      const { from, to } = request.query;
      const problems = rangeProblems(from, to);
      if (Object.keys(problems).length > 0) throw invalidFields(problems);
      const user = await findUserById(ctx.db, userId);
      if (!user) throw unauthenticated();
      const timeZone = user.timezone ?? ctx.config.defaultTimeZone;
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
