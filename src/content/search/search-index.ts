// Full-text search over the knowledge items with MiniSearch: titles and aliases weigh most, typed words
// may be misspelt or half-typed, lay words find clinical ones. Pure: it is given the items, reads nothing.
// The safety answer comes first: when a question asks whether X is safe, or names a medicine, brand or
// remedy, X's own verdict page leads, then any warning sign the question describes, then the rest by score.
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { safetyLabel } from '../safety-label.js';
import { type ItemKind, KINDS_NEEDING_SAFETY, type Safety } from '../schema.js';
import { intentBoost } from './intents.js';
import { type Concept, ENGLISH_QUERY_PARSER, isNoise, type QueryParser } from './query.js';
import {
  type Clip,
  clip,
  makeSnippet,
  type SnippetSource,
  type SnippetWords,
  snippetSourceWith,
  spacedWords,
} from './snippet.js';
import { createSpeller } from './spelling.js';
import { foldedTokens, foldTerm, indexTerm, tokenize } from './text.js';

/** How one language's text becomes search terms, and its tables (through `parser`). */
export type SearchLanguage = {
  /** MiniSearch's tokenize and processTerm, for the items. */
  tokenize: (text: string) => string[];
  indexTerm: (term: string) => string | null;
  /** The same for the variant texts searched, when they differ from the items' (already folded words). */
  searchTokenize?: (text: string) => string[];
  searchTerm?: (term: string) => string | null;
  parser: QueryParser;
  /** The words of an item's title or alias, compared word by word with a variant's. */
  nameWords: (name: string) => string[];
  /** The words of a variant text, as `nameWords` gives them. */
  variantWords: (text: string) => string[];
  /** Typos are corrected against the index's words (not for languages written without spaces). */
  spell: boolean;
  /** A typed word this long may be the start of a longer one. */
  prefixFrom: number;
  /**
   * A word naming more items than this in their titles or aliases is what the question is about in general,
   * not the thing it asks is safe (see MAX_SUBJECT_NAMED).
   */
  maxSubjectNamed?: number;
  snippetWords: SnippetWords;
  snippetLength: number;
  clip: Clip;
};

export const ENGLISH_SEARCH_LANGUAGE: SearchLanguage = {
  tokenize,
  indexTerm,
  parser: ENGLISH_QUERY_PARSER,
  // Stop words out, as in questions: "cramps at night" holds the phrase "cramp night".
  nameWords: (name) => foldedTokens(name).filter((word) => !isNoise(word)),
  variantWords: (text) => text.split(' ').filter((word) => !isNoise(word)),
  spell: true,
  prefixFrom: 3,
  snippetWords: spacedWords(foldTerm),
  snippetLength: 180,
  clip,
};

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
/** Results scoring below this share of the best one are noise (a shared word like "cramp"), not answers. */
const MIN_SHARE_OF_BEST = 0.05;
/** What an item of the asked-for kind scores when the question names no subject. */
const INTENT_ONLY_SCORE = 0.2;
/**
 * Kinds whose safety verdict is about something a person takes or does: the answer to "is X safe?". Nutrient,
 * cause and complication pages carry verdicts too, but they are general pages about intake or a mechanism.
 */
const VERDICT_KINDS: ReadonlySet<ItemKind> = new Set([
  ...KINDS_NEEDING_SAFETY,
  'acupuncture',
  'food',
  'lifestyle',
]);
/**
 * A word naming more items than this in their titles or aliases ("cramp", "leg", "calf") is what the question
 * is about in general, not the thing it asks is safe (about 7% of the items).
 */
const MAX_SUBJECT_NAMED = 12;
/** A word names a thing one takes or does, not a symptom, when this share of the items it names are verdicts. */
const MIN_VERDICT_SHARE = 0.25;
/** A phrase singles out the items it names only when it names a handful ("swollen calf", "calcium tablets"). */
const MAX_PHRASE_NAMED = 5;
/** How many concepts' named items are remembered between questions. */
const NAMED_CACHE_SIZE = 5000;
/** Verdicts matching the thing asked about at least this share as well as the best one are its own verdicts. */
const OWN_SHARE_OF_BEST = 0.8;

function safetyText(safety: Safety | undefined): string {
  if (!safety) return '';
  const trimesters = (safety.trimesters ?? []).map((t) => `trimester${t}`).join(' ');
  return `${safetyLabel(safety)} ${trimesters} ${safety.reason}`;
}

