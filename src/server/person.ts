// The signed-in person a route acts for: their row, their time zone and the moment the request is answered.
import type { FastifyRequest } from 'fastify';
import { requireAuth } from './auth/session.js';
import type { AppContext } from './context.js';
import { findUserById, type UserRow } from './db/repos/users.js';
import { unauthenticated } from './errors.js';

export type Person = { user: UserRow; zone: string; now: Date };

/**
 * The person behind the session, or a 401: a session whose account was deleted meanwhile counts as none.
 * `zone` is their IANA time zone (the server's default when they never set one).
 */
export async function requirePerson(ctx: AppContext, request: FastifyRequest): Promise<Person> {
  const { userId } = requireAuth(request);
  const user = await findUserById(ctx.db, userId);
  if (!user) throw unauthenticated();
  return { user, zone: user.timezone ?? ctx.config.defaultTimeZone, now: ctx.now() };
}
