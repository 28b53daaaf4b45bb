// My plan: GET/PUT /api/plan, the private calendar feed and its token, and the phones that get reminders.
// The rules are in src/core/plan and src/server/plan; these handlers parse, call and reply.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../contract/error.js';
import {
  IcsTokenResponse,
  PlanFeedQuery,
  PlanResponse,
  PushKeyResponse,
  PushSubscriptionRequest,
  PushUnsubscribeRequest,
  PutPlanRequest,
} from '../../contract/plan.js';
import { calendarDateIn } from '../../core/pregnancy/gestational-age.js';
import { isValidTimeZone } from '../../core/pregnancy/time-zones.js';
import { DEFAULT_LOCALE, isLocale } from '../../i18n/locales.js';
import type { AppContext } from '../context.js';
import { liveFeedToken, personOfFeedToken, rotateFeedToken } from '../db/repos/plan-feed-tokens.js';
import { listPlanSteps, replacePlanSteps } from '../db/repos/plan-steps.js';
import { deletePushSubscription, savePushSubscription } from '../db/repos/push-subscriptions.js';
import { findUserById } from '../db/repos/users.js';
import { AppError, invalidFields, notFound } from '../errors.js';
import { localeForPerson } from '../http/locale.js';
import { requirePerson } from '../person.js';
import { buildPlanCalendar } from '../plan/ics.js';
import { checkPlanChoice, feedEventId, loadPlanView, timedStepsOf } from '../plan/plan-service.js';
import { calendarName } from '../plan/plan-words.js';
import { endpointProblem } from '../plan/web-push.js';
import { noStore, sessionRequired } from './diary-hooks.js';

export type PlanRouteOptions = {
  ctx: AppContext;
  /** The server's VAPID keys, or null when Web Push is off (no PUSH_SUBJECT). */
  vapidPublicKey: (() => Promise<string>) | null;
  /** Tests only: accept a plain-http loopback push endpoint. */
  allowLoopbackHttp: boolean;
};

const FEED_PATH = '/api/plan.ics';

function origin(ctx: AppContext, request: { protocol: string; host: string }): string {
  return ctx.config.publicUrl?.replace(/\/+$/, '') ?? `${request.protocol}://${request.host}`;
}

const pushOff = () =>
  new AppError(
    'unavailable',
    'Reminders on the phone are not set up on this server. The calendar link works without them.',
  );

/** The feed: no cookie (calendar apps have none), so it sits outside the session hook. */
const feedRoute: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    FEED_PATH,
    {
      schema: {
        tags: ['plan'],
        summary: 'The private calendar feed of the plan (text/calendar, no cookie)',
        description:
          'One daily event per timed step at the person’s wall-clock time in her own zone (VTIMEZONE, ' +
          'RRULE:FREQ=DAILY, a VALARM). Titles carry no health words. An unknown or rotated token is 404.',
        querystring: PlanFeedQuery,
        response: { 200: z.string(), 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const userId = await personOfFeedToken(ctx.db, request.query.token);
      const user = userId === undefined ? undefined : await findUserById(ctx.db, userId);
      if (!user) throw notFound('That calendar link');
      const zone =
        user.timezone && isValidTimeZone(user.timezone) ? user.timezone : ctx.config.defaultTimeZone;
      const now = ctx.now();
      // A calendar app sends no cookie and no useful Accept-Language: the profile's language, else English.
      const locale = isLocale(user.language) ? user.language : DEFAULT_LOCALE;
      const body = buildPlanCalendar({
        timeZone: zone,
        steps: timedStepsOf(ctx.knowledge, await listPlanSteps(ctx.db, user.id), locale).map((step) => ({
          ...step,
          id: feedEventId(step.id),
        })),
        startDate: calendarDateIn(zone, now),
        uidDomain: new URL(origin(ctx, request)).hostname,
        now,
        calendarName: calendarName(locale),
        language: locale,
      });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-language', locale)
        .header('cache-control', 'no-store')
        .header('content-disposition', 'inline; filename="plan.ics"')
        .send(body);
    },
  );
};

