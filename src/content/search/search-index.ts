// Full-text search over the knowledge items with MiniSearch: titles and aliases weigh most, typed words
// may be misspelt or half-typed, lay words find clinical ones. Pure: it is given the items, reads nothing.
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { safetyLabel } from '../safety-label.js';
import type { ItemKind, Safety } from '../schema.js';
import { intentBoost } from './intents.js';
import { type Concept, parseQuery } from './query.js';
import { makeSnippet, type SnippetSource, snippetSource } from './snippet.js';
import { createSpeller } from './spelling.js';
import { indexTerm, tokenize } from './text.js';

export type SearchableItem = {
  id: string;
  kind: ItemKind;
  title: string;
  aliases: readonly string[];
  summary: string;
  /** The details as plain text (Markdown removed). */
  detailsText: string;
  safety?: Safety | undefined;
};

export type SearchHit = { id: string; kind: ItemKind; title: string; snippet: string; score: number };

export type KnowledgeSearch = {
  search: (query: string, limit?: number) => SearchHit[];
  readonly size: number;
};

type Doc = { id: string; title: string; aliases: string; summary: string; details: string; safety: string };

const FIELD_BOOST = { title: 3, aliases: 2.5, summary: 1.5, details: 1, safety: 0.7 };
/** A typed word this long may be the start of a longer one (results as you type). */
const PREFIX_FROM_LENGTH = 3;
/** Results scoring below this share of the best one are noise (a shared word like "cramp"), not answers. */
const MIN_SHARE_OF_BEST = 0.05;
/** What an item of the asked-for kind scores when the question names no subject. */
const INTENT_ONLY_SCORE = 0.2;

function safetyText(safety: Safety | undefined): string {
  if (!safety) return '';
  const trimesters = (safety.trimesters ?? []).map((t) => `trimester${t}`).join(' ');
  return `${safetyLabel(safety)} ${trimesters} ${safety.reason}`;
}

function conceptQuery(concept: Concept): Query {
  return {
    combineWith: 'OR',
    queries: concept.variants.map((variant) => ({
      combineWith: 'AND',
      queries: [variant.text],
      boostTerm: () => variant.weight,
      prefix: (term: string) => variant.loose && term.length >= PREFIX_FROM_LENGTH,
    })),
  };
}

/** Each indexed word with the number of items using it. */
function vocabularyOf(docs: readonly Doc[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    const words = new Set<string>();
    for (const text of [doc.title, doc.aliases, doc.summary, doc.details, doc.safety]) {
      for (const token of tokenize(text)) {
        const term = indexTerm(token);
        if (term) words.add(term);
      }
    }
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

type Tally = { score: number; covered: number; terms: Set<string> };

export function buildSearchIndex(items: readonly SearchableItem[]): KnowledgeSearch {
  const byId = new Map(items.map((item) => [item.id, item]));
  const snippetSources = new Map<string, SnippetSource[]>(
    items.map((item) => [item.id, [snippetSource(item.summary), snippetSource(item.detailsText)]]),
  );
  const mini = new MiniSearch<Doc>({
    fields: ['title', 'aliases', 'summary', 'details', 'safety'],
    tokenize,
    processTerm: indexTerm,
    searchOptions: { boost: FIELD_BOOST },
  });
  const docs: Doc[] = items.map((item) => ({
    id: item.id,
    title: item.title,
    aliases: item.aliases.join(' · '),
    summary: item.summary,
    details: item.detailsText,
    safety: safetyText(item.safety),
  }));
  mini.addAll(docs);
  const total = items.length;
  const speller = createSpeller(vocabularyOf(docs));

  function search(query: string, limit = 10): SearchHit[] {
    const { concepts, intents, onlyIntent } = parseQuery(query, speller.correct);
    if (concepts.length === 0 && !onlyIntent) return [];
    const tallies = new Map<string, Tally>();
    let allWeight = 0;
    for (const concept of concepts) {
      const results: SearchResult[] = mini.search(conceptQuery(concept));
      if (results.length === 0) continue; // an unknown word neither helps nor blocks
      // Rare concepts count for more than words most items share ("cramp"): each concept adds at most
      // its weight, shared out by how well each item matches it.
      const weight = Math.log(1 + total / results.length);
      const scores = results.map((r) => r.score / Math.sqrt(Math.max(1, r.queryTerms.length)));
      const best = Math.max(...scores);
      allWeight += weight;
      results.forEach((r, k) => {
        const tally = tallies.get(r.id) ?? { score: 0, covered: 0, terms: new Set<string>() };
        tally.score += (weight * scores[k]!) / best;
        tally.covered += weight;
        for (const term of r.terms) tally.terms.add(term);
        tallies.set(r.id, tally);
      });
    }
    if (onlyIntent) {
      // No subject: the answers are the items of the kind asked for, led by those mentioning the words.
      for (const item of items) {
        const answers = intentBoost(intents, { kind: item.kind, hasSafety: item.safety !== undefined }) > 1;
        const tally = tallies.get(item.id);
        if (!answers) tallies.delete(item.id);
        else if (tally) tally.score += INTENT_ONLY_SCORE;
        else tallies.set(item.id, { score: INTENT_ONLY_SCORE, covered: allWeight, terms: new Set() });
      }
    }
    // AND-ish: items covering every concept come first; the rest stay as the OR fallback, ranked lower.
    const ranked = [...tallies.entries()]
      .map(([id, tally]) => {
        const item = byId.get(id)!;
        const coverage = allWeight > 0 ? tally.covered / allWeight : 1;
        const boost = intentBoost(intents, { kind: item.kind, hasSafety: item.safety !== undefined });
        return { item, tally, score: tally.score * coverage * coverage * boost };
      })
      .sort((a, b) => b.score - a.score || a.item.id.localeCompare(b.item.id));
    const floor = (ranked[0]?.score ?? 0) * MIN_SHARE_OF_BEST;
    const kept = ranked.filter((r) => r.score > 0 && r.score >= floor).slice(0, limit);
    return kept.map(({ item, tally, score }) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      snippet: makeSnippet(snippetSources.get(item.id)!, tally.terms),
      score: Math.round(score * 1000) / 1000,
    }));
  }

  return { search, size: total };
}
