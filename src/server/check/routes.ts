// GET/POST /check: the "Should I call?" questionnaire as server-rendered forms. Every step posts
// all answers so far, so the flow is complete without JavaScript; /check.js only smooths it.
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { whoToCall } from '../../core/call/who-to-call.js';
import { emergencyNumberFor, parseTriageInput, TRIAGE_RULES } from '../../core/triage/index.js';
import { BASELINE_SELF_CARE } from '../../core/triage/self-care.js';
import type { AppContext } from '../context.js';
import type { UserRow } from '../db/repos/users.js';
import { emergencyTicked } from '../pages/check/answers.js';
import {
  type CheckAnswers,
  type CheckForm,
  formFieldFor,
  NO_ANSWERS,
  nextView,
  parseCheckForm,
  readAnswers,
  type StepNumber,
  sameDayTicked,
  stageOf,
  triageRequestFrom,
} from '../pages/check/form.js';
import { CHECK_OFFLINE_PATH, renderOfflineCheck } from '../pages/check/offline-page.js';
import { renderCheckProblem } from '../pages/check/parts.js';
import { renderCheckResult } from '../pages/check/result-page.js';
import { renderCheckStep, type StepErrors } from '../pages/check/step-page.js';
import { maternityUnitOf, signedInUser } from '../person.js';
import { assess, profilePostpartumWeeks, profileWeek, saveAssessment } from '../triage/assess.js';
import { itemLink } from '../triage/knowledge-links.js';
import { triageRegion } from '../triage/person-context.js';

const FORM_BODY_LIMIT = 32 * 1024;

/** Titles of every Learn item the engine can suggest, for the offline questionnaire to name them. */
function selfCareTitles(ctx: AppContext): Record<string, string> {
  const ids = new Set([...BASELINE_SELF_CARE, ...TRIAGE_RULES.flatMap((rule) => rule.selfCare ?? [])]);
  return Object.fromEntries([...ids].map((id) => [id, itemLink(ctx.knowledge, id).title]));
}

type Person = { user: UserRow | undefined; acceptLanguage: string | undefined };

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

function emergencyFor(ctx: AppContext, person: Person) {
  return emergencyNumberFor(
    triageRegion(person.user?.region, person.acceptLanguage, ctx.config.region).region,
  );
}

function stepPage(
  ctx: AppContext,
  person: Person,
  step: StepNumber,
  answers: CheckAnswers,
  token: string,
  extra: { errors?: StepErrors; needsTick?: boolean } = {},
): string {
  const now = ctx.now();
  const week = profileWeek(ctx, person.user, now);
  const postpartumWeeks = profilePostpartumWeeks(ctx, person.user, now);
  let shownAnswers = answers;
  // The first step starts with the stage the profile gives (a birth date in the last 12 weeks, or a
  // due date) when the question has not been answered yet.
  if (step === 1 && answers.stage === undefined && !extra.errors) {
    if (postpartumWeeks !== undefined) {
      shownAnswers = { ...answers, stage: 'after-birth', postpartumWeeks: String(postpartumWeeks) };
    } else if (week !== undefined) {
      shownAnswers = { ...answers, stage: 'pregnant' };
    }
  }
  // The numbers step starts with the week from the profile's due date when nothing was typed.
  if (step === 5 && answers.week === '' && week !== undefined && !extra.errors) {
    shownAnswers = { ...shownAnswers, week: String(week) };
  }
  return renderCheckStep({
    step,
    answers: shownAnswers,
    token,
    emergency: emergencyFor(ctx, person),
    errors: extra.errors ?? { form: [] },
    profileWeek: week,
    profilePostpartumWeeks: postpartumWeeks,
    needsTick: extra.needsTick ?? false,
  });
}

/** Field messages from the triage parser, placed on the number boxes they belong to. */
function stepErrors(fields: Record<string, string>): StepErrors {
  const errors: {
    form: string[];
    week?: string;
    postpartumWeeks?: string;
    systolic?: string;
    diastolic?: string;
  } = { form: [] };
  const labels = {
    week: 'Week of pregnancy',
    postpartumWeeks: 'Weeks since the birth',
    systolic: 'Top number',
    diastolic: 'Bottom number',
  } as const;
  for (const [path, message] of Object.entries(fields)) {
    const target = formFieldFor(path);
    if (target === 'form') errors.form.push(message);
    else errors[target] ??= `${labels[target]} ${message.replace(/\.$/, '')}.`;
  }
  return errors;
}

