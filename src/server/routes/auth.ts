// Sign-up, log-in and log-out. One generic message for a wrong email or password: no account enumeration.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LoginRequest, SignupRequest } from '../../contract/auth.js';
import { ErrorResponse } from '../../contract/error.js';
import { Profile } from '../../contract/profile.js';
import type { AttemptLimit } from '../auth/attempt-limiter.js';
import { StoreAttemptCounter, slowdownMs } from '../auth/attempt-limiter.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password.js';
import { endSession, startSession } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { createUser, findUserByEmail, normalizeEmail } from '../db/repos/users.js';
import { AppError } from '../errors.js';
import { profileView } from './profile-view.js';

function tooMany(retryMs: number): AppError {
  const seconds = Math.ceil(retryMs / 1000);
  return new AppError(
    'rate_limited',
    `Too many attempts. Try again in ${Math.ceil(seconds / 60)} minutes.`,
    undefined,
    {
      'retry-after': String(seconds),
    },
  );
}

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const limits = ctx.rateLimits;
  const counter = (name: string, limit: AttemptLimit) =>
    new StoreAttemptCounter(ctx.db, name, limit, ctx.now);
  const loginPerIp = counter('login-ip', limits.loginFailuresPerIp);
  const loginPerAddressAndAccount = counter('login-ip-account', limits.loginFailuresPerAddressAndAccount);
  /** Failures against an account from anywhere: they slow its checks down, never refuse them. */
  const failuresPerAccount = counter('login-account', {
    max: 2_000_000_000, // never refuses (the column is an integer)
    windowMs: limits.loginFailuresPerIp.windowMs,
  });
  const signupsPerIp = counter('signup-ip', limits.signupsPerIp);

  /**
   * Checks a password for an account under the limits. Every attempt is counted before the slow hash
   * and given back on success, so a burst cannot pass a check that none of it has yet been counted in.
   * Limits are per address and per (address, account): a stranger cannot lock the owner out; many
   * addresses guessing one account only make each of its checks slower.
   */
  async function checkPassword(ip: string, email: string, password: string, storedHash: string | undefined) {
    const account = normalizeEmail(email);
    const pair = `${ip} ${account}`;
    const ipWait = await loginPerIp.take(ip);
    if (ipWait > 0) throw tooMany(ipWait);
    const pairWait = await loginPerAddressAndAccount.take(pair);
    if (pairWait > 0) {
      await loginPerIp.giveBack(ip);
      throw tooMany(pairWait);
    }
    await failuresPerAccount.take(account);
    const delay = slowdownMs((await failuresPerAccount.count(account)) - 1);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const ok = await verifyPassword(password, storedHash ?? DUMMY_HASH);
    if (!ok || storedHash === undefined) {
      throw new AppError('invalid_credentials', 'That email and password do not match an account.');
    }
    await Promise.all([
      loginPerIp.giveBack(ip),
      loginPerAddressAndAccount.reset(pair),
      failuresPerAccount.giveBack(account),
    ]);
  }

  app.post(
    '/api/auth/signup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an account and start a session',
        description:
          'The answer does not say whether the email is registered: for a registered email with its own password ' +
          'this logs in (201, the same answer as a new account); with any other password it answers the same 401 ' +
          'as a wrong log-in, counted against the log-in limits.',
        body: SignupRequest,
        response: { 201: Profile, 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const ip = request.ip;
      const { email: address, password, name, timezone, region } = request.body;
      // Counted before the hash, so a burst of simultaneous sign-ups cannot pass the hourly limit.
      const wait = await signupsPerIp.take(ip);
      if (wait > 0) throw tooMany(wait);
      const existing = await findUserByEmail(ctx.db, address);
      let user = existing
        ? undefined
        : await createUser(ctx.db, {
            email: address,
            passwordHash: await hashPassword(password),
            name: name ?? null,
            timezone: timezone ?? null,
            region: region ?? null,
          });
      if (!user) {
        // Registered already (or just now, by a simultaneous request): answer as a log-in would.
        const stored = existing ?? (await findUserByEmail(ctx.db, address));
        await checkPassword(ip, address, password, stored?.password_hash);
        user = stored!;
      } else {
        request.log.info({ userId: user.id }, 'account created');
      }
      await startSession(ctx, reply, user.id);
      return reply.status(201).send(profileView(user, ctx.config.defaultTimeZone, ctx.now()));
    },
  );

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in and start a session',
        body: LoginRequest,
        response: { 200: Profile, 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const user = await findUserByEmail(ctx.db, request.body.email);
      await checkPassword(request.ip, request.body.email, request.body.password, user?.password_hash);
      await startSession(ctx, reply, user!.id);
      return profileView(user!, ctx.config.defaultTimeZone, ctx.now());
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'End the current session' } },
    async (request, reply) => {
      await endSession(ctx, request, reply);
      return reply.status(204).send();
    },
  );
};
