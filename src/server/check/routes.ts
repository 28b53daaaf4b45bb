// GET/POST /check: the "Should I call?" questionnaire as server-rendered forms. Every step posts
// all answers so far, so the flow is complete without JavaScript; /check.js only smooths it.
// What each request answers is decided by the pure functions in flow.ts; this file only reads the
// request, saves a signed-in person's result and sends the page.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { signedInUser } from '../person.js';
import { saveAssessment } from '../triage/assess.js';
import {
  type CheckView,
  type CheckVisitor,
  checkProblem,
  checkView,
  firstStep,
  offlineCheck,
} from './flow.js';
import { parseCheckForm } from './form.js';
import { CHECK_OFFLINE_PATH } from './offline-page.js';
import { renderCheckResult } from './result-page.js';

const FORM_BODY_LIMIT = 32 * 1024;

function sendPage(reply: FastifyReply, status: number, html: string) {
  return (
    reply
      .status(status)
      .type('text/html; charset=utf-8')
      // Private and revalidated, but not no-store: the browser's Back can then show a step again
      // from its own cache instead of asking to resend the form.
      .header('cache-control', 'private, no-cache')
      .header('vary', 'Cookie, Accept-Language')
      .send(html)
  );
}

export const checkRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Plain HTML forms post urlencoded bodies; only this plugin reads them.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => done(null, new URLSearchParams(body as string)),
  );

  const visitorOf = async (request: FastifyRequest): Promise<CheckVisitor> => ({
    user: await signedInUser(ctx, request),
    acceptLanguage: request.headers['accept-language'],
    locale: request.locale,
  });

  /** Sends the view; a result is saved first for a signed-in person, under the form's token. */
  async function answer(reply: FastifyReply, visitor: CheckVisitor, view: CheckView, now: Date) {
    if (view.kind === 'page') return sendPage(reply, view.status, view.html);
    const saved = visitor.user
      ? await saveAssessment(ctx, visitor.user.id, view.assessment, now, view.token)
      : undefined;
    return sendPage(reply, 200, renderCheckResult({ ...view.page, saved }));
  }

  app.get('/check', { schema: { hide: true } }, async (request, reply) => {
    const visitor = await visitorOf(request);
    const now = ctx.now();
    return answer(reply, visitor, firstStep(ctx, visitor, now), now);
  });

  app.get(CHECK_OFFLINE_PATH, { schema: { hide: true } }, async (request, reply) => {
    const visitor = await visitorOf(request);
    const now = ctx.now();
    return answer(reply, visitor, offlineCheck(ctx, visitor, now), now);
  });

  app.post('/check', { schema: { hide: true } }, async (request, reply) => {
    if (!(request.body instanceof URLSearchParams)) {
      // Not a web form: nobody's profile is read for a body that is not even ours.
      const visitor: CheckVisitor = { user: undefined, acceptLanguage: request.headers['accept-language'] };
      return answer(
        reply,
        visitor,
        checkProblem(ctx, visitor, ['Send the questionnaire as a web form.']),
        ctx.now(),
      );
    }
    const visitor = await visitorOf(request);
    const now = ctx.now();
    const parsed = parseCheckForm(request.body);
    const view = parsed.ok
      ? checkView(ctx, parsed.form, visitor, now)
      : checkProblem(ctx, visitor, parsed.problems);
    return answer(reply, visitor, view, now);
  });
};
