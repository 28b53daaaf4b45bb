// /search?q=: results as a page, so search works without JavaScript. The results are the page's language's
// own (the route searches that language's items), and so is every word around them.
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import type { SearchHit } from '../../content/search/search-index.js';
import { renderPage } from './document.js';
import { kindLabel } from './kind-label.js';
import { LEARN_SCRIPTS } from './learn-index.js';
import { type LearnLanguage, learnLanguage, pageLanguage } from './learn-language.js';
import { LiveSearchText } from './live-search-text.js';
import { SafetyBadge } from './safety-badge.js';

/** Why a search could not run: more than `max` characters (an empty box shows the page without results). */
export type SearchProblem = { tooLongOver: number };

export function renderSearchPage(
  kb: KnowledgeBase,
  opts: { query: string; hits: readonly SearchHit[]; limit: number; error?: SearchProblem },
  lang: LearnLanguage = learnLanguage(),
): string {
  const { query, hits, limit, error } = opts;
  const { intl } = lang;
  const t = (id: string) => intl.formatMessage({ id });
  const count = hits.length;
  const countLine =
    count === 0
      ? intl.formatMessage({ id: 'learn.search.none' }, { query })
      : count >= limit
        ? intl.formatMessage({ id: 'learn.search.best' }, { query, count })
        : intl.formatMessage({ id: 'learn.search.some' }, { query, count });
  const errorText = error
    ? intl.formatMessage({ id: 'learn.search.error.tooLong' }, { max: error.tooLongOver })
    : undefined;
  return renderPage({
    title: query ? intl.formatMessage({ id: 'learn.search.titleQuery' }, { query }) : t('learn.search.title'),
    path: '/search',
    search: false,
    scripts: LEARN_SCRIPTS,
    head: <LiveSearchText intl={intl} />,
    ...pageLanguage(lang),
    body: (
      <>
        <h1>{t('learn.search.title')}</h1>
        <search>
          <form className="site-search page-search" action="/search" method="get">
            <label htmlFor="search-q" className="visually-hidden">
              {t('learn.search.label')}
            </label>
            <input
              id="search-q"
              name="q"
              type="search"
              defaultValue={query}
              placeholder={t('learn.search.placeholder')}
              autoComplete="off"
              maxLength={200}
              data-live-search=""
              aria-invalid={errorText ? 'true' : undefined}
              aria-describedby={errorText ? 'search-error' : undefined}
            />
            <button className="button" type="submit">
              {t('learn.search.button')}
            </button>
          </form>
        </search>
        {errorText && (
          <p id="search-error" className="form-error" role="alert">
            {errorText}
          </p>
        )}
        {!errorText && query && (
          <p role="status" className="muted">
            {countLine}
          </p>
        )}
        {hits.length > 0 && (
          <ol className="results">
            {hits.map((hit) => (
              <li key={hit.id}>
                <a href={`/learn/${hit.id}`} className="item-title">
                  {hit.title}
                </a>
                <p className="result-meta">
                  <span className="muted">{kindLabel(lang.locale, hit.kind)}</span>{' '}
                  <SafetyBadge safety={kb.item(hit.id)?.safety} intl={intl} />
                </p>
                <p className="snippet">{hit.snippet}</p>
              </li>
            ))}
          </ol>
        )}
        {(!query || hits.length === 0) && (
          <p>
            {intl.formatMessage(
              { id: 'learn.search.help' },
              {
                learn: (chunks) => <a href="/learn">{chunks}</a>,
                relief: (chunks) => <a href="/relief">{chunks}</a>,
              },
            )}
          </p>
        )}
      </>
    ),
  });
}
