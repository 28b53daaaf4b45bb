// The header search of the web app: a plain GET form to /search, with results as you type (an ARIA combobox).

import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../api';
import { appLocale } from '../i18n/locale';
import { SEARCH_SUGGESTIONS as S, SEARCH_API_PATH } from '../site-scripts/names';

type Hit = { id: string; kind: string; title: string; snippet: string; score: number };

export function SearchBox() {
  const intl = useIntl();
  const id = useId();
  const listId = `${id}-results`;
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const latest = useRef('');

  useEffect(() => {
    const q = query.trim();
    latest.current = q;
    if (q.length < S.minLength || q.length > S.maxLength) {
      setHits(null);
      return;
    }
    const timer = setTimeout(() => {
      // The app's language: a Russian page suggests Russian items only.
      const lang = encodeURIComponent(appLocale(intl));
      api<{ results: Hit[] }>(
        'GET',
        `${SEARCH_API_PATH}?q=${encodeURIComponent(q)}&limit=${S.limit}&lang=${lang}`,
      )
        .then((data) => {
          if (latest.current !== q) return;
          setHits(data.results);
          setActive(-1);
          setOpen(true);
        })
        .catch(() => setHits(null)); // the form still submits to /search
    }, S.debounceMs);
    return () => clearTimeout(timer);
  }, [query, intl]);

  const targets = hits
    ? [
        ...hits.map((h) => ({ key: h.id, label: h.title, href: `/learn/${encodeURIComponent(h.id)}` })),
        {
          key: '*all',
          // The search button's word and the query ("Найти: «судорога»"): no English on a translated page.
          label: intl.formatMessage({ id: 'common.search.seeAll' }, { query: query.trim() }),
          href: `/search?q=${encodeURIComponent(query.trim())}`,
        },
      ]
    : [];
  const expanded = open && targets.length > 0;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && expanded) {
      event.preventDefault();
      setActive((a) => (a + 1) % targets.length);
    } else if (event.key === 'ArrowUp' && expanded) {
      event.preventDefault();
      setActive((a) => (a <= 0 ? targets.length - 1 : a - 1));
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      window.location.assign(targets[active]!.href);
    }
  }

  return (
    <search className="site-search-wrap">
      <form className="site-search live-search" action="/search" method="get">
        <label htmlFor={`${id}-q`} className="visually-hidden">
          {intl.formatMessage({ id: 'common.search.label' })}
        </label>
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          placeholder={intl.formatMessage({ id: 'common.search.placeholder' })}
          autoComplete="off"
          maxLength={S.maxLength}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        />
        <button className="button secondary" type="submit">
          {intl.formatMessage({ id: 'common.search.button' })}
        </button>
        <div
          id={listId}
          role="listbox"
          aria-label={intl.formatMessage({ id: 'common.search.suggestions' })}
          className="live-results"
          hidden={!expanded}
        >
          {targets.map((t, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (arrows, Enter, Escape).
            <div
              key={t.key}
              id={`${id}-opt-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => window.location.assign(t.href)}
            >
              <span className="live-title">{t.label}</span>
            </div>
          ))}
        </div>
        <div className="visually-hidden" role="status" aria-live="polite">
          {hits ? intl.formatMessage({ id: 'common.search.count' }, { count: hits.length }) : ''}
        </div>
      </form>
    </search>
  );
}
