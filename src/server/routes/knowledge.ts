// The knowledge base over HTTP: items (all, by kind, one in full with its sources resolved) and the sources,
// in the request's language (?lang=, the language cookie, Accept-Language); the JSON's shape never changes.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ITEM_KINDS } from '../../content/schema.js';
import { LOCALES } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import { knowledgeIn } from '../localized-knowledge.js';
import {
  itemSummarySchema,
  itemSummaryView,
  itemView,
  itemViewSchema,
  sourceView,
  sourceViewSchema,
} from './knowledge-view.js';

const kindQuery = z.strictObject({
  kind: z.enum(ITEM_KINDS, { error: `must be one of: ${ITEM_KINDS.join(', ')}` }).optional(),
  // Read by the locale negotiation (src/server/http/locale.ts); named here so a strict query accepts it.
  lang: z
    .enum(LOCALES, { error: `must be one of ${LOCALES.join(', ')}` })
    .optional()
    .describe('The language to answer in'),
});

export const knowledgeRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const inLanguage = (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('content-language', request.locale).header('vary', 'Accept-Language, Cookie');
    return { kb: knowledgeIn(ctx.knowledge, request.locale), intl: serverIntl(request.locale, ['learn']) };
  };

  app.get(
    '/api/knowledge',
    {
      schema: {
        tags: ['knowledge'],
        summary: 'Every knowledge item, or those of one kind',
        querystring: kindQuery,
        response: { 200: z.object({ items: z.array(itemSummarySchema) }) },
      },
    },
    async (request, reply) => {
      const { kb, intl } = inLanguage(request, reply);
      const { kind } = request.query;
      const items = kind ? kb.itemsOfKind(kind) : kb.items;
      return { items: items.map((item) => itemSummaryView(item, intl)) };
    },
  );

  app.get(
    '/api/knowledge/:id',
    {
      schema: {
        tags: ['knowledge'],
        summary: 'One item in full: sources, evidence, safety, disagreements, related items and details',
        params: z.object({ id: z.string().max(120) }),
        response: { 200: itemViewSchema },
      },
    },
    async (request, reply) => {
      const { kb, intl } = inLanguage(request, reply);
      const item = kb.item(request.params.id);
      if (!item) throw notFound('The knowledge item');
      return itemView(kb, item, intl);
    },
  );

  app.get(
    '/api/sources',
    {
      schema: {
        tags: ['knowledge'],
        summary: 'The source registry: every source an item cites',
        response: { 200: z.object({ sources: z.array(sourceViewSchema) }) },
      },
    },
    async (request, reply) => {
      const { kb, intl } = inLanguage(request, reply);
      return { sources: kb.sources.map((source) => sourceView(source, intl)) };
    },
  );
};
