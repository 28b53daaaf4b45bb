// Turns what a person types into concepts to look for and intents to favour. A concept is one idea with
// its variants (synonyms, spellings); stop words and question words fall away.
import { INTENTS, type Intent } from './intents.js';
import { PRODUCT_NAMES, type ProductName } from './products.js';
import { SYNONYM_GROUPS, type SynonymGroup } from './synonyms.js';
import { foldedTokens, QUERY_ONLY_STOP_WORDS, STOP_WORDS } from './text.js';

export type Variant = {
  /** Folded words; several words must all match. */
  text: string;
  /** Lower for forms the person did not type (synonyms, stems). */
  weight: number;
  /** A word as typed, perhaps half-typed: prefix matching applies. */
  loose: boolean;
};

export type Concept = {
  label: string;
  variants: Variant[];
  /**
   * Its place among the words of the question (end exclusive); -1 for words searched only because nothing
   * else was asked.
   */
  start: number;
  end: number;
  /**
   * product: a brand or remedy from the product table (something a person takes or tries); form: the form a
   * thing comes in (tablets, tea); plain: anything else.
   */
  role: 'product' | 'form' | 'plain';
};

export type ParsedQuery = {
  concepts: Concept[];
  intents: Intent[];
  /** The question had no subject, only intent words ("when should I worry?"): its concepts are those words. */
  onlyIntent: boolean;
  /** Pairs of concepts (indexes into `concepts`) standing side by side, with only stop words between. */
  adjacent: [number, number][];
};

/** What a language gives the query parser: its tables and how its text becomes words. */
export type QueryLanguage = {
  synonyms: readonly SynonymGroup[];
  products: readonly ProductName[];
  intents: readonly Intent[];
  /** Text to folded words, the same way for the tables and for questions. */
  foldedTokens: (text: string) => string[];
  /** Stop words and the like: never a concept. */
  isNoise: (word: string) => boolean;
  /** Extra forms for a typed word the index may hold in another form. */
  stems: (word: string) => string[];
  /** Variant texts join their words with this ('' for languages written without spaces). */
  joiner: string;
};

export type QueryParser = {
  parseQuery: (query: string, correct?: (word: string) => string) => ParsedQuery;
  /** Words of the synonym, product and intent tables: known on purpose, never "corrected". */
  phraseWords: ReadonlySet<string>;
  completeTableWord: (prefix: string) => string | undefined;
  isNoise: (word: string) => boolean;
};

type Phrase = { tokens: string[]; groups?: number[]; means?: string[]; intent?: Intent };

/** Half-typed words shorter than this are left alone: "mag" could become too many things. */
const COMPLETE_FROM_LENGTH = 4;
const SYNONYM_WEIGHT = 0.8;
/** What a product name means (its medicine, its ingredient): nearly as good as the name itself. */
const MEANS_WEIGHT = 0.9;

