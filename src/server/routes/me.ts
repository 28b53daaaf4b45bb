// The signed-in person's profile: read, change, delete (with everything that belongs to them).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { ErrorResponse as errorSchema } from '../../contract/error.js';
import { DeleteAccountRequest, Profile, ProfilePatchRequest } from '../../contract/profile.js';
import { BIRTH_DATE_MAX_DAYS_AGO } from '../../core/pregnancy/after-birth.js';
import { calendarDateIn, dueDateFromLastPeriod } from '../../core/pregnancy/gestational-age.js';
import { StoreAttemptCounter } from '../auth/attempt-limiter.js';
import { verifyPassword } from '../auth/password.js';
import { endSession } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { purgeDeletedRows } from '../db/purge.js';
import { deleteUser, type ProfileChanges, updateProfile } from '../db/repos/users.js';
import { AppError, invalidFields } from '../errors.js';
import { rememberLanguage } from '../http/locale.js';
import { requirePerson } from '../person.js';
import { profileView } from './profile-view.js';

/** A due date is accepted from 45 weeks ago (just delivered) to 42 weeks ahead (a pregnancy just begun). */
const EARLIEST_DUE_OFFSET = -45 * 7 + 280;
const LATEST_DUE_OFFSET = 42 * 7;

/** Why a baby's birth date cannot be right on the person's calendar today, or undefined when it can. */
function birthDateProblem(birthDate: string, today: Temporal.PlainDate): string | undefined {
  const daysAgo = Temporal.PlainDate.from(birthDate).until(today, { largestUnit: 'days' }).days;
  if (daysAgo < 0) return 'cannot be in the future: enter the date your baby was born';
  if (daysAgo > BIRTH_DATE_MAX_DAYS_AGO)
    return 'is more than a year ago: this app helps in pregnancy and the months after the birth';
  return undefined;
}

export const meRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/me',
    {
      schema: {
        tags: ['me'],
        summary: 'The signed-in profile with gestational age',
        response: { 200: Profile },
      },
    },
    async (request) => {
      const { user, now } = await requirePerson(ctx, request);
      return profileView(user, ctx.config.defaultTimeZone, now);
    },
  );

  app.patch(
    '/api/me',
    {
      schema: {
        tags: ['me'],
        summary: 'Change profile fields',
        body: ProfilePatchRequest,
        response: { 200: Profile },
      },
    },
    async (request, reply) => {
      const { user, now } = await requirePerson(ctx, request);
      const userId = user.id;
      const body = request.body;
      const fields: Record<string, string> = {};
      if (body.dueDate !== undefined && body.lastPeriodDate !== undefined) {
        fields.lastPeriodDate = 'send either dueDate or lastPeriodDate, not both';
      }
      const changes: ProfileChanges = {};
      if (body.name !== undefined) changes.name = body.name;
      if (body.region !== undefined) changes.region = body.region;
      if (body.timezone !== undefined) changes.timezone = body.timezone;
      if (body.locale !== undefined) changes.locale = body.locale;
      if (body.language !== undefined) changes.language = body.language;
      if (body.maternityUnit !== undefined) {
        changes.maternity_unit_name = body.maternityUnit?.name ?? null;
        changes.maternity_unit_phone = body.maternityUnit?.phone ?? null;
      }
      const timezone = body.timezone ?? user.timezone ?? ctx.config.defaultTimeZone;
      const today = Temporal.PlainDate.from(calendarDateIn(timezone, now));
      const due =
        body.lastPeriodDate !== undefined ? dueDateFromLastPeriod(body.lastPeriodDate) : body.dueDate;
      if (due) {
        const offset = today.until(Temporal.PlainDate.from(due), { largestUnit: 'days' }).days;
        const field = body.lastPeriodDate !== undefined ? 'lastPeriodDate' : 'dueDate';
        if (offset < EARLIEST_DUE_OFFSET) fields[field] ??= 'is too far in the past for a current pregnancy';
        if (offset > LATEST_DUE_OFFSET)
          fields[field] ??= 'is too far in the future: a pregnancy lasts about 40 weeks';
      }
      if (due !== undefined) changes.due_date = due;
      if (body.birthDate !== undefined) {
        const problem = body.birthDate === null ? undefined : birthDateProblem(body.birthDate, today);
        if (problem) fields.birthDate = problem;
        changes.baby_birth_date = body.birthDate;
      }
      if (body.birthYear !== undefined) {
        const age = body.birthYear === null ? null : today.year - body.birthYear;
        if (age !== null && (age < 10 || age > 60))
          fields.birthYear = `must be between ${today.year - 60} and ${today.year - 10}`;
        changes.birth_year = body.birthYear;
      }
      if (Object.keys(fields).length > 0) throw invalidFields(fields);
      const updated = Object.keys(changes).length > 0 ? await updateProfile(ctx.db, userId, changes) : user;
      // This browser follows the new choice at once (the cookie comes before the profile).
      if (body.language !== undefined) rememberLanguage(ctx, reply, body.language);
      return profileView(updated, ctx.config.defaultTimeZone, now);
    },
  );

  // A stolen session must not be able to delete the account, nor to guess the password through this door.
  const deleteFailures = new StoreAttemptCounter(
    ctx.db,
    'delete-account',
    ctx.rateLimits.loginFailuresPerAddressAndAccount,
    ctx.now,
  );

  app.delete(
    '/api/me',
    {
      schema: {
        tags: ['me'],
        summary: 'Delete the account and every record that belongs to it',
        description:
          'Asks for the password again. The rows are removed from the tables at once and, on the embedded store, ' +
          'from the data files and the write-ahead log before the answer.',
        body: DeleteAccountRequest,
        response: { 204: z.null().describe('Deleted.'), 403: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const { user } = await requirePerson(ctx, request);
      const userId = user.id;
      const wait = await deleteFailures.take(userId);
      if (wait > 0) {
        throw new AppError('rate_limited', 'Too many attempts. Try again later.', undefined, {
          'retry-after': String(Math.ceil(wait / 1000)),
        });
      }
      if (!(await verifyPassword(request.body.password, user.password_hash))) {
        throw new AppError('forbidden', 'That is not the password of this account.', {
          password: 'is not the password of this account',
        });
      }
      await deleteFailures.giveBack(userId);
      await deleteUser(ctx.db, userId);
      await purgeDeletedRows(ctx.db as Kysely<unknown>, ctx.storeKind);
      ctx.sessions.evictUser(userId);
      await endSession(ctx, request, reply);
      request.log.info('account deleted');
      return reply.status(204).send(null);
    },
  );
};
