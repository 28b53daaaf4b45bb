// /search?q=: results as a page, so search works without JavaScript.
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import type { SearchHit } from '../../content/search/search-index.js';
import { renderPage } from './document.js';
import { LEARN_SCRIPTS } from './learn-index.js';
import { KIND_LABELS } from './learn-labels.js';
import { SafetyBadge } from './safety-badge.js';

function countLine(query: string, count: number, limit: number): string {
  if (count === 0) return `Nothing found for “${query}”.`;
  if (count >= limit) return `The ${count} best matches for “${query}”`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`;
}

export function renderSearchPage(
  kb: KnowledgeBase,
  opts: { query: string; hits: readonly SearchHit[]; limit: number; error?: string },
): string {
  const { query, hits, limit, error } = opts;
  return renderPage({
    title: query ? `Search: ${query}` : 'Search',
    path: '/search',
    search: false,
    scripts: LEARN_SCRIPTS,
    body: (
      <>
        <h1>Search</h1>
        <search>
          <form className="site-search page-search" action="/search" method="get">
            <label htmlFor="search-q" className="visually-hidden">
              Search Crampwise
            </label>
            <input
              id="search-q"
              name="q"
              type="search"
              defaultValue={query}
              placeholder="A word or a whole question"
              autoComplete="off"
              maxLength={200}
              data-live-search=""
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'search-error' : undefined}
            />
            <button className="button" type="submit">
              Search
            </button>
          </form>
        </search>
        {error && (
          <p id="search-error" className="form-error" role="alert">
            {error}
          </p>
        )}
        {!error && query && (
          <p role="status" className="muted">
            {countLine(query, hits.length, limit)}
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
                  <span className="muted">{KIND_LABELS[hit.kind]}</span>{' '}
                  <SafetyBadge safety={kb.item(hit.id)?.safety} />
                </p>
                <p className="snippet">{hit.snippet}</p>
              </li>
            ))}
          </ol>
        )}
        {(!query || hits.length === 0) && (
          <p>
            Try a word like “charley horse” or “magnesium”, a medicine’s name, or a whole question such as “is
            it safe to take ibuprofen?”. You can also <a href="/learn">browse everything</a>. Having a cramp
            now? <a href="/relief">Relief now</a>.
          </p>
        )}
      </>
    ),
  });
}
