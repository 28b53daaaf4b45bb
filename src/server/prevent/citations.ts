// Source keys resolved for display, so a page can print the title and link under its figures.
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import type { CitedSource } from '../../contract/nutrition.js';

export function citedSources(knowledge: KnowledgeBase, keys: readonly string[]): CitedSource[] {
  return keys.flatMap((key) => {
    const source = knowledge.source(key);
    return source === undefined
      ? []
      : [{ key, title: source.title, publisher: source.publisher, url: source.url ?? null }];
  });
}
