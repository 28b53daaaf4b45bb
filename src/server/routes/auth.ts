// Sign-up, log-in and log-out. One generic message for a wrong email or password: no account enumeration.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidTimeZone } from '../../core/pregnancy/time-zones.js';
import { AttemptLimiter } from '../auth/attempt-limiter.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password.js';
import { endSession, startSession } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { createUser, findUserByEmail, normalizeEmail } from '../db/repos/users.js';
import { AppError } from '../errors.js';
import { profileSchema, profileView } from './profile-view.js';

const email = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be a valid email address'));
const newPassword = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');

const signupBody = z.strictObject({
  email,
  password: newPassword,
  name: z.string().trim().min(1).max(80).optional(),
  timezone: z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Europe/London').optional(),
  region: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code')
    .transform((s) => s.toUpperCase())
    .optional(),
});

const loginBody = z.strictObject({
  email: z.string().trim().min(1, 'is required').max(254),
  password: z.string().min(1, 'is required').max(200),
});

const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

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
  const loginPerIp = new AttemptLimiter(ctx.rateLimits.loginFailuresPerIp);
  const loginPerAccount = new AttemptLimiter(ctx.rateLimits.loginFailuresPerAccount);
  const signupFailuresPerIp = new AttemptLimiter(ctx.rateLimits.signupFailuresPerIp);
  const signupsPerIp = new AttemptLimiter(ctx.rateLimits.signupsPerIp);

  app.post(
    '/api/auth/signup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an account and start a session',
        body: signupBody,
        response: { 201: profileSchema, 400: errorSchema, 409: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const ip = request.ip;
      const wait = Math.max(signupFailuresPerIp.retryAfter(ip), signupsPerIp.retryAfter(ip));
      if (wait > 0) throw tooMany(wait);
      const { email: address, password, name, timezone, region } = request.body;
      const user = await createUser(ctx.db, {
        email: address,
        passwordHash: await hashPassword(password),
        name: name ?? null,
        timezone: timezone ?? null,
        region: region ?? null,
      });
      signupsPerIp.fail(ip);
      if (!user) {
        signupFailuresPerIp.fail(ip);
        throw new AppError('email_taken', 'An account with this email already exists. Try logging in.', {
          email: 'is already registered',
        });
      }
      await startSession(ctx, reply, user.id);
      request.log.info({ userId: user.id }, 'account created');
      return reply.status(201).send(profileView(user, ctx.config.defaultTimeZone, ctx.now()));
    },
  );

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in and start a session',
        body: loginBody,
        response: { 200: profileSchema, 400: errorSchema, 401: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const ipKey = request.ip;
      const accountKey = normalizeEmail(request.body.email);
      const wait = Math.max(loginPerIp.retryAfter(ipKey), loginPerAccount.retryAfter(accountKey));
      if (wait > 0) throw tooMany(wait);
      const user = await findUserByEmail(ctx.db, request.body.email);
      const ok = await verifyPassword(request.body.password, user?.password_hash ?? DUMMY_HASH);
      if (!user || !ok) {
        loginPerIp.fail(ipKey);
        loginPerAccount.fail(accountKey);
        throw new AppError('invalid_credentials', 'That email and password do not match an account.');
      }
      loginPerAccount.reset(accountKey);
      await startSession(ctx, reply, user.id);
      return profileView(user, ctx.config.defaultTimeZone, ctx.now());
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
