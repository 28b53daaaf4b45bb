// "Should I call?" over HTTP: triage a set of answers, and the signed-in person's saved checks.
import type { FastifySchemaValidationError } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DELETE_RESPONSES, ErrorResponse } from '../../contract/error.js';
import {
  TriageCheckIdParams,
  TriageHistory,
  TriageHistoryQuery,
  TriageRequest,
  TriageResponse,
} from '../../contract/triage.js';
import { triageFieldErrors, triageInputError, triageInputFrom } from '../../core/triage/index.js';
import { requireAuth } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { deleteTriageResult, listTriageResults } from '../db/repos/triage-results.js';
import { AppError, notFound } from '../errors.js';
import { localeForPerson } from '../http/locale.js';
import { requirePerson, signedInUser } from '../person.js';
import { assess, saveAssessment } from '../triage/assess.js';
import { historyItem, triageResponse } from '../triage/views.js';

const TRIAGE_DESCRIPTION = [
  'Answers with one level (emergency, urgent, soon, routine, self-care), the action for it with the local',
  'emergency number, the reasons with their sources, self-care items and what to watch for. Never a diagnosis.',
  '',
  'Only the finding names listed here are accepted: an unknown name (e.g. a misspelling) answers 400 with',
  '"Did you mean …?" in `fields`, and so does a value that is not true or false, a week outside 0–45, a',
  'blood pressure out of range or with the diastolic not below the systolic, an unknown top-level field, or',
  'malformed JSON. No finding marked true answers self-care.',
  '',
  'After the birth send postpartumWeeks (0–12) instead of gestationalWeek; sending both is a 400, and so is',
  'a finding that needs the baby inside (reduced_fetal_movement, regular_contractions, fluid_leaking) with',
  'postpartumWeeks. `actionId` says where to go: maternity-unit-now for obstetric urgent signs, seen-today for',
  'other urgent ones.',
  '',
  'The emergency number follows the profile region, else the Accept-Language region, else the server REGION.',
  'Signed in, with neither number sent, postpartumWeeks comes from the profile birth date (within 12 weeks),',
  'else gestationalWeek from the due date; the check is saved to the history.',
].join('\n');

/** Why Fastify's guarded JSON parser refused a body: empty, not JSON, or JSON with a prototype key. */
function jsonProblem(text: string): string {
  if (text.trim() === '')
    return 'is empty: send a JSON object such as {"findings": {"one_leg_swollen": true}}';
  try {
    JSON.parse(text);
    return 'must not contain __proto__ or constructor.prototype keys';
  } catch {
    return 'is not valid JSON';
  }
}

/**
 * The schema's issues, as Fastify hands them over, turned into the triage 400 the CLI and /check give too:
 * the messages are the schema's, with a "Did you mean …?" for each unknown name.
 */
function triageValidationError(errors: FastifySchemaValidationError[]): AppError {
  const issues = errors.map((error) => {
    const keys = error.params.keys;
    return {
      path: error.instancePath.split('/').filter(Boolean),
      message: error.message ?? 'is not valid',
      keys: Array.isArray(keys) ? keys.map(String) : undefined,
    };
  });
  const { message, fields } = triageInputError(triageFieldErrors(issues));
  return new AppError('invalid_input', message, fields);
}

export const triageRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Fastify's own JSON parser (with its prototype-poisoning guard), but a parse failure names the
  // body as the bad field like every other 400 here. Scoped to this plugin.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    parseJson(request, text, (error, value) => {
      if (!error) return done(null, value);
      const problem = jsonProblem(text);
      done(
        new AppError('invalid_input', `The request body ${problem.split(':')[0]}.`, { body: problem }),
        undefined,
      );
    });
  });

  app.post(
    '/api/triage',
    {
      schema: {
        tags: ['triage'],
        summary: 'Should I call? Triage leg pain or cramps in pregnancy',
        description: TRIAGE_DESCRIPTION,
        body: TriageRequest,
        response: { 200: TriageResponse, 400: ErrorResponse },
      },
      schemaErrorFormatter: triageValidationError,
    },
    async (request) => {
      const now = ctx.now();
      const person = await signedInUser(ctx, request);
      const input = triageInputFrom(request.body);
      const assessment = assess(ctx, person, request.headers['accept-language'], input, now);
      const saved = person ? await saveAssessment(ctx, person.id, assessment, now) : undefined;
      const locale = person ? localeForPerson(request, person) : request.locale;
      return triageResponse(ctx.knowledge, assessment, saved, locale);
    },
  );

  app.get(
    '/api/triage/history',
    {
      schema: {
        tags: ['triage'],
        summary: "The signed-in person's saved checks, newest first",
        querystring: TriageHistoryQuery,
        response: { 200: TriageHistory, 401: ErrorResponse },
      },
    },
    async (request) => {
      const { user } = await requirePerson(ctx, request);
      const { limit, before } = request.query;
      const records = await listTriageResults(ctx.db, user.id, { limit, ...(before ? { before } : {}) });
      const locale = localeForPerson(request, user);
      return { items: records.map((record) => historyItem(record, locale)) };
    },
  );

  app.delete(
    '/api/triage/history/:id',
    {
      schema: {
        tags: ['triage'],
        summary: 'Delete one saved check',
        params: TriageCheckIdParams,
        response: DELETE_RESPONSES,
      },
    },
    async (request, reply) => {
      const { userId } = requireAuth(request);
      if (!(await deleteTriageResult(ctx.db, userId, request.params.id))) throw notFound('That check');
      return reply.status(204).send(null);
    },
  );
};