function conceptQuery(concept: Concept, prefixFrom: number): Query {
  return {
    combineWith: 'OR',
    queries: concept.variants.map((variant) => ({
      combineWith: 'AND',
      queries: [variant.text],
      boostTerm: () => variant.weight,
      prefix: (term: string) => variant.loose && term.length >= prefixFrom,
    })),
  };
}

/** Each indexed word with the number of items using it. */
function vocabularyOf(docs: readonly Doc[], language: SearchLanguage): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    const words = new Set<string>();
    for (const text of [doc.title, doc.aliases, doc.summary, doc.details, doc.safety]) {
      for (const token of language.tokenize(text)) {
        const term = language.indexTerm(token);
        if (term) words.add(term);
      }
    }
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

type Tally = {
  score: number;
  covered: number;
  terms: Set<string>;
  /** What each concept (by index) added to the score. */
  parts: Map<number, number>;
};

/** Item names (the title and each alias) as folded word lists, found by any of their words. */
type NameIndex = { namesOf: string[][][]; byWord: Map<string, number[]> };

function nameIndexOf(items: readonly SearchableItem[], language: SearchLanguage): NameIndex {
  const namesOf = items.map((item) => [item.title, ...item.aliases].map(language.nameWords));
  const byWord = new Map<string, number[]>();
  namesOf.forEach((names, index) => {
    for (const word of new Set(names.flat())) byWord.set(word, [...(byWord.get(word) ?? []), index]);
  });
  return { namesOf, byWord };
}

/** Whether `words` occur in `name` word for word, starting at `at`. */
function runAt(name: readonly string[], words: readonly string[], at: number): boolean {
  if (at + words.length > name.length) return false;
  for (let k = 0; k < words.length; k++) if (name[at + k] !== words[k]) return false;
  return true;
}

/** The items whose title or an alias contains one of the concept's forms, word for word. */
function itemsNamedBy(concept: Concept, names: NameIndex, language: SearchLanguage): Set<number> {
  const named = new Set<number>();
  for (const variant of concept.variants) {
    const words = language.variantWords(variant.text);
    if (words.length === 0) continue;
    for (const index of names.byWord.get(words[0]!) ?? []) {
      if (named.has(index)) continue;
      if (names.namesOf[index]!.some((name) => name.some((_, at) => runAt(name, words, at))))
        named.add(index);
    }
  }
  return named;
}

/**
 * Two side-by-side concepts of the question as a phrase, in any of their forms and in the order typed: the
 * items with a title holding it, and those with an alias holding it. The index scores words one by one and
 * would otherwise miss that "swollen calf" belongs together.
 */
function itemsWithPhrase(
  left: Concept,
  right: Concept,
  names: NameIndex,
  language: SearchLanguage,
): { inTitle: Set<number>; inAlias: Set<number> } {
  const inTitle = new Set<number>();
  const inAlias = new Set<number>();
  const lefts = left.variants.map((v) => language.variantWords(v.text)).filter((w) => w.length > 0);
  const rights = right.variants.map((v) => language.variantWords(v.text)).filter((w) => w.length > 0);
  const holds = (name: readonly string[], words: readonly string[]) =>
    name.some(
      (_, at) => runAt(name, words, at) && rights.some((next) => runAt(name, next, at + words.length)),
    );
  for (const words of lefts) {
    for (const index of names.byWord.get(words[0]!) ?? []) {
      const [title, ...aliases] = names.namesOf[index]!;
      if (!inTitle.has(index) && holds(title!, words)) inTitle.add(index);
      if (!inAlias.has(index) && aliases.some((alias) => holds(alias, words))) inAlias.add(index);
    }
  }
  return { inTitle, inAlias };
}

