// After each move between the web app's pages: name the page in the document title and move focus to its
// heading, so a screen reader says where the person has arrived (the browser does neither for a client-side
// navigation). The title comes from the page's own <h1>, so the two never disagree; pages that load show
// their heading a moment later, which the observer waits for.
import { useEffect, useRef } from 'react';

const WATCH_MS = 5000;
const HOME_TITLE = 'Crampwise · Leg cramps in pregnancy';

export function titleFor(path: string, heading: string): string {
  return path === '/' ? HOME_TITLE : `${heading.replace(/\s+/g, ' ').trim()} · Crampwise`;
}

export function usePageArrival(path: string): void {
  const firstLoad = useRef(true);
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    // The first page of a visit keeps focus where the browser put it; later ones move it to the heading.
    const moveFocus = !firstLoad.current;
    firstLoad.current = false;
    let focused = false;
    const apply = () => {
      // The visible heading: while a lazy page loads, React keeps the previous page in the DOM, hidden.
      const heading = [...main.querySelectorAll('h1')].find((h) => h.getClientRects().length > 0);
      if (!heading) return;
      const title = titleFor(path, heading.textContent ?? '');
      if (document.title !== title) document.title = title;
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (moveFocus && (!focused || lost) && document.activeElement !== heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
        focused = true;
      }
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(main, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['style', 'hidden'],
    });
    const stop = setTimeout(() => observer.disconnect(), WATCH_MS);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [path]);
}
