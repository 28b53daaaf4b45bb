// The server-rendered Learn pages (/learn, /learn/sources, /learn/<id>) and the search results page, in the
// request's language: the items come from knowledgeIn(locale), every other word from the `learn` catalog.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import { ITEM_KINDS, type ItemKind } from '../../content/schema.js';
import type { Locale } from '../../i18n/locales.js';
import type { AppContext } from '../context.js';
import { knowledgeIn } from '../localized-knowledge.js';
import { renderLearnIndex } from '../pages/learn-index.js';
import { renderLearnItem } from '../pages/learn-item.js';
import { learnLanguage } from '../pages/learn-language.js';
import { renderLearnNotFound } from '../pages/learn-not-found.js';
import { renderLearnSources } from '../pages/learn-sources.js';
import { renderSearchPage } from '../pages/search-page.js';
import { SEARCH_QUERY_MAX } from './search.js';

const PAGE_SIZE = 20;

const isKind = (value: string): value is ItemKind => (ITEM_KINDS as readonly string[]).includes(value);
const first = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : Array.isArray(value) && typeof value[0] === 'string'
      ? value[0]
      : undefined;

type StaticPages = { learn: string; sources: string };
/**
 * The knowledge base does not change while the process runs, so its fixed pages are rendered once for it;
 * each language's knowledge base (knowledgeIn) is its own key.
 */
const rendered = new WeakMap<KnowledgeBase, StaticPages>();

export const learnPageRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const publicUrl = ctx.config.publicUrl;
  const languageOf = (locale: Locale) => ({
    kb: knowledgeIn(ctx.knowledge, locale),
    lang: learnLanguage(locale, publicUrl),
  });

  function staticPages(locale: Locale): StaticPages {
    const { kb, lang } = languageOf(locale);
    let pages = rendered.get(kb);
    if (!pages) {
      pages = { learn: renderLearnIndex(kb, {}, lang), sources: renderLearnSources(kb, lang) };
      rendered.set(kb, pages);
    }
    return pages;
  }

  // Every page here is in the request's language: caches must key on what chose it.
  app.addHook('onSend', async (request, reply) => {
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      reply.header('content-language', request.locale).header('vary', 'Accept-Language, Cookie');
    }
  });

  app.get('/learn', { schema: { hide: true } }, async (request, reply) => {
    reply.type('text/html; charset=utf-8');
    const kind = first((request.query as Record<string, unknown>).kind);
    if (kind === undefined || kind === '') return staticPages(request.locale).learn;
    const { kb, lang } = languageOf(request.locale);
    if (!isKind(kind))
      return reply.status(400).send(renderLearnIndex(kb, { unknownKind: kind.slice(0, 40) }, lang));
    return renderLearnIndex(kb, { kind }, lang);
  });

  app.get('/learn/sources', { schema: { hide: true } }, async (request, reply) =>
    reply.type('text/html; charset=utf-8').send(staticPages(request.locale).sources),
  );

  app.get<{ Params: { id: string } }>('/learn/:id', { schema: { hide: true } }, async (request, reply) => {
    reply.type('text/html; charset=utf-8');
    const { kb, lang } = languageOf(request.locale);
    const item = kb.item(request.params.id);
    if (!item) return reply.status(404).send(renderLearnNotFound('/learn', lang));
    return renderLearnItem(kb, item, lang);
  });

  app.get('/search', { schema: { hide: true } }, async (request, reply) => {
    reply.type('text/html; charset=utf-8');
    const { kb, lang } = languageOf(request.locale);
    const raw = (first((request.query as Record<string, unknown>).q) ?? '').trim();
    if (raw === '') return renderSearchPage(kb, { query: '', hits: [], limit: PAGE_SIZE }, lang);
    if (raw.length > SEARCH_QUERY_MAX) {
      const error = { tooLongOver: SEARCH_QUERY_MAX };
      const page = renderSearchPage(
        kb,
        { query: raw.slice(0, 200), hits: [], limit: PAGE_SIZE, error },
        lang,
      );
      return reply.status(400).send(page);
    }
    // The language's own search: a Russian page finds Russian items only.
    const hits = kb.search.search(raw, PAGE_SIZE);
    return renderSearchPage(kb, { query: raw, hits, limit: PAGE_SIZE }, lang);
  });
};