const personRoutes: FastifyPluginAsyncZod<PlanRouteOptions> = async (app, options) => {
  const { ctx } = options;
  app.addHook('onRequest', sessionRequired);
  app.addHook('onSend', noStore);

  const feedUrl = (request: { protocol: string; host: string }, token: string) =>
    `${origin(ctx, request)}${FEED_PATH}?token=${encodeURIComponent(token)}`;

  const answer = async (request: Parameters<typeof requirePerson>[1]) => {
    const person = await requirePerson(ctx, request);
    const [view, token] = await Promise.all([
      loadPlanView(ctx.db, ctx.knowledge, person, localeForPerson(request, person.user)),
      liveFeedToken(ctx.db, ctx.sessionKey, person.user.id, person.now),
    ]);
    return { ...view, icsUrl: feedUrl(request, token) };
  };

  app.get(
    '/api/plan',
    {
      schema: {
        tags: ['plan'],
        summary: 'My plan: chosen steps, suggestions with the reasons, 14 days of adherence, the feed URL',
        response: { 200: PlanResponse, 401: ErrorResponse },
      },
    },
    async (request) => answer(request),
  );

  app.put(
    '/api/plan',
    {
      schema: {
        tags: ['plan'],
        summary: 'Replace the plan’s steps (in order, each with an optional HH:MM time)',
        description:
          'Only prevention, relief and everyday-life items whose safety verdict allows them: an "avoid" or ' +
          '"not recommended" item, an unknown id or a bad time is a 400 naming the field (steps.0.id).',
        body: PutPlanRequest,
        response: { 200: PlanResponse, 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request) => {
      const { user } = await requirePerson(ctx, request);
      const checked = checkPlanChoice(ctx.knowledge, request.body.steps);
      if (!checked.ok) throw invalidFields(checked.fields);
      await replacePlanSteps(ctx.db, user.id, checked.steps);
      return answer(request);
    },
  );

  app.post(
    '/api/plan/ics-token',
    {
      schema: {
        tags: ['plan'],
        summary: 'Replace the calendar link: the old one answers 404 from now on',
        response: { 200: IcsTokenResponse, 401: ErrorResponse },
      },
    },
    async (request) => {
      const { user, now } = await requirePerson(ctx, request);
      return { icsUrl: feedUrl(request, await rotateFeedToken(ctx.db, ctx.sessionKey, user.id, now)) };
    },
  );

  app.get(
    '/api/plan/push-key',
    {
      schema: {
        tags: ['plan'],
        summary: 'The server’s VAPID public key, for the browser’s push subscription',
        response: { 200: PushKeyResponse, 401: ErrorResponse, 503: ErrorResponse },
      },
    },
    async () => {
      if (!options.vapidPublicKey) throw pushOff();
      return { publicKey: await options.vapidPublicKey() };
    },
  );

  app.post(
    '/api/plan/push-subscription',
    {
      schema: {
        tags: ['plan'],
        summary: 'Send plan reminders to this browser (its push subscription)',
        body: PushSubscriptionRequest,
        response: { 204: z.null(), 400: ErrorResponse, 401: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request, reply) => {
      if (!options.vapidPublicKey) throw pushOff();
      const { user, now } = await requirePerson(ctx, request);
      const problem = endpointProblem(request.body.endpoint, options.allowLoopbackHttp);
      if (problem) throw invalidFields({ endpoint: problem });
      await savePushSubscription(ctx.db, user.id, request.body, now);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/plan/push-subscription',
    {
      schema: {
        tags: ['plan'],
        summary: 'Stop plan reminders to this browser',
        body: PushUnsubscribeRequest,
        response: { 204: z.null(), 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { user } = await requirePerson(ctx, request);
      if (!(await deletePushSubscription(ctx.db, user.id, request.body.endpoint)))
        throw notFound('That reminder subscription');
      return reply.status(204).send(null);
    },
  );
};

export const planRoutes: FastifyPluginAsyncZod<PlanRouteOptions> = async (app, options) => {
  await app.register(feedRoute, { ctx: options.ctx });
  await app.register(personRoutes, options);
};
