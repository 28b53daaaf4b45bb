// The knowledge base in the reader's language: the same ids, sources, verdicts and reading order as the
// English one, with the translated items' text (src/content/locales/<locale>/items) and that language's
// search. Built on first use per language and kept for the life of the process; pages, triage answers,
// the plan and the report read item titles and text through it, so one call gives every surface the same
// words the search finds.
import { createKnowledgeBase, type KnowledgeBase, KnowledgeBaseError } from '../content/knowledge-base.js';
import { markdownToText } from '../content/markdown.js';
import { createLocalizedSearch } from '../content/search/languages.js';
import { loadTranslatedItems } from '../content/translations.js';
import type { Locale } from '../i18n/locales.js';

const built = new WeakMap<KnowledgeBase, Map<Locale, KnowledgeBase>>();

export function knowledgeIn(knowledge: KnowledgeBase, locale: Locale): KnowledgeBase {
  if (locale === 'en') return knowledge;
  let byLocale = built.get(knowledge);
  if (!byLocale) {
    byLocale = new Map();
    built.set(knowledge, byLocale);
  }
  let localized = byLocale.get(locale);
  if (!localized) {
    const { items, problems } = loadTranslatedItems(locale);
    if (problems.length > 0) throw new KnowledgeBaseError(problems);
    localized = createKnowledgeBase(
      items,
      [...knowledge.sources],
      knowledge.items.map((item) => item.id),
      knowledge.traces,
      // The language's own tokeniser and synonyms, over the items just loaded (read once, not twice).
      (sorted) =>
        createLocalizedSearch(
          locale,
          sorted.map((item) => ({ ...item, detailsText: markdownToText(item.details) })),
        ),
    );
    byLocale.set(locale, localized);
  }
  return localized;
}

/**
 * Builds every translated knowledge base one language at a time after the server starts listening, so the
 * first reader in each language does not wait the second or two a build takes. Each build yields to
 * requests between languages; a build that fails is logged and left to the first request to report.
 */
export function warmLanguages(
  knowledge: KnowledgeBase,
  locales: readonly Locale[],
  log: { info: (msg: string) => void; error: (obj: object, msg: string) => void },
): Promise<void> {
  return locales.reduce(
    (previous, locale) =>
      previous.then(
        () =>
          new Promise<void>((resolve) => {
            setTimeout(() => {
              const started = performance.now();
              try {
                knowledgeIn(knowledge, locale);
                log.info(
                  `knowledge base in ${locale} ready in ${Math.round(performance.now() - started)} ms`,
                );
              } catch (err) {
                log.error({ err }, `knowledge base in ${locale} could not be built`);
              }
              resolve();
            }, 0).unref();
          }),
      ),
    Promise.resolve(),
  );
}
