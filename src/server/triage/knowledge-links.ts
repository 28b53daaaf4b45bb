// Titles and pages for the knowledge ids and source keys a triage result names.
import type { KnowledgeBase } from '../../content/knowledge-base.js';

export type ItemLink = { id: string; title: string; href: string };
export type SourceLink = { key: string; title: string; publisher: string; href: string };

/** A knowledge item's title and Learn page; an id missing from the content falls back to the id itself. */
export function itemLink(knowledge: KnowledgeBase, id: string): ItemLink {
  return { id, title: knowledge.item(id)?.title ?? id, href: `/learn/${encodeURIComponent(id)}` };
}

/** A source's title, publisher and its entry on the Learn sources page. */
export function sourceLink(knowledge: KnowledgeBase, key: string): SourceLink {
  const source = knowledge.source(key);
  return {
    key,
    title: source?.title ?? key,
    publisher: source?.publisher ?? '',
    href: `/learn/sources#${encodeURIComponent(key)}`,
  };
}
