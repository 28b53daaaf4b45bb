// The clinician report for the signed-in person: as JSON, as a one-page PDF, and as a FHIR R4 Bundle.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../contract/error.js';
import { ReportPdfQuery, ReportQuery, reportSchema } from '../../contract/report.js';
import { calendarDateIn } from '../../core/pregnancy/gestational-age.js';
import type { AppContext } from '../context.js';
import { localeForPerson } from '../http/locale.js';
import { requirePerson } from '../person.js';
import { attachmentHeader, FHIR_JSON_TYPE, loadReportSource, publicOrigin } from '../report/report-source.js';
import { noStore, sessionRequired } from './diary-hooks.js';

const RANGE_DESCRIPTION =
  'from and to are local dates (inclusive) in the person’s time zone; without from the report starts at the ' +
  'first entry, without to it ends today.';
const LANGUAGE_DESCRIPTION =
  'Its words are in lang when given, else in the person’s language (their choice on this browser, then ' +
  'their profile, then Accept-Language); numbers, codes and dates in the data are the same in every language.';

export const reportRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onRequest', sessionRequired);
  app.addHook('onSend', noStore);

  app.get(
    '/api/report',
    {
      schema: {
        tags: ['report'],
        summary: 'The one-page clinician report as data',
        description: RANGE_DESCRIPTION,
        querystring: ReportQuery,
        response: { 200: reportSchema, 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request) => {
      const { user, now } = await requirePerson(ctx, request);
      const { from = null, to = null } = request.query;
      return (await loadReportSource(ctx, user, { from, to }, now)).report();
    },
  );

  app.get(
    '/api/report.pdf',
    {
      schema: {
        tags: ['report'],
        summary: 'The clinician report as a one-page PDF (application/pdf)',
        description: `${RANGE_DESCRIPTION} paper is A4 (default) or LETTER. ${LANGUAGE_DESCRIPTION}`,
        querystring: ReportPdfQuery,
        response: { 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { user, zone, now } = await requirePerson(ctx, request);
      const { from = null, to = null, paper } = request.query;
      const locale = localeForPerson(request, user);
      const pdf = await (await loadReportSource(ctx, user, { from, to }, now)).pdf(paper, locale);
      return (
        reply
          .type('application/pdf')
          .header('content-language', locale)
          .header('content-disposition', attachmentHeader('report', calendarDateIn(zone, now)))
          // Bytes, not JSON: nothing for a response schema to check (the error schemas are for OpenAPI).
          .send(pdf as never)
      );
    },
  );

  app.get(
    '/api/fhir',
    {
      schema: {
        tags: ['report'],
        summary: 'The period as a FHIR R4 Bundle (application/fhir+json)',
        description: `${RANGE_DESCRIPTION} The Bundle is of type collection; see docs/fhir.md. ${LANGUAGE_DESCRIPTION}`,
        querystring: ReportQuery,
        response: {
          200: z.looseObject({ resourceType: z.literal('Bundle') }),
          400: ErrorResponse,
          401: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { user, zone, now } = await requirePerson(ctx, request);
      const { from = null, to = null } = request.query;
      const source = await loadReportSource(ctx, user, { from, to }, now);
      const locale = localeForPerson(request, user);
      const bundle = source.bundle(`${publicOrigin(ctx, request)}/api/fhir`, locale);
      return (
        reply
          .type(FHIR_JSON_TYPE)
          .header('content-language', locale)
          .header('content-disposition', attachmentHeader('fhir', calendarDateIn(zone, now)))
          // Already JSON text, so Fastify sends it as it is under the FHIR media type.
          .send(JSON.stringify(bundle) as never)
      );
    },
  );
};
