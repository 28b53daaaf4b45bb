// Results as you type under a search box: an ARIA combobox with a listbox of matches from /api/search.
// Progressive enhancement only: without this script the box is a plain GET form to /search. Built to
// /search.js by vite.scripts.config.ts.
import { SEARCH_SUGGESTIONS as S, SEARCH_API_PATH, SEARCH_TEXT_META } from './names';

/** The words around the suggestions, in the page's language: the page writes them in a <meta> (JSON). */
type Words = { suggestions: string; all: string; none: string; count: string };
const ENGLISH: Words = {
  suggestions: 'Search suggestions',
  all: 'See all results for “{query}”',
  none: 'No suggestions. Press Enter to search.',
  count: 'Suggestions: {count}. Use the up and down arrows to choose one.',
};

function pageWords(): Words {
  const content = document.querySelector<HTMLMetaElement>(`meta[name="${SEARCH_TEXT_META}"]`)?.content;
  if (!content) return ENGLISH;
  try {
    return { ...ENGLISH, ...(JSON.parse(content) as Partial<Words>) };
  } catch {
    return ENGLISH;
  }
}
const WORDS = pageWords();
/** The page's language (`<html lang>`, set by the server): the API answers from that language's items. */
const LANG = document.documentElement.lang || 'en';

/** What this script reads of GET /api/search's answer. */
type SearchResponse = { results: { id: string; title: string; kindLabel?: string }[] };
/** The site header's box and the /search page's own box. */
const SEARCH_INPUTS = '#site-search-q, input[data-live-search]';

type Option = HTMLLIElement & { dataset: { href: string } };

function makeOption(id: string, title: string, kind: string, href: string): Option {
  const li = document.createElement('li') as Option;
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset.href = href;
  const t = document.createElement('span');
  t.className = 'live-title';
  t.textContent = title;
  li.appendChild(t);
  if (kind) {
    const k = document.createElement('span');
    k.className = 'live-kind';
    k.textContent = kind;
    li.appendChild(k);
  }
  return li;
}

function enhance(input: HTMLInputElement): void {
  const form = input.form;
  if (!form || input.getAttribute('role') === 'combobox') return;
  const base = input.id || 'search';
  const list = document.createElement('ul');
  list.id = `${base}-live`;
  list.className = 'live-results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', WORDS.suggestions);
  list.hidden = true;
  const status = document.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  form.classList.add('live-search');
  form.append(list, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  let options: Option[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;
  let shownFor = '';

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    if (options.length === 0) return;
    active = (index + options.length) % options.length;
    options.forEach((option, i) => {
      option.setAttribute('aria-selected', i === active ? 'true' : 'false');
    });
    const chosen = options[active]!;
    input.setAttribute('aria-activedescendant', chosen.id);
    chosen.scrollIntoView({ block: 'nearest' });
  };

  const show = (query: string, results: SearchResponse['results']) => {
    options = results.map((r, i) =>
      makeOption(`${base}-opt-${i}`, r.title, r.kindLabel || '', `/learn/${encodeURIComponent(r.id)}`),
    );
    options.push(
      makeOption(
        `${base}-opt-all`,
        WORDS.all.replace('{query}', query),
        '',
        `/search?q=${encodeURIComponent(query)}`,
      ),
    );
    list.replaceChildren(...options);
    list.hidden = false;
    shownFor = query;
    input.setAttribute('aria-expanded', 'true');
    input.removeAttribute('aria-activedescendant');
    active = -1;
    const count = results.length;
    status.textContent = count === 0 ? WORDS.none : WORDS.count.replace('{count}', String(count));
  };

  const fetchResults = () => {
    const query = input.value.trim();
    if (query.length < S.minLength || query.length > S.maxLength) {
      close();
      return;
    }
    if (query === shownFor && !list.hidden) return;
    controller?.abort();
    controller = new AbortController();
    const params = `q=${encodeURIComponent(query)}&limit=${S.limit}&lang=${encodeURIComponent(LANG)}`;
    fetch(`${SEARCH_API_PATH}?${params}`, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      signal: controller.signal,
    })
      .then((response): Promise<Partial<SearchResponse>> | Partial<SearchResponse> =>
        response.ok ? response.json() : {},
      )
      .then((data) => {
        if (input.value.trim() !== query || document.activeElement !== input) return;
        show(query, data.results || []);
      })
      .catch(() => {
        // Offline or superseded by a newer request: the form still submits to /search.
      });
  };

  const go = (index: number) => {
    const target = options[index];
    if (target) window.location.assign(target.dataset.href);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(fetchResults, S.debounceMs);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim().length >= S.minLength) fetchResults();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (list.hidden) fetchResults();
      else setActive(active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (!list.hidden) setActive(active - 1);
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
    } else if (event.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        go(active);
      }
    } else if (event.key === 'Tab') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  // A mousedown would blur the input before the click lands; keeping focus lets the click choose.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const li = (event.target as Element | null)?.closest<Option>('[role="option"]');
    if (li) go(options.indexOf(li));
  });
}

for (const input of document.querySelectorAll<HTMLInputElement>(SEARCH_INPUTS)) enhance(input);
