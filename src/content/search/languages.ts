// The search of each language the knowledge base is written in. English is the search in search-index.ts as
// it was; Chinese and Japanese are cut into words by their tables and Intl.Segmenter and indexed as character
// pairs (cjk.ts); Russian is folded (lower case, ё → е) and stemmed (ru/stem.ts). Each has its own tables.
import { cjkClip, cjkIndexTokens, cjkSearchTokens, cjkSnippetWords, createCjkWordSplitter } from './cjk.js';
import { JA_TABLES } from './ja/tables.js';
import { type LanguageTables, localIntents } from './language-tables.js';
import { createQueryParser } from './query.js';
import { stemRussian } from './ru/stem.js';
import { RU_TABLES } from './ru/tables.js';
import {
  buildSearchIndex,
  ENGLISH_SEARCH_LANGUAGE,
  type KnowledgeSearch,
  type SearchableItem,
  type SearchLanguage,
} from './search-index.js';
import { clip, spacedWords } from './snippet.js';
import { ZH_TABLES } from './zh-Hans/tables.js';

export const SEARCH_LOCALES = ['en', 'zh-Hans', 'ru', 'ja'] as const;
export type SearchLocale = (typeof SEARCH_LOCALES)[number];

/** Every word and phrase of a language's tables. */
function tableWords(tables: LanguageTables): string[] {
  return [
    ...tables.synonyms.flatMap((group) => [...group.terms, ...(group.alsoMatches ?? [])]),
    ...tables.products.flatMap((product) => [...product.names, ...product.means]),
    ...Object.values(tables.intents).flatMap((t) => [...(t?.searched ?? []), ...(t?.plain ?? [])]),
    ...tables.stopWords,
    ...tables.queryOnlyStopWords,
  ];
}

/** Chinese or Japanese: see cjk.ts. */
function cjkLanguage(locale: 'zh-Hans' | 'ja', tables: LanguageTables): SearchLanguage {
  const words = createCjkWordSplitter(locale, tableWords(tables));
  const stop = new Set([...tables.stopWords, ...tables.queryOnlyStopWords].flatMap(words));
  // A lone kana is a particle or an inflection ("が", "て"), never a subject.
  const isNoise = (word: string) => stop.has(word) || /^[\p{Script=Hiragana}ー]$/u.test(word);
  const parser = createQueryParser({
    synonyms: tables.synonyms,
    products: tables.products,
    intents: localIntents(tables),
    foldedTokens: words,
    isNoise,
    stems: () => [],
    joiner: '',
  });
  return {
    tokenize: cjkIndexTokens,
    indexTerm: (term) => term,
    searchTokenize: cjkSearchTokens,
    searchTerm: (term) => term,
    parser,
    nameWords: cjkSearchTokens,
    variantWords: cjkSearchTokens,
    spell: false,
    prefixFrom: Number.POSITIVE_INFINITY,
    snippetWords: cjkSnippetWords,
    snippetLength: 90,
    clip: cjkClip,
  };
}

const WORDS = /[\p{L}\p{N}]+/gu;
const foldRussian = (word: string) => word.toLowerCase().replaceAll('ё', 'е');

function russianLanguage(tables: LanguageTables): SearchLanguage {
  const stop = new Set(tables.stopWords.map(foldRussian));
  const queryStop = new Set(tables.queryOnlyStopWords.map(foldRussian));
  const tokenize = (text: string) => text.match(WORDS) ?? [];
  // Stop words stay as typed (so they are recognised), every other word becomes its stem.
  const term = (word: string) => {
    const folded = foldRussian(word);
    return stop.has(folded) || queryStop.has(folded) ? folded : stemRussian(folded);
  };
  const foldedTokens = (text: string) => tokenize(text).map(term);
  const isNoise = (word: string) =>
    stop.has(word) || queryStop.has(word) || (word.length === 1 && !/\d/.test(word));
  const parser = createQueryParser({
    synonyms: tables.synonyms,
    products: tables.products,
    intents: localIntents(tables),
    foldedTokens,
    isNoise,
    stems: () => [],
    joiner: ' ',
  });
  return {
    tokenize,
    indexTerm: (word) => {
      const folded = foldRussian(word);
      return stop.has(folded) ? null : stemRussian(folded);
    },
    // Questions reach the index already stemmed (foldedTokens).
    searchTerm: (word) => word,
    parser,
    nameWords: (name) => foldedTokens(name).filter((word) => !isNoise(word)),
    variantWords: (text) => text.split(' ').filter((word) => !isNoise(word)),
    spell: true,
    // Stems are short ("ног"): only a longer one may be the start of another word.
    prefixFrom: 5,
    // The Russian items name magnesium and calcium in the aliases of every food rich in them (16 items): still
    // the thing asked about when a brand of it is.
    maxSubjectNamed: 20,
    snippetWords: spacedWords((word) => stemRussian(foldRussian(word))),
    snippetLength: 180,
    clip,
  };
}

const languages = new Map<SearchLocale, SearchLanguage>();

/** The search language of a locale, built once. */
export function searchLanguage(locale: SearchLocale): SearchLanguage {
  let language = languages.get(locale);
  if (!language) {
    language =
      locale === 'en'
        ? ENGLISH_SEARCH_LANGUAGE
        : locale === 'ru'
          ? russianLanguage(RU_TABLES)
          : cjkLanguage(locale, locale === 'ja' ? JA_TABLES : ZH_TABLES);
    languages.set(locale, language);
  }
  return language;
}

/** The search over one language's items (English: the search as before). */
export function createLocalizedSearch(
  locale: SearchLocale,
  items: readonly SearchableItem[],
): KnowledgeSearch {
  return buildSearchIndex(items, searchLanguage(locale));
}
