// The knowledge base over HTTP: items (all, by kind, one in full with its sources resolved) and the sources.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ITEM_KINDS } from '../../content/schema.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
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
});

export const knowledgeRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const kb = ctx.knowledge;

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
    async (request) => {
      const { kind } = request.query;
      const items = kind ? kb.itemsOfKind(kind) : kb.items;
      return { items: items.map(itemSummaryView) };
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
    async (request) => {
      const item = kb.item(request.params.id);
      if (!item) throw notFound('The knowledge item');
      return itemView(kb, item);
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
    async () => ({ sources: kb.sources.map(sourceView) }),
  );
};