export function createQueryParser(language: QueryLanguage): QueryParser {
  const { synonyms, products, foldedTokens: fold, isNoise: noise, joiner } = language;
  const join = (text: string) => fold(text).join(joiner);

  const table = new Map<string, Phrase[]>();
  const add = (text: string, entry: Omit<Phrase, 'tokens'>) => {
    const tokens = fold(text);
    if (tokens.length === 0) return;
    const list = table.get(tokens[0]!) ?? [];
    const same = list.find((p) => p.tokens.join(' ') === tokens.join(' '));
    if (same && entry.groups) same.groups = [...(same.groups ?? []), ...entry.groups];
    else if (same && entry.means) same.means = [...(same.means ?? []), ...entry.means];
    else if (same && entry.intent) same.intent ??= entry.intent;
    else list.push({ tokens, ...entry });
    table.set(tokens[0]!, list);
  };
  synonyms.forEach((group, index) => {
    for (const text of [...group.terms, ...(group.alsoMatches ?? [])]) add(text, { groups: [index] });
  });
  for (const product of products) {
    const means = product.means.map(join);
    for (const text of product.names) add(text, { means });
  }
  for (const intent of language.intents) for (const text of intent.triggers) add(text, { intent });
  for (const list of table.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  const phraseWords: ReadonlySet<string> = new Set(
    [...table.values()].flatMap((list) => list.flatMap((p) => p.tokens)),
  );
  const sortedPhraseWords = [...phraseWords].sort();
  const groupVariants = synonyms.map((group) => group.terms.map(join));

  /**
   * The one table word that a half-typed word starts ("caltr" → "caltrate"), if exactly one does. Brand names
   * known only to the tables are not in the index, so the index's own prefix search cannot complete them.
   */
  function completeTableWord(prefix: string): string | undefined {
    if (prefix.length < COMPLETE_FROM_LENGTH || phraseWords.has(prefix)) return undefined;
    let lo = 0;
    let hi = sortedPhraseWords.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedPhraseWords[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found = sortedPhraseWords[lo];
    const next = sortedPhraseWords[lo + 1];
    if (!found?.startsWith(prefix) || next?.startsWith(prefix)) return undefined;
    return found;
  }

  function phrasesAt(tokens: string[], i: number): { synonym?: Phrase; intent?: Phrase } {
    const found: { synonym?: Phrase; intent?: Phrase } = {};
    for (const phrase of table.get(tokens[i]!) ?? []) {
      if (!phrase.tokens.every((t, k) => tokens[i + k] === t)) continue;
      if ((phrase.groups || phrase.means) && !found.synonym) found.synonym = phrase;
      if (phrase.intent && !found.intent) found.intent = phrase;
    }
    return found;
  }

  function wordConcept(word: string, start: number): Concept {
    const variants = [
      { text: word, weight: 1, loose: true },
      ...language.stems(word).map((text) => ({ text, weight: 0.8, loose: true })),
    ];
    return { label: word, variants, start, end: start < 0 ? -1 : start + 1, role: 'plain' };
  }

  function roleOf(phrase: Phrase): Concept['role'] {
    const roles = (phrase.groups ?? []).map((index) => synonyms[index]!.role);
    if (phrase.means || roles.includes('product')) return 'product';
    return roles.length > 0 && roles.every((role) => role === 'form') ? 'form' : 'plain';
  }

  /** `correct` fixes typos against the index's words (see spelling.ts); table words and stop words are kept. */
  function parseQuery(query: string, correct: (word: string) => string = (w) => w): ParsedQuery {
    const tokens = fold(query).map((t) => (phraseWords.has(t) || noise(t) ? t : correct(t)));
    const concepts: Concept[] = [];
    const intents = new Set<Intent>();
    const intentWords: string[] = [];
    const seen = new Set<string>();
    const addConcept = (concept: Concept) => {
      const key = concept.variants.map((v) => v.text).join('|');
      if (seen.has(key)) return;
      seen.add(key);
      concepts.push(concept);
    };

    let i = 0;
    while (i < tokens.length) {
      const { synonym, intent } = phrasesAt(tokens, i);
      if (synonym && (!intent || synonym.tokens.length >= intent.tokens.length)) {
        const typed = synonym.tokens.join(joiner);
        const groupTexts = (synonym.groups ?? []).flatMap((index) => groupVariants[index]!);
        // A product name is searched as typed (it may be an item alias); a synonym group's recognise-only
        // forms ("Mg") are not.
        const weights = new Map<string, number>();
        const offer = (text: string, weight: number) =>
          weights.set(text, Math.max(weight, weights.get(text) ?? 0));
        for (const text of groupTexts) offer(text, text === typed ? 1 : SYNONYM_WEIGHT);
        if (synonym.means) {
          offer(typed, 1);
          for (const text of synonym.means) offer(text, MEANS_WEIGHT);
        }
        addConcept({
          label: typed,
          variants: [...weights].map(([text, weight]) => ({ text, weight, loose: false })),
          start: i,
          end: i + synonym.tokens.length,
          role: roleOf(synonym),
        });
        i += synonym.tokens.length;
      } else if (intent) {
        intents.add(intent.intent!);
        if (intent.intent!.searched) {
          const words = intent.tokens.filter((t) => !noise(t));
          addConcept({
            label: words.join(joiner),
            variants: [{ text: words.join(joiner), weight: 1, loose: false }],
            start: i,
            end: i + intent.tokens.length,
            role: 'plain',
          });
        } else {
          intentWords.push(...intent.tokens);
        }
        i += intent.tokens.length;
      } else {
        const word = tokens[i]!;
        if (!noise(word)) addConcept(wordConcept(word, i));
        i += 1;
      }
    }
    // A question made only of intent words ("when should I call?") still searches for them.
    const onlyIntent = concepts.length === 0 && intents.size > 0;
    if (onlyIntent) for (const word of intentWords) if (!noise(word)) addConcept(wordConcept(word, -1));
    // "B6 tablets", "nettle tea", "Voltaren gel": a thing named together with its form is a product.
    concepts.forEach((concept, k) => {
      const next = concepts[k + 1];
      if (concept.role === 'plain' && next?.role === 'form' && next.start === concept.end)
        concept.role = 'product';
    });
    const adjacent: [number, number][] = [];
    for (let k = 1; k < concepts.length; k++) {
      const [left, right] = [concepts[k - 1]!, concepts[k]!];
      if (left.end < 0 || right.start < left.end) continue;
      if (tokens.slice(left.end, right.start).every(noise)) adjacent.push([k - 1, k]);
    }
    return { concepts, intents: [...intents], onlyIntent, adjacent };
  }

  return { parseQuery, phraseWords, completeTableWord, isNoise: noise };
}

/** Extra forms for a typed word the index may hold in another form: "stretching" → "stretch". */
function englishStems(word: string): string[] {
  const out: string[] = [];
  if (word.length >= 6 && word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    out.push(stem);
    if (/(.)\1$/.test(stem)) out.push(stem.slice(0, -1));
  } else if (word.length >= 5 && word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    out.push(stem);
    if (/(.)\1$/.test(stem)) out.push(stem.slice(0, -1)); // rubbed → rub
  }
  return out;
}

/** Stop words, question-only stop words and single letters: never a concept. */
export const isNoise = (word: string) =>
  STOP_WORDS.has(word) || QUERY_ONLY_STOP_WORDS.has(word) || (word.length === 1 && !/\d/.test(word));

export const ENGLISH_QUERY_PARSER: QueryParser = createQueryParser({
  synonyms: SYNONYM_GROUPS,
  products: PRODUCT_NAMES,
  intents: INTENTS,
  foldedTokens,
  isNoise,
  stems: englishStems,
  joiner: ' ',
});

/** Words of the English synonym, product and intent tables: known on purpose, never "corrected". */
export const PHRASE_WORDS: ReadonlySet<string> = ENGLISH_QUERY_PARSER.phraseWords;
export const completeTableWord = ENGLISH_QUERY_PARSER.completeTableWord;
export const parseQuery = ENGLISH_QUERY_PARSER.parseQuery;
