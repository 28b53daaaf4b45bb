// What each language gives its search: lay words and brand names grouped like synonyms.ts and products.ts,
// the words that carry a question's intent (the same intents as intents.ts, with their boosts), and stop words.
import { INTENTS, type Intent } from './intents.js';
import type { ProductName } from './products.js';
import type { SynonymGroup } from './synonyms.js';

export type LanguageTables = {
  synonyms: readonly SynonymGroup[];
  products: readonly ProductName[];
  /** Trigger words per intent; `plain` triggers only hint at the intent and are never searched themselves. */
  intents: Partial<Record<Intent['name'], { searched?: readonly string[]; plain?: readonly string[] }>>;
  /** Function words, dropped from the index (spaced languages) and from questions. */
  stopWords: readonly string[];
  /** Words dropped from questions only (everything here is about pregnancy). */
  queryOnlyStopWords: readonly string[];
};

/**
 * The English intents with this language's trigger words. An intent whose English form searches its trigger
 * words ("food", "test") does so here for the `searched` triggers only.
 */
export function localIntents(tables: LanguageTables): Intent[] {
  return INTENTS.flatMap((intent) => {
    const local = tables.intents[intent.name];
    if (!local) return [];
    const out: Intent[] = [];
    if (local.searched?.length) out.push({ ...intent, triggers: local.searched });
    if (local.plain?.length) out.push({ ...intent, triggers: local.plain, searched: false });
    return out;
  });
}

export const g = (terms: string[], alsoMatches?: string[]): SynonymGroup =>
  alsoMatches ? { terms, alsoMatches } : { terms };
export const form = (terms: string[]): SynonymGroup => ({ terms, role: 'form' });
export const product = (terms: string[]): SynonymGroup => ({ terms, role: 'product' });
export const p = (names: string[], means: string[]): ProductName => ({ names, means });
