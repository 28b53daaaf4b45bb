// The signed-in person a route acts for: their row, their time zone and the moment the request is answered.
import type { FastifyRequest } from 'fastify';
import type { MaternityUnit } from '../core/call/who-to-call.js';
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
  // The error boundary answers in the person's language (src/server/http/error-handler.ts).
  request.personLanguage = user.language;
  return { user, zone: user.timezone ?? ctx.config.defaultTimeZone, now: ctx.now() };
}

/** For pages and routes that anyone may use: the signed-in person's row, or undefined (signed out, or gone). */
export async function signedInUser(ctx: AppContext, request: FastifyRequest): Promise<UserRow | undefined> {
  const user = request.auth ? await findUserById(ctx.db, request.auth.userId) : undefined;
  if (user) request.personLanguage = user.language;
  return user;
}

/** The profile's own maternity unit or triage line, when both its name and number are saved. */
export function maternityUnitOf(user: UserRow | undefined): MaternityUnit | undefined {
  if (!user?.maternity_unit_name || !user.maternity_unit_phone) return undefined;
  return { name: user.maternity_unit_name, phone: user.maternity_unit_phone };
}
