// GET /api/search: the knowledge base searched with lay words, typos and whole questions.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ITEM_KINDS } from '../../content/schema.js';
import { SEARCH_LOCALES } from '../../content/search/languages.js';
import type { AppContext } from '../context.js';
import { KIND_LABELS_BY_LOCALE, localizedSearch } from '../search/localized-search.js';

export const SEARCH_QUERY_MAX = 200;

export const searchQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, 'type something to search for')
    .max(SEARCH_QUERY_MAX, `must be at most ${SEARCH_QUERY_MAX} characters`),
  limit: z.coerce
    .number({ error: 'must be a whole number from 1 to 50' })
    .int('must be a whole number from 1 to 50')
    .min(1, 'must be a whole number from 1 to 50')
    .max(50, 'must be a whole number from 1 to 50')
    .default(10),
  // The page's language: only items written in it are searched, and answered. Locale negotiation (cookie,
  // profile, Accept-Language) resolves to one of these before it reaches the search.
  lang: z
    .enum(SEARCH_LOCALES, { error: `must be one of ${SEARCH_LOCALES.join(', ')}` })
    .default('en')
    .describe('The language to search and answer in'),
});

const hitSchema = z.object({
  id: z.string(),
  kind: z.enum(ITEM_KINDS),
  kindLabel: z.string().describe('The kind in plain words, as the pages show it (e.g. "Warning sign")'),
  title: z.string(),
  snippet: z.string().describe('A short plain-text excerpt around the best match'),
  score: z.number(),
});

export const searchRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/search',
    {
      schema: {
        tags: ['knowledge'],
        summary: 'Search the knowledge base in one language (words, brand names, typos or a whole question)',
        querystring: searchQuery,
        response: { 200: z.object({ results: z.array(hitSchema) }) },
      },
    },
    async (request) => {
      const { q, limit, lang } = request.query;
      const labels = KIND_LABELS_BY_LOCALE[lang];
      return {
        results: localizedSearch(ctx.knowledge, lang)
          .search(q, limit)
          .map((hit) => ({ ...hit, kindLabel: labels[hit.kind] })),
      };
    },
  );
};
