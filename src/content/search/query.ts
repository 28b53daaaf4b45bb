// Turns what a person types into concepts to look for and intents to favour. A concept is one idea with
// its variants (synonyms, spellings); stop words and question words fall away.
import { INTENTS, type Intent } from './intents.js';
import { PRODUCT_NAMES } from './products.js';
import { SYNONYM_GROUPS } from './synonyms.js';
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

type Phrase = { tokens: string[]; groups?: number[]; means?: string[]; intent?: Intent };

function buildPhraseTable(): Map<string, Phrase[]> {
  const table = new Map<string, Phrase[]>();
  const add = (text: string, entry: Omit<Phrase, 'tokens'>) => {
    const tokens = foldedTokens(text);
    if (tokens.length === 0) return;
    const list = table.get(tokens[0]!) ?? [];
    const same = list.find((p) => p.tokens.join(' ') === tokens.join(' '));
    if (same && entry.groups) same.groups = [...(same.groups ?? []), ...entry.groups];
    else if (same && entry.means) same.means = [...(same.means ?? []), ...entry.means];
    else if (same && entry.intent) same.intent ??= entry.intent;
    else list.push({ tokens, ...entry });
    table.set(tokens[0]!, list);
  };
  SYNONYM_GROUPS.forEach((group, index) => {
    for (const text of [...group.terms, ...(group.alsoMatches ?? [])]) add(text, { groups: [index] });
  });
  for (const product of PRODUCT_NAMES) {
    const means = product.means.map((m) => foldedTokens(m).join(' '));
    for (const text of product.names) add(text, { means });
  }
  for (const intent of INTENTS) for (const text of intent.triggers) add(text, { intent });
  for (const list of table.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return table;
}

const PHRASES = buildPhraseTable();
/** Words of the synonym, product and intent tables: known on purpose, never "corrected". */
export const PHRASE_WORDS: ReadonlySet<string> = new Set(
  [...PHRASES.values()].flatMap((list) => list.flatMap((p) => p.tokens)),
);
const SORTED_PHRASE_WORDS = [...PHRASE_WORDS].sort();
/** Half-typed words shorter than this are left alone: "mag" could become too many things. */
const COMPLETE_FROM_LENGTH = 4;

/**
 * The one table word that a half-typed word starts ("caltr" → "caltrate"), if exactly one does. Brand names
 * known only to the tables are not in the index, so the index's own prefix search cannot complete them.
 */
export function completeTableWord(prefix: string): string | undefined {
  if (prefix.length < COMPLETE_FROM_LENGTH || PHRASE_WORDS.has(prefix)) return undefined;
  let lo = 0;
  let hi = SORTED_PHRASE_WORDS.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (SORTED_PHRASE_WORDS[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found = SORTED_PHRASE_WORDS[lo];
  const next = SORTED_PHRASE_WORDS[lo + 1];
  if (!found?.startsWith(prefix) || next?.startsWith(prefix)) return undefined;
  return found;
}
const SYNONYM_WEIGHT = 0.8;
/** What a product name means (its medicine, its ingredient): nearly as good as the name itself. */
const MEANS_WEIGHT = 0.9;
const GROUP_VARIANTS = SYNONYM_GROUPS.map((group) => group.terms.map((t) => foldedTokens(t).join(' ')));

function phrasesAt(tokens: string[], i: number): { synonym?: Phrase; intent?: Phrase } {
  const found: { synonym?: Phrase; intent?: Phrase } = {};
  for (const phrase of PHRASES.get(tokens[i]!) ?? []) {
    if (!phrase.tokens.every((t, k) => tokens[i + k] === t)) continue;
    if ((phrase.groups || phrase.means) && !found.synonym) found.synonym = phrase;
    if (phrase.intent && !found.intent) found.intent = phrase;
  }
  return found;
}

/** Extra forms for a typed word the index may hold in another form: "stretching" → "stretch". */
function stems(word: string): string[] {
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

function wordConcept(word: string, start: number): Concept {
  const variants = [
    { text: word, weight: 1, loose: true },
    ...stems(word).map((text) => ({ text, weight: 0.8, loose: true })),
  ];
  return { label: word, variants, start, end: start < 0 ? -1 : start + 1, role: 'plain' };
}

function roleOf(phrase: Phrase): Concept['role'] {
  const roles = (phrase.groups ?? []).map((index) => SYNONYM_GROUPS[index]!.role);
  if (phrase.means || roles.includes('product')) return 'product';
  return roles.length > 0 && roles.every((role) => role === 'form') ? 'form' : 'plain';
}

/** Stop words, question-only stop words and single letters: never a concept. */
export const isNoise = (word: string) =>
  STOP_WORDS.has(word) || QUERY_ONLY_STOP_WORDS.has(word) || (word.length === 1 && !/\d/.test(word));

/** `correct` fixes typos against the index's words (see spelling.ts); table words and stop words are kept. */
export function parseQuery(query: string, correct: (word: string) => string = (w) => w): ParsedQuery {
  const tokens = foldedTokens(query).map((t) => (PHRASE_WORDS.has(t) || isNoise(t) ? t : correct(t)));
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
      const typed = synonym.tokens.join(' ');
      const groupTexts = (synonym.groups ?? []).flatMap((index) => GROUP_VARIANTS[index]!);
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
        const words = intent.tokens.filter((t) => !isNoise(t));
        addConcept({
          label: words.join(' '),
          variants: [{ text: words.join(' '), weight: 1, loose: false }],
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
      if (!isNoise(word)) addConcept(wordConcept(word, i));
      i += 1;
    }
  }
  // A question made only of intent words ("when should I call?") still searches for them.
  const onlyIntent = concepts.length === 0 && intents.size > 0;
  if (onlyIntent) for (const word of intentWords) if (!isNoise(word)) addConcept(wordConcept(word, -1));
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
    if (tokens.slice(left.end, right.start).every(isNoise)) adjacent.push([k - 1, k]);
  }
  return { concepts, intents: [...intents], onlyIntent, adjacent };
}
