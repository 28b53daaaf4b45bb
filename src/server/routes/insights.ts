// Insights over the person's diary (../diary/insights.ts computes them).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DateRangeQuery } from '../../contract/checkins.js';
import { ErrorResponse } from '../../contract/error.js';
import { Insights } from '../../contract/insights.js';
import type { AppContext } from '../context.js';
import { diaryInsights } from '../diary/insights.js';
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
    async (request) => diaryInsights(ctx, await requirePerson(ctx, request), request.query),
  );
};
