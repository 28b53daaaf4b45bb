// A kind in plain words in the page's language: the same label the search results carry.
import type { ItemKind } from '../../content/schema.js';
import type { Locale } from '../../i18n/locales.js';
import { KIND_LABELS_BY_LOCALE } from '../search/localized-search.js';

export function kindLabel(locale: Locale, kind: ItemKind): string {
  return KIND_LABELS_BY_LOCALE[locale][kind];
}
