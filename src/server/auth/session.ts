// Session cookies: a random token in the cookie, only its keyed hash in the database.
import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { deleteEndedWindows } from '../db/repos/rate-limits.js';
import {
  deleteExpiredSessions,
  deleteSession,
  insertSession,
  SESSION_DAYS,
  touchSession,
} from '../db/repos/sessions.js';
import { unauthenticated } from '../errors.js';

export const SESSION_COOKIE = 'cw_session';
/**
 * Under https the cookie carries the __Host- prefix: browsers then accept it only from this exact host,
 * Secure, for path / and without a Domain, so a sibling subdomain cannot plant or overwrite it.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

export function sessionCookieName(config: { secureCookies: boolean }): string {
  return config.secureCookies ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

export type Auth = { userId: string; sessionId: string };

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
}

function sessionIdFor(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

function setSessionCookie(reply: FastifyReply, ctx: AppContext, token: string, expiresAt: Date): void {
  reply.setCookie(sessionCookieName(ctx.config), token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: ctx.config.secureCookies,
    expires: expiresAt,
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - ctx.now().getTime()) / 1000)),
  });
}

export async function startSession(ctx: AppContext, reply: FastifyReply, userId: string): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = await insertSession(ctx.db, sessionIdFor(token, ctx.sessionKey), userId, ctx.now());
  setSessionCookie(reply, ctx, token, expiresAt);
}

export async function endSession(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  if (request.auth) {
    ctx.sessions.evict(request.auth.sessionId);
    await deleteSession(ctx.db, request.auth.sessionId);
  }
  reply.clearCookie(sessionCookieName(ctx.config), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.secureCookies,
  });
  request.auth = null;
}

/** Resolves `request.auth` from the cookie for API and page requests; extends the session when due. */
export function installSessionResolution(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('auth', null);
  const cookieName = sessionCookieName(ctx.config);
  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[cookieName];
    if (!token || token.length > 100) return;
    const id = sessionIdFor(token, ctx.sessionKey);
    const now = ctx.now();
    const cached = ctx.sessions.get(id, now);
    if (cached) {
      request.auth = { userId: cached.userId, sessionId: id };
      return;
    }
    const session = await touchSession(ctx.db, id, now);
    if (!session) return;
    ctx.sessions.set(id, session.userId, session.expiresAt, now);
    request.auth = { userId: session.userId, sessionId: id };
    if (session.extended) setSessionCookie(reply, ctx, token, session.expiresAt);
  });
}

const PURGE_EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Expired sessions are deleted at start and every six hours: they are dead, but they name a person.
 * Ended rate-limit windows go with them (a limiter never reads an ended window; this only bounds the table).
 * With several instances each one purges; the deletes are idempotent.
 */
export function installSessionPurge(app: FastifyInstance, ctx: AppContext): void {
  let timer: NodeJS.Timeout | undefined;
  const purge = async () => {
    try {
      const purged = await deleteExpiredSessions(ctx.db, ctx.now());
      if (purged > 0) app.log.info({ purged }, 'expired sessions deleted');
      await deleteEndedWindows(ctx.db, ctx.now());
    } catch (error) {
      app.log.warn({ err: error }, 'could not delete expired sessions; will try again');
    }
  };
  app.addHook('onReady', async () => {
    await purge();
    timer = setInterval(() => void purge(), PURGE_EVERY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}

export function requireAuth(request: FastifyRequest): Auth {
  if (!request.auth) throw unauthenticated();
  return request.auth;
}

export { SESSION_DAYS };
