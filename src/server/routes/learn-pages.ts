// The server-rendered Learn pages (/learn, /learn/sources, /learn/<id>) and the search results page.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import { ITEM_KINDS, type ItemKind } from '../../content/schema.js';
import type { AppContext } from '../context.js';
import { renderLearnIndex } from '../pages/learn-index.js';
import { renderLearnItem } from '../pages/learn-item.js';
import { renderLearnProblem } from '../pages/learn-not-found.js';
import { renderLearnSources } from '../pages/learn-sources.js';
import { renderSearchPage } from '../pages/search-page.js';
import { searchQuery } from './search.js';

const PAGE_SIZE = 20;

const isKind = (value: string): value is ItemKind => (ITEM_KINDS as readonly string[]).includes(value);
const first = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : Array.isArray(value) && typeof value[0] === 'string'
      ? value[0]
      : undefined;

type StaticPages = { learn: string; sources: string };
/** The knowledge base does not change while the process runs, so its fixed pages are rendered once for it. */
const rendered = new WeakMap<KnowledgeBase, StaticPages>();

function staticPages(kb: KnowledgeBase): StaticPages {
  let pages = rendered.get(kb);
  if (!pages) {
    pages = { learn: renderLearnIndex(kb), sources: renderLearnSources(kb) };
    rendered.set(kb, pages);
  }
  return pages;
}

export const learnPageRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const kb = ctx.knowledge;

  app.get('/learn', { schema: { hide: true } }, async (request, reply) => {
    reply.type('text/html; charset=utf-8');
    const kind = first((request.query as Record<string, unknown>).kind);
    if (kind === undefined || kind === '') return staticPages(kb).learn;
    if (!isKind(kind))
      return reply.status(400).send(renderLearnIndex(kb, { unknownKind: kind.slice(0, 40) }));
    return renderLearnIndex(kb, { kind });
  });

  app.get('/learn/sources', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(staticPages(kb).sources),
  );

  app.get<{ Params: { id: string } }>('/learn/:id', { schema: { hide: true } }, async (request, reply) => {
    reply.type('text/html; charset=utf-8');
    const item = kb.item(request.params.id);
    if (!item) {
      const message = 'There is no page at this address. It may have moved, or the link may be mistyped.';
      return reply.status(404).send(renderLearnProblem({ title: 'Page not found', message, path: '/learn' }));
    }
    return renderLearnItem(kb, item);
  });

  app.get('/search', { schema: { hide: true } }, async (request, reply) => {
    reply.type('text/html; charset=utf-8');
    const raw = first((request.query as Record<string, unknown>).q) ?? '';
    if (raw.trim() === '') return renderSearchPage(kb, { query: '', hits: [], limit: PAGE_SIZE });
    const parsed = searchQuery.safeParse({ q: raw });
    if (!parsed.success) {
      const error = `Your search ${parsed.error.issues[0]?.message ?? 'is not valid'}.`;
      const page = renderSearchPage(kb, { query: raw.slice(0, 200), hits: [], limit: PAGE_SIZE, error });
      return reply.status(400).send(page);
    }
    const hits = kb.search.search(parsed.data.q, PAGE_SIZE);
    return renderSearchPage(kb, { query: parsed.data.q, hits, limit: PAGE_SIZE });
  });
};
