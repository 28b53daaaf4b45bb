// The knowledge base in memory: loaded and checked once per process, then read by the API, the pages and
// search. It refuses to load content with problems, so a server never starts on a broken knowledge base.
import { checkContent } from './checks.js';
import { type ContentProblem, loadContent } from './loader.js';
import { markdownToText, renderMarkdown } from './markdown.js';
import { loadContentMapIds } from './required-ids.js';
import type { ItemKind, KnowledgeItem, Source } from './schema.js';
import { buildSearchIndex, type KnowledgeSearch } from './search/search-index.js';
import { type ArticleTrace, checkTraces, loadTraces } from './trace.js';

export type ItemRef = { id: string; title: string; kind: ItemKind };

export type KnowledgeBase = {
  readonly items: readonly KnowledgeItem[];
  readonly sources: readonly Source[];
  item: (id: string) => KnowledgeItem | undefined;
  itemsOfKind: (kind: ItemKind) => readonly KnowledgeItem[];
  source: (key: string) => Source | undefined;
  related: (item: KnowledgeItem) => ItemRef[];
  /** The item's Markdown details as HTML (raw HTML in the Markdown is escaped). */
  detailsHtml: (id: string) => string;
  /** Items citing a source, by key. */
  citing: (key: string) => readonly KnowledgeItem[];
  /** Claim by claim, where each source article's claims are covered (empty when built without a trace). */
  readonly traces: readonly ArticleTrace[];
  readonly search: KnowledgeSearch;
};

export class KnowledgeBaseError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The knowledge base has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.file}: ${p.message}`).join('\n')}`,
    );
  }
}

function citedKeys(item: KnowledgeItem): Set<string> {
  return new Set([
    ...item.sources,
    ...item.evidence.sources,
    ...item.conflicts.flatMap((c) => [...c.positions.map((p) => p.source), ...c.resolutionSources]),
  ]);
}

/**
 * Builds the in-memory knowledge base from already-loaded content; throws when the content has problems.
 * `readingOrder` lists ids in the order a person would read them; other items follow by id.
 */
export function createKnowledgeBase(
  items: KnowledgeItem[],
  sources: Source[],
  readingOrder: readonly string[] = [],
  traces?: readonly ArticleTrace[],
  /** A search of its own (a translated knowledge base searches with its language's tokeniser). */
  makeSearch?: (items: readonly KnowledgeItem[]) => KnowledgeSearch,
): KnowledgeBase {
  // Content-map coverage is a build and test concern; at run time every reference must resolve.
  const problems = [
    ...checkContent(items, sources, []),
    ...(traces ? checkTraces(traces, items, sources) : []),
  ];
  if (problems.length > 0) throw new KnowledgeBaseError(problems);

  const rank = new Map(readingOrder.map((id, i) => [id, i]));
  const place = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...items].sort((a, b) => place(a.id) - place(b.id) || a.id.localeCompare(b.id));
  const byId = new Map(sorted.map((item) => [item.id, item]));
  const byKind = new Map<ItemKind, KnowledgeItem[]>();
  for (const item of sorted) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
  const byKey = new Map(sources.map((s) => [s.key, s]));
  const citing = new Map<string, KnowledgeItem[]>();
  for (const item of sorted)
    for (const key of citedKeys(item)) citing.set(key, [...(citing.get(key) ?? []), item]);
  const html = new Map(sorted.map((item) => [item.id, renderMarkdown(item.details)]));
  const search = makeSearch
    ? makeSearch(sorted)
    : buildSearchIndex(sorted.map((item) => ({ ...item, detailsText: markdownToText(item.details) })));

  return {
    items: sorted,
    sources,
    item: (id) => byId.get(id),
    itemsOfKind: (kind) => byKind.get(kind) ?? [],
    source: (key) => byKey.get(key),
    related: (item) =>
      item.related.map((id) => {
        const other = byId.get(id)!;
        return { id: other.id, title: other.title, kind: other.kind };
      }),
    detailsHtml: (id) => html.get(id) ?? '',
    citing: (key) => citing.get(key) ?? [],
    traces: traces ?? [],
    search,
  };
}

let cached: KnowledgeBase | undefined;

/** The knowledge base from the content folder, loaded on first use and kept for the life of the process. */
export function loadKnowledgeBase(): KnowledgeBase {
  if (cached) return cached;
  const { items, sources, problems } = loadContent();
  const trace = loadTraces();
  if (problems.length + trace.problems.length > 0)
    throw new KnowledgeBaseError([...problems, ...trace.problems]);
  // The content map lists the items topic by topic, in the order they read best.
  cached = createKnowledgeBase(items, sources, loadContentMapIds().ids, trace.traces);
  return cached;
}
