// The words /search.js shows under a search box (src/web/site-scripts/search.ts), in the page's language.
// The script has no catalog of its own: the page hands it these, formatted here with placeholders it fills.
import type { IntlShape } from 'react-intl';

/** SEARCH_TEXT_META in src/web/site-scripts/names.ts (the server build leaves src/web out; a test ties them). */
export const SEARCH_TEXT_META = 'cw-search-text';

export function liveSearchText(intl: IntlShape): string {
  return JSON.stringify({
    suggestions: intl.formatMessage({ id: 'learn.live.suggestions' }),
    all: intl.formatMessage({ id: 'learn.live.all' }, { query: '{query}' }),
    none: intl.formatMessage({ id: 'learn.live.none' }),
    count: intl.formatMessage({ id: 'learn.live.count' }, { count: '{count}' }),
  });
}

export function LiveSearchText({ intl }: { intl: IntlShape }) {
  return <meta name={SEARCH_TEXT_META} content={liveSearchText(intl)} />;
}