export function buildSearchIndex(
  items: readonly SearchableItem[],
  language: SearchLanguage = ENGLISH_SEARCH_LANGUAGE,
): KnowledgeSearch {
  const { parser } = language;
  const byId = new Map(items.map((item) => [item.id, item]));
  const snippetSources = new Map<string, SnippetSource[]>(
    items.map((item) => [
      item.id,
      [
        snippetSourceWith(language.snippetWords, item.summary),
        snippetSourceWith(language.snippetWords, item.detailsText),
      ],
    ]),
  );
  const mini = new MiniSearch<Doc>({
    fields: ['title', 'aliases', 'summary', 'details', 'safety'],
    tokenize: language.tokenize,
    processTerm: language.indexTerm,
    searchOptions: {
      boost: FIELD_BOOST,
      tokenize: language.searchTokenize ?? language.tokenize,
      processTerm: language.searchTerm ?? language.indexTerm,
    },
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
  const vocabulary = vocabularyOf(docs, language);
  const indexed = new Set(vocabulary.keys());
  // Table words (brands, lay phrases) are known too, so a misspelt brand is corrected to it.
  for (const word of parser.phraseWords) if (!vocabulary.has(word)) vocabulary.set(word, 1);
  const speller = language.spell ? createSpeller(vocabulary) : undefined;
  // A word the index does not hold may be a brand name being typed: complete it from the tables.
  const correct = (word: string): string => {
    if (!speller) return word;
    const corrected = speller.correct(word);
    if (corrected !== word) return corrected;
    return (indexed.has(word) ? undefined : parser.completeTableWord(word)) ?? word;
  };
  const names = nameIndexOf(items, language);
  const indexOf = new Map(items.map((item, index) => [item.id, index]));
  const isVerdict = items.map((item) => item.safety !== undefined && VERDICT_KINDS.has(item.kind));
  /** Signs to act on: red flags, and patterns whose verdict is "avoid" (a possible clot: don't rub it). */
  const isWarning = items.map(
    (item) =>
      (item.kind === 'red-flag' && item.safety === undefined) ||
      (item.kind === 'pattern' && item.safety?.status === 'avoid'),
  );

  const namedCache = new Map<string, Set<number>>();
  /** itemsNamedBy, remembered: live search asks the same words keystroke after keystroke. */
  function namedBy(concept: Concept): Set<number> {
    const key = concept.variants.map((v) => v.text).join('|');
    let named = namedCache.get(key);
    if (!named) {
      if (namedCache.size >= NAMED_CACHE_SIZE) namedCache.clear(); // bounded: people type anything
      named = itemsNamedBy(concept, names, language);
      namedCache.set(key, named);
    }
    return named;
  }

  /**
   * "Is X safe?": the concepts that are the X, and the verdict items they name. X is the most specific thing
   * the question names (fewest items name it in a title or an alias) among the words naming at least one
   * verdict; the form it comes in ("tablets") is X only when nothing else is. Words naming more than
   * MAX_SUBJECT_NAMED items ("leg", "cramp"), or naming mostly signs rather than verdicts ("swollen"), never
   * are.
   */
  function ownVerdicts(concepts: readonly Concept[], candidates: readonly number[]) {
    const found = candidates.flatMap((k) => {
      const named = namedBy(concepts[k]!);
      if (named.size > (language.maxSubjectNamed ?? MAX_SUBJECT_NAMED)) return [];
      const verdicts = [...named].filter((index) => isVerdict[index]);
      // A symptom ("swollen") names mostly signs and causes, with a verdict or two in passing ("swollen
      // ankles" on the drinking page); a thing one takes or does names mostly verdicts.
      if (verdicts.length === 0 || verdicts.length < MIN_VERDICT_SHARE * named.size) return [];
      return [{ k, named: named.size, verdicts }];
    });
    const things = found.filter(({ k }) => concepts[k]!.role !== 'form');
    const pool = things.length > 0 ? things : found;
    const fewest = Math.min(...pool.map(({ named }) => named));
    const chosen = pool.filter(({ named }) => named === fewest);
    return { subjects: chosen.map(({ k }) => k), own: new Set(chosen.flatMap(({ verdicts }) => verdicts)) };
  }

  function search(query: string, limit = 10): SearchHit[] {
    const { concepts, intents, onlyIntent, adjacent } = parser.parseQuery(query, correct);
    if (concepts.length === 0 && !onlyIntent) return [];
    const tallies = new Map<string, Tally>();
    const weights: number[] = [];
    let allWeight = 0;
    concepts.forEach((concept, k) => {
      weights[k] = 0;
      const results: SearchResult[] = mini.search(conceptQuery(concept, language.prefixFrom));
      if (results.length === 0) return; // an unknown word neither helps nor blocks
      // Rare concepts count for more than words most items share ("cramp"): each concept adds at most
      // its weight, shared out by how well each item matches it.
      const weight = Math.log(1 + total / results.length);
      const scores = results.map((r) => r.score / Math.sqrt(Math.max(1, r.queryTerms.length)));
      const best = Math.max(...scores);
      weights[k] = weight;
      allWeight += weight;
      results.forEach((r, n) => {
        const tally = tallies.get(r.id) ?? {
          score: 0,
          covered: 0,
          terms: new Set<string>(),
          parts: new Map(),
        };
        const part = (weight * scores[n]!) / best;
        tally.score += part;
        tally.covered += weight;
        tally.parts.set(k, part);
        for (const term of r.terms) tally.terms.add(term);
        tallies.set(r.id, tally);
      });
    });
    if (onlyIntent) {
      // No subject: the answers are the items of the kind asked for, led by those mentioning the words.
      for (const item of items) {
        const answers = intentBoost(intents, { kind: item.kind, hasSafety: item.safety !== undefined }) > 1;
        const tally = tallies.get(item.id);
        if (!answers) tallies.delete(item.id);
        else if (tally) tally.score += INTENT_ONLY_SCORE;
        else
          tallies.set(item.id, {
            score: INTENT_ONLY_SCORE,
            covered: allWeight,
            terms: new Set(),
            parts: new Map(),
          });
      }
    }
    // A phrase an item is named by counts its two concepts once more.
    const phraseBonus = new Map<number, number>();
    for (const [left, right] of adjacent) {
      const { inTitle, inAlias } = itemsWithPhrase(concepts[left]!, concepts[right]!, names, language);
      // "leg cramps" is in a dozen titles and aliases: it singles out none.
      if (new Set([...inTitle, ...inAlias]).size > MAX_PHRASE_NAMED) continue;
      // Only aliases earn the bonus: titles are sentences whose chance word pairs would mislead.
      for (const index of inAlias) {
        phraseBonus.set(index, (phraseBonus.get(index) ?? 0) + weights[left]! + weights[right]!);
      }
    }
    // A question about safety asks for a verdict; so does naming a product or remedy ("Advil", "vinegar").
    // Words searched only because the question had nothing else ("is it safe?") name no X.
    const asksSafety = intents.some((intent) => intent.name === 'safety');
    const candidates = concepts.flatMap((c, k) =>
      c.start >= 0 && (asksSafety || c.role === 'product') ? [k] : [],
    );
    const { subjects, own } = ownVerdicts(concepts, candidates);
    const scored = [...tallies.entries()].map(([id, tally]) => {
      const item = byId.get(id)!;
      const index = indexOf.get(id)!;
      // AND-ish: items covering every concept come first; the rest stay as the OR fallback, ranked lower.
      const coverage = allWeight > 0 ? tally.covered / allWeight : 1;
      const boost = intentBoost(intents, { kind: item.kind, hasSafety: item.safety !== undefined });
      const score = (tally.score + (phraseBonus.get(index) ?? 0)) * coverage * coverage * boost;
      // How well a verdict matches X itself: "B6 tablets" → the B vitamins page, not magnesium-with-B6.
      const ownScore = own.has(index) ? subjects.reduce((sum, k) => sum + (tally.parts.get(k) ?? 0), 0) : 0;
      return { item, index, tally, score, ownScore };
    });
    type Scored = (typeof scored)[number];
    const byScore = (a: Scored, b: Scored) => b.score - a.score || a.item.id.localeCompare(b.item.id);
    // X's own verdicts go first, those matching X nearly as well as the best; a verdict that merely
    // mentions X in passing ("magnesium iodatum" on the homeopathy page) stays in the ordinary ranking.
    const bestOwn = Math.max(0, ...scored.map((r) => r.ownScore));
    const lifted = scored
      .filter((r) => r.ownScore > 0 && r.ownScore >= OWN_SHARE_OF_BEST * bestOwn)
      .sort((a, b) => b.ownScore - a.ownScore || byScore(a, b));
    const liftedIds = new Set(lifted.map((r) => r.index));
    const best = Math.max(0, ...scored.map((r) => r.score));
    const rest = scored
      .filter((r) => !liftedIds.has(r.index) && r.score > 0 && r.score >= best * MIN_SHARE_OF_BEST)
      .sort(byScore);
    // A warning sign the question describes ("can I massage my swollen calf?") comes straight after the
    // verdict, ahead of everything else.
    const described = (r: Scored) => isWarning[r.index]! && phraseBonus.has(r.index);
    const ordered =
      lifted.length > 0
        ? [lifted[0]!, ...rest.filter(described), ...lifted.slice(1), ...rest.filter((r) => !described(r))]
        : rest;
    const kept = ordered.slice(0, limit);
    // Scores read best first: a verdict lifted above a general page carries at least that page's score.
    for (let k = kept.length - 2; k >= 0; k--) kept[k]!.score = Math.max(kept[k]!.score, kept[k + 1]!.score);
    return kept.map(({ item, tally, score }) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      snippet: makeSnippet(snippetSources.get(item.id)!, tally.terms, language.snippetLength, language.clip),
      score: Math.round(score * 1000) / 1000,
    }));
  }

  return { search, size: total };
}
