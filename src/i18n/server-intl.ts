// Formatting on the server: an IntlShape (react-intl's createIntl) per locale and set of areas, made once.
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { type Area, messagesFor } from './catalogs.js';
import { DEFAULT_LOCALE, type Locale } from './locales.js';

const cache = createIntlCache();
const made = new Map<string, IntlShape>();

/**
 * The formatter for server-rendered text. A missing message is a defect the catalog test catches, so
 * it throws here rather than showing an id to someone in need.
 */
export function serverIntl(locale: Locale, areas: readonly Area[]): IntlShape {
  const key = `${locale}|${areas.join(',')}`;
  let intl = made.get(key);
  if (!intl) {
    intl = createIntl(
      {
        locale,
        defaultLocale: DEFAULT_LOCALE,
        messages: messagesFor(locale, areas),
        onError: (error) => {
          throw error;
        },
      },
      cache,
    );
    made.set(key, intl);
  }
  return intl;
}
