// Insights over the person's diary (../diary/insights.ts computes them).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DateRangeQuery } from '../../contract/checkins.js';
import { ErrorResponse } from '../../contract/error.js';
import { Insights } from '../../contract/insights.js';
import type { AppContext } from '../context.js';
import { diaryInsights } from '../diary/insights.js';
import { insightsIn } from '../diary/insights-language.js';
import { localeForPerson } from '../http/locale.js';
import { requirePerson } from '../person.js';
import { installDiaryHooks } from './diary-hooks.js';

export const insightRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  installDiaryHooks(app);

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
    async (request, reply) => {
      const person = await requirePerson(ctx, request);
      const insights = await diaryInsights(ctx, person, request.query);
      // The sentences follow the person's language; the numbers and keys are the same in every one.
      reply.header('vary', 'Cookie, Accept-Language');
      return insightsIn(insights, localeForPerson(request, person.user));
    },
  );
};