async function respond(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  form: CheckForm,
): Promise<FastifyReply> {
  const person: Person = {
    user: await signedInUser(ctx, request),
    acceptLanguage: request.headers['accept-language'],
  };
  const { answers } = form;
  const view = nextView(form, emergencyTicked(answers), sameDayTicked(answers));
  const token = form.token && !(view.kind === 'step' && view.freshToken) ? form.token : randomUUID();

  if (view.kind === 'step') {
    // Names the form itself never writes (a tampered or stale form) are refused here too, by name.
    const findings = parseTriageInput(triageRequestFrom(answers, { numbers: false }));
    if (!findings.ok) {
      const problems = Object.values(findings.error.fields);
      return sendPage(reply, 400, renderCheckProblem(problems, emergencyFor(ctx, person)));
    }
    // Leaving the first screen after the birth needs the weeks since the birth: they decide what is asked.
    if (form.step === 1 && view.step === 2 && stageOf(answers) === 'after-birth') {
      const weeks = postpartumProblem(answers);
      if (weeks !== undefined) {
        return sendPage(reply, 400, stepPage(ctx, person, 1, answers, token, { errors: weeks }));
      }
    }
    const status = view.needsTick ? 400 : 200;
    return sendPage(
      reply,
      status,
      stepPage(ctx, person, view.step, answers, token, { needsTick: view.needsTick ?? false }),
    );
  }

  const read = readAnswers(answers, view.shortCircuit);
  if (!read.ok) {
    const errors = stepErrors(read.fields);
    // Number mistakes go back to the screen with the box (weeks since the birth are on the first);
    // anything else means the form was not ours.
    if (errors.form.length > 0) {
      return sendPage(reply, 400, renderCheckProblem(errors.form, emergencyFor(ctx, person)));
    }
    return sendPage(
      reply,
      400,
      stepPage(ctx, person, errors.postpartumWeeks ? 1 : 5, answers, token, { errors }),
    );
  }
  const now = ctx.now();
  const week = profileWeek(ctx, person.user, now);
  const postpartumWeeks = profilePostpartumWeeks(ctx, person.user, now);
  // The boxes start filled from the profile; left as they were, the numbers still come from the profile.
  let input = read.value;
  if (input.gestationalWeek !== undefined && input.gestationalWeek === week) {
    input = { ...input, gestationalWeek: undefined };
  }
  if (input.postpartumWeeks !== undefined && input.postpartumWeeks === postpartumWeeks) {
    input = { ...input, postpartumWeeks: undefined };
  }
  const assessment = assess(ctx, person.user, person.acceptLanguage, input, now, {
    pregnant: answers.stage === 'pregnant',
    afterBirth: answers.stage === 'after-birth',
  });
  const saved = person.user ? await saveAssessment(ctx, person.user.id, assessment, now, token) : undefined;
  return sendPage(
    reply,
    200,
    renderCheckResult({
      knowledge: ctx.knowledge,
      assessment,
      answers,
      token,
      saved,
      signedIn: person.user !== undefined,
      maternityUnit: maternityUnitOf(person.user),
    }),
  );
}

/** The field message for the weeks since the birth, or undefined when they read. */
function postpartumProblem(answers: CheckAnswers): StepErrors | undefined {
  const parsed = parseTriageInput(triageRequestFrom({ ...answers, findings: [] }, { numbers: true }));
  if (parsed.ok) return undefined;
  const errors = stepErrors(parsed.error.fields);
  return errors.postpartumWeeks ? { form: [], postpartumWeeks: errors.postpartumWeeks } : undefined;
}

export const checkRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Plain HTML forms post urlencoded bodies; only this plugin reads them.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => done(null, new URLSearchParams(body as string)),
  );

  app.get('/check', { schema: { hide: true } }, async (request, reply) => {
    const person: Person = {
      user: await signedInUser(ctx, request),
      acceptLanguage: request.headers['accept-language'],
    };
    return sendPage(reply, 200, stepPage(ctx, person, 1, NO_ANSWERS, randomUUID()));
  });

  // The one-page questionnaire the service worker keeps for when /check cannot reach the server.
  app.get(CHECK_OFFLINE_PATH, { schema: { hide: true } }, async (request, reply) => {
    const person: Person = {
      user: await signedInUser(ctx, request),
      acceptLanguage: request.headers['accept-language'],
    };
    const now = ctx.now();
    const week = profileWeek(ctx, person.user, now);
    const postpartumWeeks = profilePostpartumWeeks(ctx, person.user, now);
    const { region } = triageRegion(person.user?.region, person.acceptLanguage, ctx.config.region);
    // Prefilled as the step pages prefill them, so the same boxes give the same answer online or not.
    const answers: CheckAnswers = {
      ...NO_ANSWERS,
      ...(postpartumWeeks !== undefined
        ? { stage: 'after-birth', postpartumWeeks: String(postpartumWeeks) }
        : week !== undefined
          ? { stage: 'pregnant', week: String(week) }
          : {}),
    };
    return sendPage(
      reply,
      200,
      renderOfflineCheck({
        answers,
        region,
        emergency: emergencyNumberFor(region),
        call: whoToCall({ maternityUnit: maternityUnitOf(person.user), region }),
        profileWeek: week,
        profilePostpartumWeeks: postpartumWeeks,
        selfCareTitles: selfCareTitles(ctx),
      }),
    );
  });

  app.post('/check', { schema: { hide: true } }, async (request, reply) => {
    if (!(request.body instanceof URLSearchParams)) {
      const person: Person = { user: undefined, acceptLanguage: request.headers['accept-language'] };
      return sendPage(
        reply,
        400,
        renderCheckProblem(['Send the questionnaire as a web form.'], emergencyFor(ctx, person)),
      );
    }
    const parsed = parseCheckForm(request.body);
    if (!parsed.ok) {
      const person: Person = {
        user: await signedInUser(ctx, request),
        acceptLanguage: request.headers['accept-language'],
      };
      return sendPage(reply, 400, renderCheckProblem(parsed.problems, emergencyFor(ctx, person)));
    }
    return respond(ctx, request, reply, parsed.form);
  });
};
