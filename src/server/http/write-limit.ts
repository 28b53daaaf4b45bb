// A per-person ceiling on changes: one account cannot flood the store, however fast its client.
import type { FastifyInstance } from 'fastify';
import { StoreAttemptCounter } from '../auth/attempt-limiter.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Install after session resolution: it counts by the signed-in person. */
export function installWriteLimit(app: FastifyInstance, ctx: AppContext): void {
  // Counted in the store, so several instances share one ceiling per person.
  const writes = new StoreAttemptCounter(ctx.db, 'writes', ctx.rateLimits.writesPerAccount, ctx.now);
  app.addHook('onRequest', async (request) => {
    if (!request.auth || !WRITES.has(request.method) || !request.url.startsWith('/api/')) return;
    if (request.url.startsWith('/api/auth/')) return;
    const wait = await writes.take(request.auth.userId);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new AppError(
        'rate_limited',
        `Too many changes at once. Try again in ${seconds} seconds; nothing was lost.`,
        undefined,
        { 'retry-after': String(seconds) },
      );
    }
  });
}
