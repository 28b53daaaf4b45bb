// Hooks every diary route runs before its handler: a session first, and no copy kept anywhere.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireAuth } from '../auth/session.js';

/** Every diary route needs a session: answer 401 before the body or query is even validated. */
export async function sessionRequired(request: FastifyRequest): Promise<void> {
  requireAuth(request);
}

/** Diary answers are health records: no browser or proxy may keep a copy. */
export async function noStore(_request: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.header('cache-control', 'no-store');
}

/** Both hooks, for a plugin of diary routes. */
export function installDiaryHooks(app: FastifyInstance): void {
  app.addHook('onRequest', sessionRequired);
  app.addHook('onSend', noStore);
}
