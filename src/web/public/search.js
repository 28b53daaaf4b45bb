// Results as you type under a search box: an ARIA combobox with a listbox of matches from /api/search.
// Progressive enhancement only: without this script the box is a plain GET form to /search.
(() => {
  const DEBOUNCE_MS = 150;
  const LIMIT = 8;

  const makeOption = (id, title, kind, href) => {
    const li = document.createElement('li');
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
  };

  const enhance = (input) => {
    const form = input.form;
    if (!form || input.getAttribute('role') === 'combobox') return;
    const base = input.id || 'search';
    const list = document.createElement('ul');
    list.id = `${base}-live`;
    list.className = 'live-results';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Search suggestions');
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

    let options = [];
    let active = -1;
    let timer;
    let controller;
    let shownFor = '';

    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };

    const setActive = (index) => {
      if (options.length === 0) return;
      active = (index + options.length) % options.length;
      options.forEach((option, i) => {
        option.setAttribute('aria-selected', i === active ? 'true' : 'false');
      });
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    };

    const show = (query, results) => {
      options = results.map((r, i) =>
        makeOption(`${base}-opt-${i}`, r.title, r.kindLabel || '', `/learn/${encodeURIComponent(r.id)}`),
      );
      options.push(
        makeOption(
          `${base}-opt-all`,
          `See all results for “${query}”`,
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
      status.textContent =
        count === 0
          ? 'No suggestions. Press Enter to search.'
          : `${count} ${count === 1 ? 'suggestion' : 'suggestions'}. Use the up and down arrows to choose one.`;
    };

    const fetchResults = () => {
      const query = input.value.trim();
      if (query.length < 2 || query.length > 200) {
        close();
        return;
      }
      if (query === shownFor && !list.hidden) return;
      controller?.abort();
      controller = new AbortController();
      fetch(`/api/search?q=${encodeURIComponent(query)}&limit=${LIMIT}`, {
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
        signal: controller.signal,
      })
        .then((response) => (response.ok ? response.json() : { results: [] }))
        .then((data) => {
          if (input.value.trim() !== query || document.activeElement !== input) return;
          show(query, data.results || []);
        })
        .catch(() => {
          // Offline or superseded by a newer request: the form still submits to /search.
        });
    };

    const go = (index) => {
      const target = options[index];
      if (target) window.location.assign(target.dataset.href);
    };

    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(fetchResults, DEBOUNCE_MS);
    });
    input.addEventListener('focus', () => {
      if (input.value.trim().length >= 2) fetchResults();
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
      const li = event.target.closest('[role="option"]');
      if (li) go(options.indexOf(li));
    });
  };

  for (const input of document.querySelectorAll('#site-search-q, input[data-live-search]')) enhance(input);
})();
