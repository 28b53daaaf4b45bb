// Lab results explained: the closed analyte list (public) and one result interpreted for the signed-in
// person's stage of pregnancy or after the birth. The rules live in core/labs; this adapter is thin.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../contract/error.js';
import { LabAnalytesResponse, LabInterpretRequest, LabInterpretResponse } from '../../contract/labs.js';
import { labCatalogue } from '../../core/labs/catalogue.js';
import { interpretLab } from '../../core/labs/interpret.js';
import type { AppContext } from '../context.js';
import { invalidFields } from '../errors.js';
import { localeForPerson } from '../http/locale.js';
import { analytesIn, interpretationIn } from '../labs/words.js';
import { requirePerson } from '../person.js';
import { citedSources } from '../prevent/citations.js';
import { stageOf } from '../prevent/person-facts.js';
import { noStore } from './diary-hooks.js';

export const labRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const catalogue = labCatalogue();

  app.get(
    '/api/labs/analytes',
    {
      schema: {
        tags: ['prevent'],
        summary:
          'The results the explainer takes, with plain names (in the request’s language) and the units each may be printed in',
        response: { 200: LabAnalytesResponse },
      },
    },
    // Public: the names follow the request's language, so caches must keep one copy per language.
    async (request, reply) => {
      reply.header('content-language', request.locale).header('vary', 'Accept-Language, Cookie');
      return analytesIn(catalogue, request.locale);
    },
  );

  app.post(
    '/api/labs/interpret',
    {
      onSend: noStore,
      schema: {
        tags: ['prevent'],
        summary: 'One lab result explained: conversions, corrected calcium, range, flag and questions to ask',
        description:
          'The lab’s own range wins where given. The stage (week of pregnancy or weeks since birth) comes from the ' +
          'profile; without one, common adult ranges are used. Never a diagnosis. Its words are in the person’s ' +
          'language; ids, numbers, units, flags and the contact-today decision are the same in every language.',
        body: LabInterpretRequest,
        response: { 200: LabInterpretResponse, 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request) => {
      const { user, zone, now } = await requirePerson(ctx, request);
      const stage = stageOf(user, zone, now);
      const result = interpretLab(request.body, stage);
      if (!result.ok) {
        const fields: Record<string, string> = {};
        for (const error of result.errors) fields[error.field] ??= error.message;
        throw invalidFields(fields);
      }
      return interpretationIn(
        { ...result.value, stage, cited: citedSources(ctx.knowledge, result.value.sources) },
        localeForPerson(request, user),
      );
    },
  );
};
