// Liveness and readiness probes.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/healthz',
    { schema: { tags: ['health'], response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        response: { 200: z.object({ status: z.literal('ready'), store: z.string() }) },
      },
    },
    async (request) => {
      try {
        await sql`select 1`.execute(ctx.db);
      } catch (error) {
        request.log.error({ err: error }, 'store not ready');
        throw new AppError('unavailable', 'The data store is not answering.');
      }
      return { status: 'ready' as const, store: ctx.storeKind };
    },
  );
};
