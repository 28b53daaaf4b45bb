// The person's share links: make one, list them with who opened them, revoke one.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../contract/error.js';
import { CreatedShare, CreateShareRequest, ShareIdParams, ShareList } from '../../contract/shares.js';
import type { AppContext } from '../context.js';
import { revokeShare } from '../db/repos/shares.js';
import { notFound } from '../errors.js';
import { requirePerson } from '../person.js';
import { publicOrigin } from '../report/report-source.js';
import { createShare, shareList } from '../share/shares.js';
import { noStore, sessionRequired } from './diary-hooks.js';

export const shareRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onRequest', sessionRequired);
  app.addHook('onSend', noStore);

  app.post(
    '/api/shares',
    {
      schema: {
        tags: ['shares'],
        summary: 'Make a link to the report that works without an account until it expires or is revoked',
        description:
          'The answer carries the link, its QR code and its SMART Health Link once: only a hash of the link ' +
          'is stored.',
        body: CreateShareRequest,
        response: { 201: CreatedShare, 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { user, now } = await requirePerson(ctx, request);
      const created = await createShare(ctx, user, request.body, publicOrigin(ctx, request), now);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/shares',
    {
      schema: {
        tags: ['shares'],
        summary: 'The person’s share links, newest first, each with its access log',
        response: { 200: ShareList, 401: ErrorResponse },
      },
    },
    async (request) => {
      const { user, now } = await requirePerson(ctx, request);
      return shareList(ctx, user.id, now);
    },
  );

  app.delete(
    '/api/shares/:id',
    {
      schema: {
        tags: ['shares'],
        summary: 'Revoke a share link: from now on it answers 404',
        params: ShareIdParams,
        response: {
          204: z.null().describe('Revoked'),
          400: ErrorResponse,
          401: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { user, now } = await requirePerson(ctx, request);
      if (!(await revokeShare(ctx.db, user.id, request.params.id, now))) throw notFound('That share link');
      return reply.status(204).send(null);
    },
  );
};
